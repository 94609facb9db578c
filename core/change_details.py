"""What an admin save changed, in words, for the object's History: each field's old and new value.

Django's history records which fields changed ("Changed Summary."), not how.
``describe_changes`` adds the values: short ones whole, Markdown texts as the
lines that went and came, each cut to a readable length.
"""

import difflib

from django import forms

# Form fields that are bookkeeping, not content.
IGNORED = {"edit_version", "image_pending"}
MAX_SHOWN = 160


def shorten(text):
    text = " ".join(str(text).split())
    return text if len(text) <= MAX_SHOWN else text[: MAX_SHOWN - 1] + "…"


def shown(field, value):
    if value in (None, ""):
        return "(empty)"
    if isinstance(field, forms.ChoiceField) and not isinstance(field, forms.ModelChoiceField):
        return str(dict(field.choices).get(value, value))
    return shorten(value)


def text_changes(old, new):
    """The lines of a long text that were removed (−) and added (+)."""
    lines = difflib.ndiff((old or "").splitlines(), (new or "").splitlines())
    changed = [
        f"{line[0].replace('-', '−')} “{shorten(line[2:])}”" for line in lines if line[:1] in "+-" and line[2:].strip()
    ]
    return " ".join(changed[:6]) + (" …" if len(changed) > 6 else "")


def describe_changes(form):
    """``"label: “old” → “new”; ..."`` for each changed field of a bound, valid ``form``."""
    parts = []
    for name in form.changed_data:
        if name in IGNORED or name not in form.fields:
            continue
        field = form.fields[name]
        label = str(field.label or name)
        old, new = form.initial.get(name), form.cleaned_data.get(name)
        if isinstance(field, forms.ModelChoiceField | forms.FileField | forms.MultipleChoiceField):
            parts.append(f"{label}: changed")
        elif isinstance(field.widget, forms.Textarea) or "\n" in str(old or "") + str(new or ""):
            parts.append(f"{label}: {text_changes(old, new)}")
        else:
            parts.append(f"{label}: “{shown(field, old)}” → “{shown(field, new)}”")
    return "; ".join(parts)
