"""The workout builder in Chromium: the issue's reader with JavaScript off, the update without a page load
with it on, on a phone, in print, and its accessibility and Content-Security-Policy."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.axe import axe_problems
from tests.browser.test_coverage import pdf_pages
from tests.browser.test_quality import CSP_LISTENER

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

BUILD = "/workouts/build/"
RDL_AND_SQUAT = "?e1=romanian-deadlift&s1=4&r1=8&e2=squat&s2=3&r2=8"


@pytest.fixture
def no_js_page(browser):
    context = browser.new_context(java_script_enabled=False)
    yield context.new_page()
    context.close()


@pytest.fixture
def js_page(browser):
    """JavaScript on, CSP enforced, recording violations and console errors."""
    context = browser.new_context()
    context.add_init_script(CSP_LISTENER)
    page = context.new_page()
    page.console_errors = []
    page.on("console", lambda m: m.type == "error" and page.console_errors.append(m.text))
    yield page
    context.close()


def pick(page, number, exercise, sets, reps):
    page.get_by_role("group", name=f"Exercise {number}").get_by_label("Exercise").select_option(label=exercise)
    page.locator(f"#s{number}").fill(str(sets))
    page.locator(f"#r{number}").fill(str(reps))


def test_a_reader_without_javascript_builds_rdl_and_squat_sees_the_gaps_and_a_leg_curl(no_js_page, live_server, seeded):
    page = no_js_page
    page.goto(live_server.url + BUILD)
    pick(page, 1, "Romanian deadlift", 4, 8)
    pick(page, 2, "Barbell back squat", 3, 8)
    page.get_by_role("button", name="Show what it trains").click()
    expect(page).to_have_url(re.compile(re.escape(BUILD + RDL_AND_SQUAT) + "$"))

    hamstrings = page.locator("#coverage-hamstrings")
    gaps = hamstrings.locator(".finding-gap")
    expect(gaps.nth(0)).to_contain_text("The biceps femoris short head is not trained by this workout.")
    expect(gaps.nth(1)).to_contain_text("Knee flexion is not trained by this workout.")
    expect(gaps.nth(1).get_by_role("link", name="Seated leg curl")).to_be_visible()
    expect(hamstrings.locator("#coverage-biceps-femoris-short-head .cell-missed")).to_have_text("Not trained")
    expect(page.locator("figure.diagram svg").first).to_be_visible()

    # The printed page is the gym sheet alone.
    page.emulate_media(media="print")
    expect(page.locator("#sheet")).to_be_visible()
    expect(page.locator("#sheet .sheet tbody tr")).to_have_count(2)
    for hidden in ["form.build-form", "#coverage-hamstrings", ".site-header nav"]:
        expect(page.locator(hidden)).to_be_hidden()
    assert pdf_pages(page.pdf(format="A4")) == 1


def test_the_same_address_on_a_phone(browser, live_server, seeded):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 390, "height": 844}, is_mobile=True)
    page = context.new_page()
    page.goto(live_server.url + BUILD + RDL_AND_SQUAT)
    expect(page.locator("#coverage-hamstrings .finding-gap").nth(1)).to_contain_text("Knee flexion is not trained")
    expect(page.locator("#e1")).to_have_value("romanian-deadlift")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    context.close()


def test_with_javascript_the_result_updates_without_a_page_load(js_page, live_server, seeded):
    page = js_page
    page.goto(live_server.url + BUILD)
    page.evaluate("window.stillTheSamePage = true")
    pick(page, 1, "Romanian deadlift", 4, 8)
    expect(page.locator("#coverage-hamstrings .finding-gap").nth(1)).to_contain_text("Knee flexion is not trained")
    expect(page).to_have_url(re.compile(r"\?e1=romanian-deadlift&s1=4&r1=8$"))
    expect(page.get_by_role("group", name="Exercise 4")).to_have_count(0)

    page.get_by_role("group", name="Exercise 2").get_by_label("Exercise").select_option(label="Seated leg curl")
    expect(page.locator("#coverage-hamstrings .finding-gap")).to_have_count(0)
    expect(page.locator("#coverage-hamstrings .finding-ok").first).to_contain_text("Every muscle and head")
    expect(page).to_have_url(re.compile(r"&e2=seated-leg-curl&s2=3&r2=10$"))
    expect(page.locator("#build-status")).to_have_text("Updated: 0 gaps.")

    # Filling the last empty row adds another, so there is always one to pick in.
    page.get_by_role("group", name="Exercise 3").get_by_label("Exercise").select_option(label="Lying leg curl")
    expect(page.get_by_role("group", name="Exercise 4").get_by_label("Reps")).to_have_value("10")
    expect(page.locator("#sheet .sheet tbody tr")).to_have_count(3)

    # A bad value gets the reason, in place.
    page.locator("#s2").fill("30")
    expect(page.locator(".build-error")).to_contain_text("Sets (row 2) must be a whole number from 1 to 20")
    assert page.evaluate("window.stillTheSamePage") is True
    assert page.evaluate("window.__cspViolations") == []
    # The 400 for the bad value is the only console error.
    assert all("400" in error for error in page.console_errors)


@pytest.mark.parametrize(
    "query",
    [
        "",
        RDL_AND_SQUAT,
        "?e1=romanian-deadlift&s1=4&r1=8&e2=seated-leg-curl&s2=3&r2=12&e3=lying-leg-curl&s3=2&r3=20",
        "?e1=bench-press&s1=3&r1=8",
    ],
)
def test_the_builder_has_no_wcag_21_aa_violations(audit_page, live_server, query):
    audit_page.goto(live_server.url + BUILD + query)
    assert axe_problems(audit_page) == []


def test_the_result_swapped_in_by_javascript_has_no_wcag_21_aa_violations(audit_page, live_server):
    audit_page.goto(live_server.url + BUILD)
    pick(audit_page, 1, "Romanian deadlift", 4, 8)
    pick(audit_page, 2, "Barbell back squat", 3, 8)
    expect(audit_page.locator("#coverage-quadriceps")).to_be_visible()
    assert axe_problems(audit_page) == []
