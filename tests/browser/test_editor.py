"""An editor writes, previews and publishes a calves guide in the admin; a reader then finds it.

Exercises are global: the editor adds one, then links it (and the seeded squat) to
the guide with a verdict from the guide's own form.
"""

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "calves-and-hamstrings-42"


def choose_in_autocomplete(page, select_id, text):
    """Pick ``text`` in the admin's autocomplete widget for the <select> ``select_id``."""
    page.locator(f"#{select_id} + .select2").click()
    page.locator(".select2-container--open .select2-search__field").fill(text)
    page.locator(".select2-results__option", has_text=text).first.click()


def cited_studies(page):
    """The read-only inline listing the studies a saved text cites."""
    return page.locator(".inline-group", has_text="read from the Markdown when saved")


def save_and_check(page, button="_save"):
    page.locator(f"input[name={button}]").click()
    expect(page.locator(".messagelist .success")).to_be_visible()


def test_editor_publishes_a_calves_guide_that_readers_then_find(
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
    page.locator("#id_name").press_sequentially("Calves")
    expect(page.locator("#id_slug")).to_have_value("calves")  # filled in from the name
    page.locator("#id_title").fill("How to train your calves")
    page.locator("#id_summary").fill("The muscles at the back of the lower leg, and how to grow them.")
    page.locator("#id_author").select_option(label="Muscle Guide editors")
    page.locator("#id_introduction").fill("The calves point the foot.")
    page.locator("#id_anatomy").fill("Two heads of the gastrocnemius, and the soleus beneath them.")
    page.locator("#id_muscles-0-name").fill("Gastrocnemius")
    page.locator("#id_muscles-0-slug").fill("gastrocnemius")
    page.locator("#id_muscles-0-origin").fill("Back of the femur, just above the knee")
    save_and_check(page)

    # A new study, then an exercise citing it, previewed before saving.
    page.goto(site + "/admin/studies/study/add/")
    page.locator("#id_slug").fill("rivera-2024")
    page.locator("#id_authors").fill("Rivera A, Okafor B")
    page.locator("#id_title").fill("Calf raise training and calf muscle growth")
    page.locator("#id_journal").fill("J Test Sci")
    page.locator("#id_year").fill("2024")
    page.locator("#id_design").select_option("randomised_trial")
    page.locator("#id_finding").fill("Standing calf raises grew the gastrocnemius in ten weeks.")
    save_and_check(page)

    page.goto(site + "/admin/exercises/exercise/add/")
    page.locator("#id_name").press_sequentially("Standing calf raise")
    expect(page.locator("#id_slug")).to_have_value("standing-calf-raise")
    page.locator("#id_aliases").fill("calf raise, heel raise")
    page.locator("#id_summary").fill("Rise onto the balls of your feet against a load.")
    page.locator("#id_equipment").select_option("machine")
    page.locator("#id_mechanics").select_option("isolation")
    page.locator("#id_description").fill("Stand tall and **rise** as high as you can [@rivera-2024].")
    page.locator("input[name=_preview]").click()
    preview = page.locator("#markdown-preview")
    expect(preview).to_contain_text("nothing is saved yet")
    expect(preview.locator("strong")).to_have_text("rise")
    expect(preview.get_by_role("link", name="Reference 1")).to_have_text("[1]")
    expect(preview).to_contain_text("Calf raise training and calf muscle growth")
    choose_in_autocomplete(page, "id_involvements-0-muscle", "Gastrocnemius")
    page.locator("#id_involvements-0-role").select_option("primary")
    save_and_check(page, "_continue")
    expect(cited_studies(page)).to_contain_text("cited as [@rivera-2024]")

    # Back on the guide's form: the exercises it discusses, each with a verdict and a reason.
    page.goto(site + "/admin/articles/musclegroup/?q=calves")
    page.get_by_role("link", name="Calves", exact=True).click()
    links = page.locator("#exercise_links-group")
    expect(links.get_by_role("heading", level=2)).to_have_text(
        "Exercises the guide discusses (recommended or left out, in order)"
    )
    verdicts = [
        ("Standing calf raise", "recommended", "1", "It grew the gastrocnemius [@rivera-2024]."),
        ("Barbell back squat", "left_out", "2", "A squat barely loads the calves."),
    ]
    for row, (exercise, verdict, position, reason) in enumerate(verdicts):
        links.get_by_role("button", name="Add another Exercise the guide discusses").click()
        choose_in_autocomplete(page, f"id_exercise_links-{row}-exercise", exercise)
        page.locator(f"#id_exercise_links-{row}-verdict").select_option(verdict)
        page.locator(f"#id_exercise_links-{row}-position").fill(position)
        page.locator(f"#id_exercise_links-{row}-reason").fill(reason)
    save_and_check(page, "_continue")
    expect(links.locator(".has_original .inline_label")).to_have_text(
        ["Calves: Standing calf raise (recommended)", "Calves: Barbell back squat (discussed but left out)"]
    )

    # A workout with two items, a rep range each, and how to run it.
    page.goto(site + "/admin/workouts/workout/add/")
    page.locator("#id_name").press_sequentially("Calf workout")
    page.locator("#id_muscle_group").select_option(label="Calves")
    page.locator("#id_goal").fill("Muscle growth")
    page.locator("#id_summary").fill("Heavy calf raises, then lighter back-off sets.")
    page.locator("#id_frequency").fill("Twice a week.")
    page.locator("#id_rest").fill("About **90 seconds** between sets.")
    page.locator("#id_principles").fill("Heavy first, then lighter [@rivera-2024].")
    for row, (sets, reps_min, reps_max, note) in enumerate([("3", "8", "12", ""), ("2", "15", "20", "Back-off sets")]):
        page.locator(f"#id_items-{row}-position").fill(str(row + 1))
        choose_in_autocomplete(page, f"id_items-{row}-exercise", "Standing calf raise")
        page.locator(f"#id_items-{row}-sets").fill(sets)
        page.locator(f"#id_items-{row}-reps_min").fill(reps_min)
        page.locator(f"#id_items-{row}-reps_max").fill(reps_max)
        page.locator(f"#id_items-{row}-note").fill(note)
    save_and_check(page)

    # A second guide, left in draft.
    page.goto(site + "/admin/articles/musclegroup/add/")
    page.locator("#id_name").press_sequentially("Glutes")
    page.locator("#id_title").fill("How to train your glutes")
    page.locator("#id_summary").fill("Not ready yet.")
    page.locator("#id_author").select_option(label="Muscle Guide editors")
    page.locator("#id_introduction").fill("Soon.")
    page.locator("#id_anatomy").fill("Soon.")
    save_and_check(page)

    # The editor previews the drafts on the site.
    page.goto(site + "/guides/calves/")
    expect(page.locator(".draft-banner")).to_contain_text("Draft preview")
    expect(page.get_by_role("heading", level=1)).to_have_text("How to train your calves")
    expect(page.locator("#ex-standing-calf-raise")).to_contain_text("Standing calf raise")
    page.goto(site + "/exercises/standing-calf-raise/")
    expect(page.locator(".draft-banner")).to_contain_text("Draft preview")

    # Publish: the guide and the workout with the list action, the exercise in its form.
    for changelist, name in [("articles/musclegroup", "Calves"), ("workouts/workout", "Calf workout")]:
        page.goto(f"{site}/admin/{changelist}/")
        row = page.locator("#result_list tr", has=page.get_by_role("link", name=name, exact=True))
        row.locator("input.action-select").check()
        page.locator("select[name=action]").select_option("publish_now")
        page.get_by_role("button", name="Go").click()
        expect(page.locator(".messagelist .success")).to_contain_text("Published 1 of 1 selected.")
    page.goto(site + "/admin/exercises/exercise/?q=calf+raise")
    page.get_by_role("link", name="Standing calf raise").click()
    page.locator("#id_status").select_option("published")
    save_and_check(page)

    # A reader, in a fresh browser context (not logged in), finds it all.
    reader_context = browser.new_context()
    reader = reader_context.new_page()
    try:
        reader.goto(site + "/")
        expect(reader.get_by_role("link", name="Glutes")).to_have_count(0)
        reader.get_by_role("link", name="Calves").click()
        expect(reader).to_have_url(site + "/guides/calves/")
        expect(reader.get_by_role("heading", level=1)).to_have_text("How to train your calves")
        expect(reader.locator(".draft-banner")).to_have_count(0)
        expect(reader.locator("#anatomy")).to_contain_text("Gastrocnemius")
        expect(reader.locator("#left-out")).to_contain_text("A squat barely loads the calves.")

        reader.locator("#ex-standing-calf-raise").get_by_role("link", name="Standing calf raise").click()
        expect(reader.get_by_role("heading", level=1)).to_have_text("Standing calf raise")
        expect(reader.locator(".aliases")).to_have_text("Also called calf raise, heel raise")
        expect(reader.locator(".involvement-primary")).to_contain_text("Gastrocnemius")
        expect(reader.locator(".verdict-tag.recommended")).to_have_text("Recommended in the Calves guide")
        expect(reader.locator(".guide-verdict")).to_contain_text("It grew the gastrocnemius")
        reader.get_by_role("link", name="About this study").click()
        expect(reader).to_have_url(site + "/studies/rivera-2024/")
        expect(reader.get_by_role("heading", level=1)).to_have_text("Calf raise training and calf muscle growth")
        expect(reader.locator(".kicker")).to_have_text("Study · randomised trial")
        for cited_on in ["Standing calf raise", "Calves", "Calf workout"]:
            expect(reader.get_by_role("link", name=cited_on, exact=True)).to_be_visible()

        # The squat is one exercise: the new guide's verdict joins the seeded guides', after them (a new
        # guide is offered the place after the last).
        reader.goto(site + "/exercises/squat/")
        expect(reader.locator(".verdict-tag.left-out")).to_contain_text(
            ["Discussed in the Hamstrings guide, but left out", "Discussed in the Calves guide, but left out"]
        )
        expect(reader.locator("#verdict-calves")).to_have_text("Calves guide: left out")

        response = reader.goto(site + "/workouts/calf-workout/")
        assert response.status == 200
        rows = reader.locator(".workout-table tbody tr")
        expect(rows).to_have_count(2)
        expect(rows.nth(0)).to_contain_text("8–12")
        expect(rows.nth(1)).to_contain_text("15–20")
        expect(rows.nth(1)).to_contain_text("Back-off sets")
        how = reader.get_by_role("region", name="How to run it")
        expect(how).to_contain_text("Twice a week.")
        expect(how.locator("strong")).to_have_text("90 seconds")

        response = reader.goto(site + "/guides/glutes/")
        assert response.status == 404
    finally:
        reader_context.close()
