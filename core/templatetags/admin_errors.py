"""``{% fields_to_correct_list adminform inline_admin_formsets %}``: where each error of a refused save is.

It goes under the admin's "Please correct the errors below", which names no
field, while on a long guide form the field may be two screens down or in an
inline row. It lists the fields and rows with errors, in the form's order, each
a link to its input (or to its row or list).
"""

from dataclasses import dataclass

from django import template
from django.forms.formsets import DELETION_FIELD_NAME
from django.forms.utils import pretty_name
from django.utils.text import capfirst

register = template.Library()


@dataclass(frozen=True)
class FieldToCorrect:
    label: str
    anchor: str  # the id of the element to go to


def form_fields(form, place=""):
    """The fields of ``form`` that have errors: ``place`` (an inline row) before each label."""
    found = []
    for name in form.errors:
        if name not in form.fields:  # errors of the whole form: Django shows them at the top already
            continue
        field = form[name]
        label = str(field.label) if field.label else pretty_name(name)
        anchor = field.id_for_label or field.auto_id
        found.append(FieldToCorrect(f"{place}{label}", anchor))
    return found


def inline_rows(formset, name):
    """The rows of an inline ``formset`` (shown as ``name``) with errors, and the list itself for its own."""
    found = []
    if formset.non_form_errors():
        found.append(FieldToCorrect(name, f"{formset.prefix}-group"))
    for index, form in enumerate(formset.forms):
        if not form.errors or getattr(form, "cleaned_data", {}).get(DELETION_FIELD_NAME):
            continue
        place = f"{name}, row {index + 1}"
        fields = form_fields(form, f"{place}: ")
        whole_row = set(form.errors) - set(form.fields)
        if whole_row or not fields:
            fields.insert(0, FieldToCorrect(place, f"{formset.prefix}-{index}"))
        found += fields
    return found


def fields_to_correct(form, inline_formsets):
    """Everything with an error, main form first, then each inline in the page's order.

    ``inline_formsets``: ``(formset, name)`` pairs, the name as the inline's heading shows it.
    """
    found = form_fields(form)
    for formset, name in inline_formsets:
        found += inline_rows(formset, name)
    return found


def inline_heading(inline_admin_formset):
    """The inline's heading as Django's admin writes it (singular when it holds one row at most), short.

    A heading's note in brackets, "(recommended or left out, in order)", is left for the heading itself.
    """
    opts = inline_admin_formset.opts
    heading = str(opts.verbose_name if inline_admin_formset.formset.max_num == 1 else opts.verbose_name_plural)
    return capfirst(heading.split(" (")[0])


@register.inclusion_tag("admin/includes/fields_to_correct.html")
def fields_to_correct_list(adminform, inline_admin_formsets):
    inlines = [(inline.formset, inline_heading(inline)) for inline in inline_admin_formsets]
    return {"fields": fields_to_correct(adminform.form, inlines)}
