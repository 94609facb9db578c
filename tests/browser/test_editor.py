"""An editor writes, previews and publishes a quadriceps guide in the admin; a reader then finds it."""

import pkgutil
from importlib import import_module

import pytest
from django.apps import apps as django_apps
from django.core.management import call_command
from playwright.sync_api import expect

from core.editors import CONTENT_APPS

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "quads-and-hamstrings-42"


@pytest.fixture
def editors_group(transactional_db):
    """The Editors group, made by data migrations that an earlier test's flush may have wiped: replay them."""
    for app_label in CONTENT_APPS:
        package = import_module(f"{app_label}.migrations")
        for module_info in pkgutil.iter_modules(package.__path__):
            migration = import_module(f"{package.__name__}.{module_info.name}")
            if hasattr(migration, "PERMISSIONS"):
                migration.grant(django_apps, None)


def choose_in_autocomplete(page, select_id, text):
    """Pick ``text`` in the admin's autocomplete widget for the <select> ``select_id``."""
    page.locator(f"#{select_id} + .select2").click()
    page.locator(".select2-container--open .select2-search__field").fill(text)
    page.locator(".select2-results__option", has_text=text).first.click()


def save_and_check(page, button="_save"):
    page.locator(f"input[name={button}]").click()
    expect(page.locator(".messagelist .success")).to_be_visible()


def test_editor_publishes_a_quadriceps_guide_that_readers_then_find(
    page, browser, live_server, seeded, editors_group, monkeypatch
):
    monkeypatch.setenv("DJANGO_EDITOR_PASSWORD", PASSWORD)
    call_command("createeditor", "edna", "edna@example.org")
    site = live_server.url

    page.goto(site + "/admin/")
    page.get_by_label("Username").fill("edna")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", name="Site administration")).to_be_visible()
    expect(page.get_by_role("link", name="Users")).to_have_count(0)

    # The guide, with one muscle.
    page.goto(site + "/admin/articles/musclegroup/add/")
    page.locator("#id_name").press_sequentially("Quadriceps")
    expect(page.locator("#id_slug")).to_have_value("quadriceps")  # filled in from the name
    page.locator("#id_title").fill("How to train your quadriceps")
    page.locator("#id_summary").fill("The four muscles at the front of the thigh, and how to grow them.")
    page.locator("#id_author").select_option(label="Sam Carter")
    page.locator("#id_introduction").fill("The quadriceps straighten the knee.")
    page.locator("#id_anatomy").fill("Four muscles; one of them also crosses the hip.")
    page.locator("#id_muscles-0-name").fill("Rectus femoris")
    page.locator("#id_muscles-0-slug").fill("rectus-femoris")
    page.locator("#id_muscles-0-origin").fill("Front of the pelvis")
    save_and_check(page)

    # A new study, then an exercise citing it, previewed before saving.
    page.goto(site + "/admin/exercises/study/add/")
    page.locator("#id_slug").fill("rivera-2024")
    page.locator("#id_authors").fill("Rivera A, Okafor B")
    page.locator("#id_title").fill("Knee extension training and quadriceps growth")
    page.locator("#id_journal").fill("J Test Sci")
    page.locator("#id_year").fill("2024")
    page.locator("#id_finding").fill("Leg extensions grew the rectus femoris in ten weeks.")
    save_and_check(page)

    page.goto(site + "/admin/exercises/exercise/add/")
    page.locator("#id_name").press_sequentially("Leg extension")
    expect(page.locator("#id_slug")).to_have_value("leg-extension")
    page.locator("#id_muscle_group").select_option(label="Quadriceps")
    page.locator("#id_summary").fill("Straighten the knee against a pad.")
    page.locator("#id_equipment").select_option("machine")
    page.locator("#id_mechanics").select_option("isolation")
    page.locator("#id_description").fill("Sit tall and **straighten** the knee [@rivera-2024].")
    page.locator("input[name=_preview]").click()
    preview = page.locator("#markdown-preview")
    expect(preview).to_contain_text("nothing is saved yet")
    expect(preview.locator("strong")).to_have_text("straighten")
    expect(preview.get_by_role("link", name="Reference 1")).to_have_text("[1]")
    expect(preview).to_contain_text("Knee extension training and quadriceps growth")
    choose_in_autocomplete(page, "id_involvements-0-muscle", "Rectus femoris")
    page.locator("#id_involvements-0-role").select_option("primary")
    save_and_check(page, "_continue")
    expect(page.locator("#citations-group")).to_contain_text("[@rivera-2024]")

    # A workout with two items.
    page.goto(site + "/admin/workouts/workout/add/")
    page.locator("#id_name").press_sequentially("Quadriceps workout")
    page.locator("#id_muscle_group").select_option(label="Quadriceps")
    page.locator("#id_goal").fill("Muscle growth")
    page.locator("#id_summary").fill("Heavy leg extensions, then lighter back-off sets.")
    page.locator("#id_principles").fill("Heavy first, then lighter [@rivera-2024].")
    for row, (sets, reps, note) in enumerate([("3", "10", ""), ("2", "15", "Back-off sets")]):
        page.locator(f"#id_items-{row}-position").fill(str(row + 1))
        choose_in_autocomplete(page, f"id_items-{row}-exercise", "Leg extension")
        page.locator(f"#id_items-{row}-sets").fill(sets)
        page.locator(f"#id_items-{row}-reps").fill(reps)
        page.locator(f"#id_items-{row}-note").fill(note)
    save_and_check(page)

    # A second guide, left in draft.
    page.goto(site + "/admin/articles/musclegroup/add/")
    page.locator("#id_name").press_sequentially("Glutes")
    page.locator("#id_title").fill("How to train your glutes")
    page.locator("#id_summary").fill("Not ready yet.")
    page.locator("#id_author").select_option(label="Sam Carter")
    page.locator("#id_introduction").fill("Soon.")
    page.locator("#id_anatomy").fill("Soon.")
    save_and_check(page)

    # The editor previews the drafts on the site.
    page.goto(site + "/guides/quadriceps/")
    expect(page.locator(".draft-banner")).to_contain_text("Draft preview")
    expect(page.get_by_role("heading", level=1)).to_have_text("How to train your quadriceps")
    page.goto(site + "/exercises/leg-extension/")
    expect(page.locator(".draft-banner")).to_contain_text("Draft preview")

    # Publish: the guide and the workout with the list action, the exercise in its form.
    for changelist, name in [("articles/musclegroup", "Quadriceps"), ("workouts/workout", "Quadriceps workout")]:
        page.goto(f"{site}/admin/{changelist}/")
        row = page.locator("#result_list tr", has=page.get_by_role("link", name=name, exact=True))
        row.locator("input.action-select").check()
        page.locator("select[name=action]").select_option("publish_now")
        page.get_by_role("button", name="Go").click()
        expect(page.locator(".messagelist .success")).to_contain_text("Published 1 of 1 selected.")
    page.goto(site + "/admin/exercises/exercise/?q=leg+extension")
    page.get_by_role("link", name="Leg extension").click()
    page.locator("#id_status").select_option("published")
    save_and_check(page)

    # A reader, in a fresh browser context (not logged in), finds it all.
    reader_context = browser.new_context()
    reader = reader_context.new_page()
    try:
        reader.goto(site + "/")
        expect(reader.get_by_role("link", name="Glutes")).to_have_count(0)
        reader.get_by_role("link", name="Quadriceps").click()
        expect(reader).to_have_url(site + "/guides/quadriceps/")
        expect(reader.get_by_role("heading", level=1)).to_have_text("How to train your quadriceps")
        expect(reader.locator(".draft-banner")).to_have_count(0)
        expect(reader.locator("#anatomy")).to_contain_text("Rectus femoris")

        reader.locator("#ex-leg-extension").get_by_role("link", name="Leg extension").click()
        expect(reader.get_by_role("heading", level=1)).to_have_text("Leg extension")
        expect(reader.locator(".involvement-primary")).to_contain_text("Rectus femoris")
        reader.get_by_role("link", name="About this study").click()
        expect(reader).to_have_url(site + "/studies/rivera-2024/")
        expect(reader.get_by_role("heading", level=1)).to_have_text("Knee extension training and quadriceps growth")
        expect(reader.get_by_role("link", name="Leg extension")).to_be_visible()  # cited on

        response = reader.goto(site + "/workouts/quadriceps-workout/")
        assert response.status == 200
        rows = reader.locator(".workout-table tbody tr")
        expect(rows).to_have_count(2)
        expect(rows.nth(1)).to_contain_text("Back-off sets")

        response = reader.goto(site + "/guides/glutes/")
        assert response.status == 404
    finally:
        reader_context.close()
