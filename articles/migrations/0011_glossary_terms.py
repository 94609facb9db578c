"""The glossary's first terms, for sites made before it, and the editors' permission to write terms.

A term is created only where no term has its slug or its words (an editor may
have added it first). The words are frozen here, not imported from the seed, so
later seed edits cannot change what this migration did.
"""

from django.db import migrations
from django.utils import timezone

from core.editors import EDIT_AND_DELETE, grant_editor_permissions
from core.markup import render_markdown

TERMS = [{'term': 'hip hinge',
  'slug': 'hip-hinge',
  'also_matches': 'hip hinges, hip-hinge',
  'definition': 'A movement that folds the body forward at the hips, with the back kept flat and the knees only '
                'slightly bent, then straightens up again, as in the Romanian deadlift. Standing up from it is '
                'hip extension: the hamstrings work, with the glutes and adductors.'},
 {'term': 'concentric',
  'slug': 'concentric',
  'also_matches': 'concentric phase, concentric part',
  'definition': 'The part of a rep in which the working muscle shortens as it moves the weight, such as curling '
                'the pad towards you in a leg curl. Its opposite is the eccentric part.'},
 {'term': 'eccentric',
  'slug': 'eccentric',
  'also_matches': 'eccentric phase, eccentric part',
  'definition': 'The part of a rep in which the working muscle lengthens while it brakes the weight, such as '
                'lowering the body slowly in a Nordic hamstring exercise. Muscles can brake more weight than they '
                'can lift, which is why some exercises are done lowering-only.'},
 {'term': 'reps in reserve',
  'slug': 'reps-in-reserve',
  'also_matches': 'RIR, rep in reserve',
  'definition': 'How many more reps you could still have done, with good technique, when you end a set. Two reps '
                'in reserve means you stop two reps before you could no longer finish one cleanly. It is a way to '
                'say how hard a set should be.'},
 {'term': 'biarticular',
  'slug': 'biarticular',
  'also_matches': 'biarticular muscle, biarticular muscles, two-joint muscle, two-joint muscles',
  'definition': 'Crossing two joints. A biarticular muscle acts on both joints, and its length depends on both: '
                'three of the four hamstring parts cross the hip and the knee, so with the hip bent, as in the '
                'seated leg curl, they work at a longer length than with the hip straight.'},
 {'term': 'compound exercise',
  'slug': 'compound-exercise',
  'also_matches': 'compound exercises',
  'definition': 'An exercise that moves more than one joint at once, such as the squat (hip and knee). Compare an '
                'isolation exercise.'},
 {'term': 'isolation exercise',
  'slug': 'isolation-exercise',
  'also_matches': 'isolation exercises',
  'definition': 'An exercise that moves one joint, such as the leg curl (knee) or the leg extension (knee). '
                'Compare a compound exercise.'},
 {'term': 'EMG',
  'slug': 'emg',
  'also_matches': 'electromyography',
  'definition': 'Electromyography: recording the electrical signals of a working muscle, in the studies here with '
                'electrodes on the skin. It shows how active a muscle is during an exercise, not how much it '
                'grows when you train with it.'},
 {'term': 'MRI',
  'slug': 'mri',
  'also_matches': 'magnetic resonance imaging',
  'definition': "Magnetic resonance imaging: a scanner that pictures the body's tissues in slices. Training "
                "studies use it to measure a muscle's cross-sectional area, or its whole volume, before and after "
                'weeks of training.'},
 {'term': '1RM',
  'slug': '1rm',
  'also_matches': 'one-repetition maximum, one-rep max',
  'definition': 'One-repetition maximum: the heaviest weight you can lift once, with good technique, in an '
                'exercise. Studies use it to measure strength. In the same way, 6RM is the heaviest weight you '
                'can lift six times.'},
 {'term': 'hypertrophy',
  'slug': 'hypertrophy',
  'also_matches': 'muscle hypertrophy',
  'definition': "Muscle growth: a trained muscle gets bigger. Studies measure it as a change in the muscle's "
                'thickness, cross-sectional area or volume.'}]


def add_terms(apps, schema_editor):
    GlossaryTerm = apps.get_model("articles", "GlossaryTerm")
    now = timezone.now()
    for data in TERMS:
        if GlossaryTerm.objects.filter(slug=data["slug"]).exists() or GlossaryTerm.objects.filter(
            term__iexact=data["term"]
        ).exists():
            continue
        GlossaryTerm.objects.create(
            **data,
            definition_html=render_markdown(data["definition"], anchor_prefix="definition"),
            status="published",
            published_at=now,
            ever_published=True,
        )


def grant(apps, schema_editor):
    grant_editor_permissions(apps, "articles", {"glossaryterm": EDIT_AND_DELETE})  # published: superusers only


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0010_glossary"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [
        migrations.RunPython(add_terms, migrations.RunPython.noop),
        migrations.RunPython(grant, migrations.RunPython.noop),
    ]
