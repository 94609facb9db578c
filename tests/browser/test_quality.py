"""Accessibility (axe-core, WCAG 2.1 AA) and the Content-Security-Policy, in Debian's Chromium.

axe-core comes from the npm registry at the version pinned in package-lock.json
(`make browser-deps`, which .ci/run calls). Without it the accessibility tests skip.
"""

import pytest
from django.urls import Resolver404, resolve
from playwright.sync_api import expect

from tests.browser.axe import axe_problems

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PAGES = [
    "/",
    "/guides/hamstrings/",
    "/guides/quadriceps/",
    "/exercises/",
    "/exercises/romanian-deadlift/",
    "/exercises/squat/",
    "/exercises/seated-leg-curl/",
    "/exercises/lying-leg-curl/",
    "/exercises/leg-extension/",
    "/studies/",
    "/studies/maeo-2021/",
    "/workouts/",
    "/workouts/hamstring-workout/",
    "/workouts/quadriceps-workout/",
    # Built by other features; audited as soon as they exist.
    "/search/?q=hamstring",
    "/newsletter/",
    "/glossary/",
    "/pages/contact/",
    "/no/such/page/",
]

# Collects Content-Security-Policy violations reported by the page itself.
CSP_LISTENER = """
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__cspViolations.push(e.violatedDirective + ' ' + (e.blockedURI || 'inline') + ' ' + (e.sourceFile || ''));
});
"""


def require_page(url):
    try:
        resolve(url.split("?")[0])
    except Resolver404:
        if url != "/no/such/page/":
            pytest.skip(f"{url} is not part of the site yet")


@pytest.mark.parametrize("url", PAGES)
def test_page_has_no_wcag_21_aa_violations(audit_page, live_server, url):
    require_page(url)
    audit_page.goto(live_server.url + url)
    assert axe_problems(audit_page) == []


@pytest.mark.parametrize("url", PAGES)
def test_page_in_the_dark_colour_scheme_has_no_wcag_21_aa_violations(dark_audit_page, live_server, url):
    require_page(url)
    dark_audit_page.goto(live_server.url + url)
    assert axe_problems(dark_audit_page) == []


def test_a_reader_who_asks_for_dark_gets_it_with_the_diagrams_on_a_light_card(dark_audit_page, live_server):
    """Readers whose system was dark got a white page (reader review)."""
    page = dark_audit_page
    page.goto(live_server.url + "/exercises/squat/")
    background = "(selector) => getComputedStyle(document.querySelector(selector)).backgroundColor"
    assert page.evaluate(background, "body") == "rgb(20, 24, 27)"
    assert page.evaluate(background, "figure.diagram") == "rgb(255, 255, 255)"
    assert page.evaluate("() => getComputedStyle(document.body).color") == "rgb(228, 232, 235)"
    page.emulate_media(media="print")
    assert page.evaluate(background, "body") == "rgb(255, 255, 255)"  # paper stays white


def test_dark_form_fields_are_one_colour_and_their_placeholder_reads(dark_audit_page, live_server):
    """Dropdowns were mid-grey blocks beside darker boxes, and the header box's "Search" 3.9:1 (dark review)."""
    page = dark_audit_page
    page.goto(live_server.url + "/exercises/")
    backgrounds = page.evaluate(
        "() => [...document.querySelectorAll('main select, main input[type=search], .site-search input')]"
        ".map(field => getComputedStyle(field).backgroundColor)"
    )
    assert len(backgrounds) > 3 and set(backgrounds) == {"rgb(20, 24, 27)"}
    placeholder = page.evaluate(
        "() => getComputedStyle(document.querySelector('.site-search input'), '::placeholder').color"
    )
    assert placeholder == "rgb(141, 151, 158)"


@pytest.mark.parametrize(
    "url",
    ["/exercises/?page=2", "/exercises/?recommended=yes&page=2", "/studies/?page=3", "/workouts/?page=2"]
    + ["/exercises/?page=99"],  # past the last page: the message and the way back
)
def test_paginated_lists_have_no_wcag_21_aa_violations(audit_page, live_server, settings, url):
    settings.LIST_PAGE_SIZE = 1 if url.startswith("/workouts/") else 4
    response = audit_page.goto(live_server.url + url)
    assert response.status == (404 if url.endswith("99") else 200)
    expect(audit_page.locator(".pagination, .page-problem")).to_be_visible()
    assert axe_problems(audit_page) == []


def csp_violations(page):
    return page.evaluate("window.__cspViolations")


@pytest.fixture
def strict_page(browser, live_server, seeded):
    """A normal page, JavaScript on, CSP enforced, recording violations and console errors."""
    context = browser.new_context()
    context.add_init_script(CSP_LISTENER)
    page = context.new_page()
    page.console_errors = []
    page.on("console", lambda m: m.type == "error" and page.console_errors.append(m.text))
    yield page
    context.close()


@pytest.mark.parametrize(
    "url",
    ["/", "/guides/hamstrings/", "/guides/quadriceps/", "/exercises/romanian-deadlift/", "/exercises/squat/"]
    + ["/studies/maeo-2021/"],
)
def test_reader_pages_break_no_rule_of_the_content_security_policy(strict_page, live_server, url):
    response = strict_page.goto(live_server.url + url)
    assert "unsafe-inline" not in response.headers["content-security-policy"]
    # The stylesheet applied: the header is tinted, which an inline-style block would not survive.
    assert strict_page.evaluate("getComputedStyle(document.querySelector('.site-header')).borderBottomStyle") == "solid"
    assert csp_violations(strict_page) == []
    assert strict_page.console_errors == []


def test_the_admin_works_under_the_content_security_policy(strict_page, live_server, admin_user):
    from articles.models import MuscleGroup

    page = strict_page
    response = page.goto(live_server.url + "/admin/")
    assert "content-security-policy" in response.headers
    page.get_by_label("Username").fill("admin")
    page.get_by_label("Password").fill("password")
    page.get_by_role("button", name="Log in").click()
    page.get_by_role("heading", name="Site administration").wait_for()
    guide = MuscleGroup.objects.get(slug="hamstrings")
    page.goto(live_server.url + f"/admin/articles/musclegroup/{guide.pk}/change/")
    page.locator("#id_title").fill("Hamstrings, edited under a strict policy")
    # The admin's own JavaScript ran (its scripts are files, which the policy allows).
    assert page.evaluate("typeof window.django === 'object' && typeof window.django.jQuery === 'function'")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.locator(".messagelist")).to_contain_text("was changed successfully")
    assert MuscleGroup.objects.get(slug="hamstrings").title == "Hamstrings, edited under a strict policy"
    assert csp_violations(page) == []
    assert page.console_errors == []
