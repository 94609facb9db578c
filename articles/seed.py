"""Seed content for the articles app: the hamstrings and quadriceps guides and their anatomy.

The words are in ``seed_data``, written in the site's own words from
shared/content/*-facts.md. The hamstrings diagram is drawn for this site:
diagrams/hamstrings.svg. Seeding creates what is missing and never changes a
row an editor may have edited.
"""

from pathlib import Path

from core.diagram import shape_ids

from .models import Author, GlossaryTerm, Joint, JointAction, Muscle, MuscleGroup
from .seed_data import AUTHOR, GLOSSARY, GUIDES, JOINT_ACTIONS, JOINTS

DIAGRAM_PATH = Path(__file__).resolve().parent / "diagrams" / "hamstrings.svg"

# Muscle slug -> the id of its shape in diagrams/hamstrings.svg. The biceps femoris is
# drawn as its two heads, so the muscle itself has no shape of its own.
SHAPE_IDS = {
    "semitendinosus": "hs-semitendinosus",
    "semimembranosus": "hs-semimembranosus",
    "biceps-femoris-long-head": "hs-biceps-femoris-long-head",
    "biceps-femoris-short-head": "hs-biceps-femoris-short-head",
}


# Muscle slug -> its shapes in the body atlas (articles/atlas), for the seeded guides.
# The biceps femoris is drawn as its two heads, so the muscle itself has none.
ATLAS_SHAPES = {
    "semitendinosus": ["back-semitendinosus"],
    "semimembranosus": ["back-semimembranosus"],
    "biceps-femoris-long-head": ["back-biceps-femoris-long-head"],
    "biceps-femoris-short-head": ["back-biceps-femoris-short-head"],
    "rectus-femoris": ["front-rectus-femoris"],
    "vastus-lateralis": ["front-vastus-lateralis"],
    "vastus-medialis": ["front-vastus-medialis"],
    "vastus-intermedius": ["front-vastus-intermedius"],
}


def create_part(group, parent, position, slug, name, origin, insertion, joints, actions, notes):
    muscle = Muscle.objects.create(
        group=group,
        parent=parent,
        position=position,
        slug=slug,
        name=name,
        origin=origin,
        insertion=insertion,
        notes=notes,
    )
    muscle.joints.set(Joint.objects.filter(name__in=joints))
    muscle.actions.set(JointAction.objects.filter(slug__in=actions))
    return muscle


def seed():
    """Create the guides and their anatomy where missing; return how many rows were made."""
    created = 0
    for joint_name in JOINTS:
        created += Joint.objects.get_or_create(name=joint_name)[1]
    for position, (slug, name, joint, description) in enumerate(JOINT_ACTIONS):
        created += JointAction.objects.get_or_create(
            slug=slug,
            defaults={
                "name": name,
                "joint": Joint.objects.get(name=joint),
                "description": description,
                "position": position,
            },
        )[1]
    author, author_created = Author.objects.get_or_create(name=AUTHOR["name"], defaults={**AUTHOR, "is_team": True})
    created += author_created

    for data in GUIDES:
        fields = {key: value for key, value in data.items() if key != "muscles"}
        # The site's starting content, not news: created as already published, so the newsletter does not
        # prepare a "new guide" announcement for it.
        group, group_created = MuscleGroup.objects.get_or_create(
            slug=data["slug"],
            defaults={**fields, "author": author, "status": MuscleGroup.Status.PUBLISHED, "ever_published": True},
        )
        if not group_created:
            continue
        created += 1
        for position, (*muscle_fields, heads) in enumerate(data["muscles"]):
            muscle = create_part(group, None, position, *muscle_fields)
            created += 1
            for head_position, head_fields in enumerate(heads):
                create_part(group, muscle, head_position, *head_fields)
                created += 1
    hamstrings = MuscleGroup.objects.filter(slug="hamstrings").first()
    if hamstrings:
        fill_diagram(hamstrings)
    fill_atlas_shapes()
    return created + seed_glossary()


def seed_glossary():
    """Create the glossary terms that are missing (by slug or by term), published; return how many."""
    created = 0
    for data in GLOSSARY:
        if (
            GlossaryTerm.objects.filter(slug=data["slug"]).exists()
            or GlossaryTerm.objects.filter(term__iexact=data["term"]).exists()
        ):
            continue
        GlossaryTerm.objects.create(**data, status=GlossaryTerm.Status.PUBLISHED)
        created += 1
    return created


def fill_atlas_shapes():
    """Map the seeded guides' muscles to the atlas, where an editor has not mapped them yet."""
    guides = [data["slug"] for data in GUIDES]
    for muscle in Muscle.objects.filter(group__slug__in=guides, slug__in=ATLAS_SHAPES):
        if not muscle.atlas_shapes:
            Muscle.objects.filter(pk=muscle.pk).update(atlas_shapes=ATLAS_SHAPES[muscle.slug])


def fill_diagram(group):
    """Give the guide its diagram and the muscles their shapes, where those fields are still empty.

    It never replaces a diagram or a shape id an editor has set, and maps a
    muscle only to a shape the group's current diagram has.
    """
    MuscleGroup.objects.filter(pk=group.pk, diagram_svg="").update(diagram_svg=DIAGRAM_PATH.read_text("utf-8"))
    group.refresh_from_db(fields=["diagram_svg"])
    drawn = shape_ids(group.diagram_svg)
    for slug, shape_id in SHAPE_IDS.items():
        if shape_id in drawn:
            Muscle.objects.filter(group=group, slug=slug, svg_shape_id="").update(svg_shape_id=shape_id)
