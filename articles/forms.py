"""Admin forms of the articles app."""

from django import forms
from django.core.exceptions import ValidationError

from core.diagram import MAX_SVG_CHARS, shape_ids, svg_problems

from .models import MuscleGroup


class MuscleGroupForm(forms.ModelForm):
    """The guide form, with an upload field for the anatomy diagram.

    An uploaded SVG replaces the text in "anatomy diagram (SVG)"; either way the
    SVG is validated (no scripts, event attributes or outside references), and
    it must keep every shape the group's muscles point at.
    """

    diagram_file = forms.FileField(
        label="Upload a diagram",
        required=False,
        help_text="An .svg file; it replaces the SVG text above. Save it from your editor as plain SVG.",
    )

    class Meta:
        model = MuscleGroup
        fields = "__all__"  # noqa: DJ007 - the admin chooses which fields to show

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        ids = sorted(shape_ids(self.instance.diagram_svg)) if self.instance.diagram_svg else []
        if ids and "diagram_svg" in self.fields:
            self.fields["diagram_svg"].help_text += " Shape ids in the current diagram: " + ", ".join(ids) + "."

    def keep_diagram(self, text):
        """Browsers never send a chosen file twice: if the form comes back (an error elsewhere, Preview, a draft),
        the uploaded SVG is in the diagram's text field, so it is saved with the form without choosing it again."""
        self.data = self.data.copy()
        self.data[self.add_prefix("diagram_svg")] = text
        self.kept_diagram = self.files[self.add_prefix("diagram_file")].name
        self.kept_file_fields = {*getattr(self, "kept_file_fields", ()), self.add_prefix("diagram_file")}

    def clean_diagram_file(self):
        upload = self.cleaned_data.get("diagram_file")
        if not upload:
            return None
        if upload.size > MAX_SVG_CHARS * 4:
            raise ValidationError(f"The file is too large: a diagram may have at most {MAX_SVG_CHARS:,} characters.")
        try:
            text = upload.read().decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise ValidationError("The file is not a text SVG in UTF-8.") from error
        problems = svg_problems(text)
        if problems:
            raise ValidationError(problems[:6])
        return text

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("diagram_file"):
            # The upload replaces whatever was in the text field, errors included.
            cleaned["diagram_svg"] = cleaned["diagram_file"]
            self.errors.pop("diagram_svg", None)
            self.keep_diagram(cleaned["diagram_file"])
        diagram = cleaned.get("diagram_svg")
        if diagram is not None and self.instance.pk:
            drawn = shape_ids(diagram)
            lost = [m for m in self.instance.muscles.exclude(svg_shape_id="") if m.svg_shape_id not in drawn]
            if lost:
                names = ", ".join(f"{m.svg_shape_id} ({m})" for m in lost)
                self.add_error(
                    "diagram_file" if cleaned.get("diagram_file") else "diagram_svg",
                    f"This diagram has no shape for {names}. Keep those ids, or change the muscles first.",
                )
        return cleaned
