"""schema.org JSON-LD for exercise and study pages.

An exercise is an ExercisePlan (the muscles it trains are what it is ``about``);
a study is a ScholarlyArticle identified by its DOI. Builders read only
prefetched relations, so they add no queries.
"""

from articles.structured_data import SCHEMA_ORG, compact, guide_reference, organization

from .models import MuscleInvolvement


def study_authors(authors):
    """'Maeo S, Huang M, et al.' as Person nodes; 'et al.' is not a person."""
    names = [name.strip() for name in authors.split(",")]
    return [{"@type": "Person", "name": name} for name in names if name and name.rstrip(".").lower() != "et al"]


def scholarly_article(study, origin):
    node = {
        "@type": "ScholarlyArticle",
        "headline": study.title,
        "name": study.title,
        "author": study_authors(study.authors),
        "datePublished": str(study.year),
        "isPartOf": {"@type": "Periodical", "name": study.journal},
        "description": study.finding,
        "url": origin + study.get_absolute_url(),
    }
    if study.pages:
        node["pagination"] = study.pages
    if study.doi:
        node["identifier"] = {"@type": "PropertyValue", "propertyID": "DOI", "value": study.doi}
        node["sameAs"] = study.doi_url
    return node


def study_page(study, origin):
    return {
        "@context": SCHEMA_ORG,
        **scholarly_article(study, origin),
        "mainEntityOfPage": origin + study.get_absolute_url(),
    }


def exercise_type(exercise):
    return f"Strength training: {exercise.get_equipment_display().lower()}, {exercise.get_mechanics_display().lower()}"


def exercise_plan(exercise, studies, origin):
    """An exercise page as an ExercisePlan.

    Expects ``muscle_group`` and ``involvements__muscle__parent`` fetched; the
    muscles it trains (primary or secondary) are what it is about.
    """
    url = origin + exercise.get_absolute_url()
    trained = [
        {"@type": "Muscle", "name": str(involvement.muscle)}
        for involvement in exercise.involvements.all()
        if involvement.role != MuscleInvolvement.Role.NOT_TRAINED
    ]
    return compact(
        {
            "@context": SCHEMA_ORG,
            "@type": "ExercisePlan",
            "name": exercise.name,
            "description": exercise.summary,
            "url": url,
            "mainEntityOfPage": url,
            "image": origin + exercise.social_card().image_url,
            "exerciseType": exercise_type(exercise),
            "about": trained,
            "isPartOf": guide_reference(exercise.muscle_group, origin),
            "publisher": organization(origin),
            "citation": [scholarly_article(study, origin) for study in studies],
        }
    )
