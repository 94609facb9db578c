"""The filters of /exercises/: a GET form, so the filter state lives in the URL."""

from django import forms
from django.db.models import Q
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

from articles.anatomy import TRAINS

from .models import Exercise, GuideExercise, MuscleInvolvement


def html_attrs(attrs):
    """Attributes as Django's widget templates write them: in order, ``True`` bare, ``False`` left out."""
    return format_html_join(
        "",
        " {}{}",
        (
            (name, "" if value is True else format_html('="{}"', value))
            for name, value in attrs.items()
            if value is not False
        ),
    )


class ListedSelect(forms.Select):
    """A select written out in Python: the same HTML as Django's, without a template include per option.

    The filters list every published guide, muscle, head and joint action, so
    their options grow with the library; rendered through Django's widget
    templates they were most of the list page's time at 20 guides.
    """

    def render(self, name, value, attrs=None, renderer=None):
        widget = self.get_context(name, value, attrs)["widget"]
        html = [format_html('<select name="{}"{}>', widget["name"], html_attrs(widget["attrs"]))]
        for group, options, _index in widget["optgroups"]:
            if group:
                html.append(format_html('\n  <optgroup label="{}">', group))
            html += [
                format_html(
                    '\n  <option value="{}"{}>{}</option>\n',
                    option["value"],
                    html_attrs(option["attrs"]),
                    option["label"],
                )
                for option in options
            ]
            if group:
                html.append("\n  </optgroup>")
        html.append("\n</select>")
        return mark_safe("".join(html))


class ExerciseFilterForm(forms.Form):
    """Filter exercises by guide, muscle (or head), joint action, equipment and verdict.

    Each filter narrows the list; empty ones are ignored. A value that names no
    choice makes the form invalid, and the page answers 400 with the reason.
    """

    guide = forms.ChoiceField(
        widget=ListedSelect,
        label="Discussed in the guide",
        required=False,
        error_messages={"invalid_choice": "There is no guide called “%(value)s”. Pick one from the list."},
    )
    muscle = forms.ChoiceField(
        widget=ListedSelect,
        label="Trains the muscle or head",
        required=False,
        error_messages={"invalid_choice": "There is no muscle or head called “%(value)s”. Pick one from the list."},
    )
    action = forms.ChoiceField(
        widget=ListedSelect,
        label="Joint action",
        required=False,
        error_messages={"invalid_choice": "There is no joint action called “%(value)s”. Pick one from the list."},
    )
    equipment = forms.ChoiceField(
        widget=ListedSelect,
        label="Equipment",
        required=False,
        choices=[("", "Any equipment"), *Exercise.Equipment.choices],
        error_messages={"invalid_choice": "“%(value)s” is not a kind of equipment on this site."},
    )
    recommended = forms.ChoiceField(
        widget=ListedSelect,
        label="Verdict",
        required=False,
        choices=[("", "Recommended or not"), ("yes", "Recommended"), ("no", "Discussed but left out")],
        error_messages={"invalid_choice": "Verdict must be “yes” or “no”, not “%(value)s”."},
    )

    def __init__(self, *args, guides=(), muscles=(), actions=(), **kwargs):
        """``guides``, ``muscles`` (anatomy order, group and parent selected) and ``actions`` give the choices."""
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            field.widget.attrs["class"] = "form-control"
        self.fields["guide"].choices = [("", "Any guide")] + [(guide.slug, guide.name) for guide in guides]
        groups = {}
        for muscle in muscles:
            groups.setdefault(muscle.group.name, {})[muscle.slug] = str(muscle)
        self.fields["muscle"].choices = [("", "Any muscle")] + [
            (group, list(choices.items())) for group, choices in groups.items()
        ]
        self.fields["action"].choices = [("", "Any joint action")] + [(a.slug, a.name.capitalize()) for a in actions]
        self.action_names = {action.slug: action.name for action in actions}

    def filter(self, exercises):
        """Narrow ``exercises`` by the valid, non-empty filters.

        The verdict reads the chosen guide's verdict, or, with no guide chosen,
        whether any guide recommends the exercise; "no" lists only exercises a
        guide discusses ("Discussed but left out"), never ones no guide mentions.
        """
        data = self.cleaned_data
        if slug := data.get("muscle"):
            trains = MuscleInvolvement.objects.filter(role__in=TRAINS)
            # The muscle itself or one of its heads; or a head whose muscle is trained as a
            # whole, unless the exercise records the head on its own (see anatomy.roles_by_muscle).
            direct = trains.filter(Q(muscle__slug=slug) | Q(muscle__parent__slug=slug))
            through_muscle = trains.filter(muscle__heads__slug=slug)
            own_record = MuscleInvolvement.objects.filter(muscle__slug=slug)
            exercises = exercises.filter(
                Q(pk__in=direct.values("exercise"))
                | (Q(pk__in=through_muscle.values("exercise")) & ~Q(pk__in=own_record.values("exercise")))
            )
        if slug := data.get("action"):
            exercises = exercises.filter(joint_actions__slug=slug)
        if equipment := data.get("equipment"):
            exercises = exercises.filter(equipment=equipment)
        links = GuideExercise.objects.public()
        if slug := data.get("guide"):
            links = links.filter(guide__slug=slug)
            exercises = exercises.filter(pk__in=links.values("exercise"))
        if verdict := data.get("recommended"):
            recommended = Q(pk__in=links.recommended().values("exercise"))
            left_out = Q(pk__in=links.values("exercise")) & ~recommended
            exercises = exercises.filter(recommended if verdict == "yes" else left_out)
        return exercises

    def untrained_action(self):
        """The chosen joint action's name if no published exercise trains it yet, else None.

        An action can exist (hip flexion) before any exercise trains it: the
        list is then empty for that reason, not because the filter is wrong.
        """
        slug = self.cleaned_data.get("action") if self.is_valid() else None
        if not slug or Exercise.objects.published().filter(joint_actions__slug=slug).exists():
            return None
        return self.action_names[slug]

    def active_filters(self):
        """``[(label, chosen value in words)]`` for the filters in use, to say what the list shows."""
        if not self.is_valid():
            return []
        active = []
        for name, field in self.fields.items():
            value = self.cleaned_data.get(name)
            if value:
                active.append((field.label, dict(flatten(field.choices))[value]))
        return active


def flatten(choices):
    for value, label in choices:
        if isinstance(label, list | tuple):
            yield from label
        else:
            yield value, label
