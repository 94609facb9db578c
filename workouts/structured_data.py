"""schema.org JSON-LD for workout pages.

A workout is an ExercisePlan made of one ExercisePlan per exercise, each with its
``repetitions`` per set and the sets spelt out in ``additionalVariable``
(schema.org has no property for sets). ``workload`` is left out: it measures
energy spent, and a workout records no loads to derive it from.
"""

from articles.structured_data import guide_reference
from core.structured_data import SCHEMA_ORG, compact, organization
from exercises.structured_data import exercise_type
from studies.structured_data import scholarly_article


def repetitions(item):
    """A fixed count as a number; a range, or a time, as a QuantitativeValue."""
    if item.unit == item.Unit.REPS and item.reps_min == item.reps_max:
        return item.reps_min
    value = {"@type": "QuantitativeValue", "minValue": item.reps_min, "maxValue": item.reps_max}
    if item.unit == item.Unit.SECONDS:
        value["unitCode"] = "SEC"
    return value


def workout_item(item, origin):
    node = {
        "@type": "ExercisePlan",
        "name": item.exercise.name,
        "url": origin + item.exercise.get_absolute_url(),
        "position": item.position,
        "exerciseType": exercise_type(item.exercise),
        "repetitions": repetitions(item),
        "additionalVariable": f"{item.sets} sets of {item.reps}{' repetitions' if item.unit == item.Unit.REPS else ''}",
    }
    if item.note:
        node["description"] = item.note
    return node


def workout_plan(workout, items, studies, origin):
    """A workout page as an ExercisePlan; expects ``muscle_group`` fetched with select_related."""
    url = origin + workout.get_absolute_url()
    return compact(
        {
            "@context": SCHEMA_ORG,
            "@type": "ExercisePlan",
            "name": workout.name,
            "description": workout.summary,
            "url": url,
            "mainEntityOfPage": url,
            "image": origin + workout.social_card().image_url,
            "exerciseType": "Strength training",
            "about": {"@type": "AnatomicalStructure", "name": workout.muscle_group.name},
            "isPartOf": guide_reference(workout.muscle_group, origin),
            "publisher": organization(origin),
            "hasPart": [workout_item(item, origin) for item in items],
            "citation": [scholarly_article(study, origin) for study in studies],
        }
    )
