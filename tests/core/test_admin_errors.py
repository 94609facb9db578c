"""The admin's error note names the fields and rows to correct, each a link to it (editor review)."""

import re

import pytest
from django import forms
from django.contrib.admin.widgets import FilteredSelectMultiple

from articles.models import MuscleGroup
from core.templatetags.admin_errors import FieldToCorrect, fields_to_correct
from tests.admin_forms import admin_url, form_data


def to_correct(html):
    """``[(anchor, label)]`` of the "To correct" line, or None when the page has none."""
    line = re.search(r'<nav class="fields-to-correct"[^>]*>(.*?)</nav>', html, re.DOTALL)
    return line and re.findall(r'<a href="#([^"]+)">([^<]+)</a>', line.group(1))


@pytest.mark.usefixtures("seeded")
def test_a_refused_guide_names_the_field_and_the_inline_row_to_correct(editor_client):
    guide = MuscleGroup.objects.get(slug="hamstrings")
    data = form_data(editor_client.get(admin_url(MuscleGroup, "change", guide.pk)))
    data["name"] = ""
    last = int(data["exercise_links-TOTAL_FORMS"]) - 1
    data[f"exercise_links-{last}-exercise"] = data["exercise_links-0-exercise"]

    response = editor_client.post(admin_url(MuscleGroup, "change", guide.pk), data)

    html = response.content.decode()
    assert response.status_code == 200
    assert "Please correct the errors below." in html
    links = to_correct(html)
    assert links[0] == ("id_name", "Name")
    # The duplicate is refused on the row and in the list (core.admin once_each): the row, named as its heading is.
    assert links[1:] == [
        (
            f"exercise_links-{last}",
            "Exercises the guide discusses, “Hamstrings: Romanian deadlift (discussed but left out)”",
        ),
    ]
    # Each link leads somewhere on the page.
    for anchor, _ in links:
        assert f'id="{anchor}"' in html


@pytest.mark.usefixtures("seeded")
def test_a_saved_form_has_no_list_to_correct(editor_client):
    guide = MuscleGroup.objects.get(slug="hamstrings")
    page = editor_client.get(admin_url(MuscleGroup, "change", guide.pk)).content.decode()
    assert to_correct(page) is None


class Row(forms.Form):
    name = forms.CharField(max_length=5)

    def clean(self):
        if self.cleaned_data.get("name") == "twice":
            raise forms.ValidationError("Used twice.")
        return self.cleaned_data


Rows = forms.formset_factory(Row, can_delete=True)


def rows(*names, deleted=()):
    data = {"rows-TOTAL_FORMS": str(len(names)), "rows-INITIAL_FORMS": "0"}
    for index, name in enumerate(names):
        data[f"rows-{index}-name"] = name
        if index in deleted:
            data[f"rows-{index}-DELETE"] = "on"
    formset = Rows(data, prefix="rows")
    formset.is_valid()
    return formset


def test_a_rows_own_error_leads_to_the_row_and_its_fields_errors_to_its_first_field():
    found = fields_to_correct(forms.Form(), [(rows("fine", "twice", "too long"), "Rows")])
    assert found == [
        FieldToCorrect("Rows, new row 2", "rows-1"),
        FieldToCorrect("Rows, new row 3: Name", "id_rows-2-name"),
    ]


class RefusedList(forms.BaseFormSet):
    def clean(self):
        raise forms.ValidationError("Refused as a whole.")


def test_a_list_error_no_row_is_blamed_for_leads_to_the_list():
    formset = forms.formset_factory(Row, formset=RefusedList)(
        {"rows-TOTAL_FORMS": "0", "rows-INITIAL_FORMS": "0"}, prefix="rows"
    )
    assert fields_to_correct(forms.Form(), [(formset, "Rows")]) == [FieldToCorrect("Rows", "rows-group")]


def test_a_row_being_deleted_is_not_listed():
    assert fields_to_correct(forms.Form(), [(rows("fine", "twice", deleted={1}), "Rows")]) == []


class Article(forms.Form):
    title = forms.CharField()
    body = forms.CharField()
    guides = forms.MultipleChoiceField(choices=[("a", "A")], widget=FilteredSelectMultiple("guides", False))


def test_fields_come_in_the_pages_order_and_a_two_box_picker_is_found_by_its_new_id():
    form = Article({"guides": ["nope"]})
    found = fields_to_correct(form, [], order=["body", "guides", "title"])
    assert found == [
        FieldToCorrect("Body", "id_body"),
        FieldToCorrect("Guides", "id_guides_from"),
        FieldToCorrect("Title", "id_title"),
    ]
