"""``{% fields_to_correct_list adminform inline_admin_formsets %}``: where each error of a refused save is.

It goes under the admin's "Please correct the errors below", which names no
field, while on a long guide form the field may be two screens down or in an
inline row. It lists the fields and rows with errors in the page's order, each
a link to its input (or to its row or list), a row named as its heading names it.
"""

from dataclasses import dataclass

from django import template
from django.contrib.admin.utils import flatten_fieldsets
from django.contrib.admin.widgets import FilteredSelectMultiple
from django.forms.formsets import DELETION_FIELD_NAME
from django.forms.utils import pretty_name
from django.utils.text import capfirst

register = template.Library()


@dataclass(frozen=True)
class FieldToCorrect:
    label: str
    anchor: str  # the id of the element to go to


def anchor(bound_field):
    """The id of the field's input. The two-box picker (``filter_horizontal``) renames its select to ``<id>_from``."""
    widget = bound_field.field.widget
    if isinstance(getattr(widget, "widget", widget), FilteredSelectMultiple):
        return f"{bound_field.auto_id}_from"
    return bound_field.id_for_label or bound_field.auto_id


def fields_with_errors(form, order=()):
    """The fields of ``form`` with errors, in ``order`` (field names as the page shows them), then the rest."""
    names = [name for name in form.errors if name in form.fields]  # the whole form's are shown at the top already
    position = {name: index for index, name in enumerate(order)}
    return [form[name] for name in sorted(names, key=lambda name: position.get(name, len(position)))]


def label(bound_field):
    return str(bound_field.label) if bound_field.label else pretty_name(bound_field.name)


def row_name(form, index):
    """How the page names a row: by what it holds once saved ("Hamstrings: Romanian deadlift"), else its number."""
    instance = getattr(form, "instance", None)
    saved = str(instance) if instance is not None and instance.pk is not None else ""
    return f"“{saved}”" if saved else f"new row {index + 1}"


def inline_rows(formset, name):
    """The rows of an inline ``formset`` (headed ``name``) with errors; the list itself if no row is to blame.

    A row's fields are named together: "Muscles, new row 6: Name, Slug".
    """
    found = []
    for index, form in enumerate(formset.forms):
        if not form.errors or getattr(form, "cleaned_data", {}).get(DELETION_FIELD_NAME):
            continue
        place = f"{name}, {row_name(form, index)}"
        fields = fields_with_errors(form)
        if set(form.errors) - set(form.fields) or not fields:  # the row's own error: go to the row
            found.append(FieldToCorrect(place, f"{formset.prefix}-{index}"))
        else:
            found.append(FieldToCorrect(f"{place}: {', '.join(label(field) for field in fields)}", anchor(fields[0])))
    if formset.non_form_errors() and not found:
        found.append(FieldToCorrect(name, f"{formset.prefix}-group"))
    return found


def fields_to_correct(form, inline_formsets, order=()):
    """Everything with an error: the main form's fields in ``order``, then each inline in the page's order.

    ``inline_formsets``: ``(formset, name)`` pairs, the name as the inline's heading shows it.
    """
    found = [FieldToCorrect(label(field), anchor(field)) for field in fields_with_errors(form, order)]
    for formset, name in inline_formsets:
        found += inline_rows(formset, name)
    return found


def inline_heading(inline_admin_formset):
    """The inline's heading as Django's admin writes it (singular when it holds one row at most), short.

    What follows a colon or in brackets ("Muscles of any guide: primary, secondary and not trained") is left
    for the heading itself.
    """
    opts = inline_admin_formset.opts
    heading = str(opts.verbose_name if inline_admin_formset.formset.max_num == 1 else opts.verbose_name_plural)
    return capfirst(heading.split(" (")[0].split(":")[0])


@register.inclusion_tag("admin/includes/fields_to_correct.html")
def fields_to_correct_list(adminform, inline_admin_formsets):
    inlines = [(inline.formset, inline_heading(inline)) for inline in inline_admin_formsets]
    order = flatten_fieldsets(adminform.fieldsets)
    return {"fields": fields_to_correct(adminform.form, inlines, order)}
