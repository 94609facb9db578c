"""The anatomy vocabulary, in one place: the muscle/head hierarchy and the roles an exercise gives a muscle.

- A muscle may have heads (biceps femoris: long and short head). Pages list
  each muscle followed by its heads (``anatomy_order``); analyses count the
  heads in their muscle's place (``trainable_parts``).
- An exercise records a role per muscle or head: primary, secondary or not
  trained. A head with no record of its own takes its muscle's role
  (``roles_by_muscle``): an editor who records "biceps femoris: primary" means
  both heads. A muscle drawn as one shape around its heads shows the strongest
  role of its heads.
- ``Role`` names the roles; ``EXERCISE_LEGEND`` and ``WORKOUT_LEGEND`` say
  in words what each looks like on a diagram.

Functions here read lists already fetched; they make no queries.
"""

from django.db import models

from core.diagram import Shape


class Role(models.TextChoices):
    PRIMARY = "primary", "Primary"
    SECONDARY = "secondary", "Secondary"
    NOT_TRAINED = "not_trained", "Not trained"


# Strongest first.
ROLE_ORDER = (Role.PRIMARY, Role.SECONDARY, Role.NOT_TRAINED)
TRAINS = (Role.PRIMARY, Role.SECONDARY)

EXERCISE_LEGEND = {
    Role.PRIMARY: "Primary: trained hard (solid fill)",
    Role.SECONDARY: "Secondary: helps (striped)",
    Role.NOT_TRAINED: "Not trained (dotted, dashed outline)",
}
EXERCISE_TOOLTIPS = {role: label.lower() for role, label in Role.choices}
WORKOUT_LEGEND = {
    Role.PRIMARY: "Trained as a primary mover (solid fill)",
    Role.SECONDARY: "Trained only as a helper (striped)",
    Role.NOT_TRAINED: "Not trained (dotted, dashed outline)",
}
WORKOUT_TOOLTIPS = {
    Role.PRIMARY: "trained (primary)",
    Role.SECONDARY: "trained (secondary)",
    Role.NOT_TRAINED: "not trained",
}


def strongest(roles):
    """The strongest of ``roles`` (primary over secondary over not trained), or "" for none."""
    return min(roles, key=ROLE_ORDER.index, default="")


def heads_by_muscle(muscles):
    heads = {}
    for muscle in muscles:
        if muscle.parent_id:
            heads.setdefault(muscle.parent_id, []).append(muscle)
    return heads


def muscles_with_heads(muscles):
    """``[(muscle, [heads])]`` for the anatomy table, from one flat list of muscles."""
    heads = heads_by_muscle(muscles)
    return [(muscle, heads.get(muscle.pk, [])) for muscle in muscles if not muscle.parent_id]


def anatomy_order(muscles):
    """Each muscle followed by its heads, as the anatomy table lists them."""
    return [part for muscle, heads in muscles_with_heads(list(muscles)) for part in (muscle, *heads)]


def trainable_parts(muscles):
    """Each muscle, or its heads in its place: a muscle with heads is trained through them."""
    heads = heads_by_muscle(muscles)
    return [part for muscle in muscles if not muscle.parent_id for part in heads.get(muscle.pk, [muscle])]


def roles_by_muscle(involvements, muscles):
    """``{muscle pk: role}`` for ``muscles``, from an exercise's involvements.

    A head with no involvement of its own takes its muscle's. Muscles with no
    record are left out.
    """
    own = {involvement.muscle_id: involvement.role for involvement in involvements}
    roles = {}
    for muscle in muscles:
        role = own.get(muscle.pk) or own.get(muscle.parent_id)
        if role:
            roles[muscle.pk] = role
    return roles


def group_by_role(involvements):
    """``[(Role, [involvements])]`` for the roles present, strongest first."""
    return [(role, rows) for role in ROLE_ORDER if (rows := [row for row in involvements if row.role == role])]


def guide_shape_ids(muscle):
    """The muscle's shape in its guide's own drawing, if it has one."""
    return [muscle.svg_shape_id] if muscle.svg_shape_id else []


def undrawn(muscles, shape_ids):
    """The muscles and heads a drawing leaves out, in anatomy order: ``shape_ids`` gives none for them.

    A head without a shape of its own is drawn within its muscle's shape, and a muscle is drawn
    through its heads' shapes; only a muscle with neither, or a head beside drawn heads, is missing.
    """
    drawn = {muscle.pk for muscle in muscles if shape_ids(muscle)}
    missing = []
    for muscle, heads in muscles_with_heads(muscles):
        if muscle.pk in drawn:
            continue
        drawn_heads = [head for head in heads if head.pk in drawn]
        missing += [head for head in heads if head.pk not in drawn] if drawn_heads else [muscle]
    return missing


def muscle_shapes(muscles, roles=None, tooltips=None, link=False, shape_ids=guide_shape_ids):
    """A diagram ``Shape`` for each shape of each muscle.

    ``roles`` maps muscle pk to role; ``tooltips`` maps role to the words shown
    for it; ``link`` points each shape at the muscle's anatomy-table row;
    ``shape_ids(muscle)`` lists its shapes (in the guide's own drawing by
    default; ``articles.atlas`` passes the atlas's). A muscle drawn as one
    shape around its heads takes the strongest role of its heads when it has
    none of its own.
    """
    roles = dict(roles or {})
    tooltips = tooltips or {}
    for muscle, heads in muscles_with_heads(muscles):
        head_roles = [roles[head.pk] for head in heads if head.pk in roles]
        if muscle.pk not in roles and head_roles:
            roles[muscle.pk] = strongest(head_roles)
    return [
        Shape(
            shape_id=shape_id,
            name=str(muscle),
            css_class=role_class(roles.get(muscle.pk, "")),
            tooltip=tooltips.get(roles.get(muscle.pk, ""), ""),
            href=f"#muscle-{muscle.slug}" if link else "",
        )
        for muscle in muscles
        for shape_id in shape_ids(muscle)
    ]


def role_class(role):
    return "role-" + role.replace("_", "-") if role else ""


def legend(shapes, wording):
    """``[(css class, words)]`` for the roles that ``shapes`` show, strongest first."""
    shown = {shape.css_class for shape in shapes}
    return [(role_class(role), wording[role]) for role in ROLE_ORDER if role_class(role) in shown and role in wording]
