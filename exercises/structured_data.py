"""schema.org JSON-LD for exercise pages: an ExercisePlan about the muscles it trains.

Builders read only prefetched relations, so they add no queries.
"""

from articles.anatomy import TRAINS
from articles.structured_data import guide_reference
from core.structured_data import SCHEMA_ORG, compact, organization
from studies.structured_data import scholarly_article


def exercise_type(exercise):
    return f"Strength training: {exercise.get_equipment_display().lower()}, {exercise.get_mechanics_display().lower()}"


def exercise_plan(exercise, page, studies, origin):
    """An exercise page as an ExercisePlan, part of each public guide that discusses it.

    Expects ``involvements__muscle__parent`` fetched; the muscles it trains
    (primary or secondary) are what it is about.
    """
    url = origin + exercise.get_absolute_url()
    trained = [
        {"@type": "Muscle", "name": str(involvement.muscle)}
        for involvement in exercise.involvements.all()
        if involvement.role in TRAINS
    ]
    guides = [guide_reference(verdict.guide, origin) for verdict in page.verdicts]
    return compact(
        {
            "@context": SCHEMA_ORG,
            "@type": "ExercisePlan",
            "name": exercise.name,
            "alternateName": exercise.alias_list,
            "description": exercise.summary,
            "url": url,
            "mainEntityOfPage": url,
            "image": origin + exercise.social_card().image_url,
            "exerciseType": exercise_type(exercise),
            "about": trained,
            "isPartOf": [guide for guide in guides if guide],
            "publisher": organization(origin),
            "citation": [scholarly_article(study, origin) for study in studies],
        }
    )
