"""Seed content for the workouts app: one workout per guide.

Plain data, written in the site's own words from the fact sheets in shared/content/.
The workouts themselves are recommendations, not study findings; the text cites
the studies that support each principle as [@slug] (see studies/seed_data.py).
Items: (position, exercise slug, sets, reps_min, reps_max, unit, note).
"""

WORKOUTS = [
    {
        "slug": "hamstring-workout",
        "name": "Hamstring workout",
        "guide": "hamstrings",
        "goal": "Strength and muscle growth",
        "summary": (
            "Three exercises, from heavy sets of 8 to light sets of 20: a hip hinge for the three hamstring "
            "muscles that cross the hip, and two curls that reach every part, the short head included."
        ),
        "principles": """\
- **Every part, both main jobs.** The Romanian deadlift trains hip extension. The two curls
  train knee flexion, and they are the only exercises here that reach the short head of the
  biceps femoris, which has no hip job.
- **Curls at two hip angles.** The seated curl grew the hamstrings more than the lying curl in
  a 12-week study [@maeo-2021]; the lying curl adds a shorter muscle length and a light,
  high-rep finish. Keep to the curl you prefer: if one of them does not suit you, do all five
  curl sets (3 + 2) on the other.
- **A wide range of loads.** Sets go from 8 reps with a medium-heavy weight to 20 reps with a
  light one. With sets taken to failure, light and heavy loads built similar muscle, while
  heavy loads built more maximal strength [@schoenfeld-2017], so the mix aims at both.
- **Progress every session.** Try to add a little weight to every exercise each time, but only
  as far as your technique and the feel of the muscle allow.
""",
        "frequency": (
            "Once or twice a week (our recommendation), twice if you recover well between sessions. In a "
            "meta-analysis of 10 studies, training a muscle more often each week gave a larger growth effect "
            "[@schoenfeld-2016-frequency]."
        ),
        "rest": (
            "About 2-3 minutes between sets of Romanian deadlifts and 1-2 minutes between sets of curls (our "
            "recommendation). In trained men, 3-minute rests grew the front of the thigh more than 1-minute "
            "rests [@schoenfeld-2016-rest]."
        ),
        "effort": (
            "End most sets with about 1-3 reps in reserve: hard, but with clean technique. The last set of "
            "lying curls may go to failure (our recommendation)."
        ),
        "warm_up": (
            "Build up to your working weight on the Romanian deadlift over a few lighter sets, and do a "
            "lighter set of each curl before its working sets."
        ),
        "progression": (
            "Once every set reaches its target reps with clean technique and a good feel for the muscle, add "
            "weight next time. Aim to add a little each session, but never at the cost of technique."
        ),
        "items": [
            (1, "romanian-deadlift", 4, 8, 8, "reps", "Medium-heavy: the last reps are hard but clean."),
            (2, "seated-leg-curl", 3, 12, 12, "reps", "Full range, slow on the way down."),
            (
                3,
                "lying-leg-curl",
                2,
                20,
                20,
                "reps",
                "Light weight, high reps. If this curl does not suit you, do these sets on the seated curl.",
            ),
        ],
    },
    {
        "slug": "quadriceps-workout",
        "name": "Quadriceps workout",
        "guide": "quadriceps",
        "goal": "Strength and muscle growth",
        "summary": (
            "A heavy squat, a moderate-rep leg press and a light leg extension: the vasti through the two "
            "presses, the rectus femoris through the leg extension."
        ),
        "principles": """\
- **All four muscles.** The squat builds the vasti [@kubo-2019][@earp-2015], and the leg press
  works them at least as hard as a leg extension does [@ema-2016]. The leg extension is the
  exercise here that grows the rectus femoris [@wakahara-2017], which squats barely grow
  [@kubo-2019][@earp-2015] and the leg press activates only weakly [@ema-2016].
- **Heavy to light.** Heavier, lower-rep work comes first, for strength; lighter, higher-rep
  work comes later. With sets taken to failure, light and heavy loads built similar muscle,
  while heavy loads built more maximal strength [@schoenfeld-2017].
- **Deep squats.** Squat as deep as your technique allows: deep squats increased
  front-thigh muscle size more than shallow ones [@bloomquist-2013], and full squats grew the
  glutes and adductors more than half squats [@kubo-2019].
- **Keep the stretch on the leg extension.** Lower all the way to the bent-knee position
  [@pedrosa-2022], and recline the seat if the machine allows (a reasoned suggestion, not a
  proven rule).
- **Progress.** Once you reach the highest rep count of the range in every set, in clean
  form, make the weight heavier; until then, add reps.
""",
        "frequency": (
            "Once or twice a week (our recommendation), twice if you recover well. In a meta-analysis of 10 "
            "studies, training a muscle more often each week gave a larger growth effect "
            "[@schoenfeld-2016-frequency]. It fits into the same leg day as the "
            "[hamstring workout](/workouts/hamstring-workout/); squat first."
        ),
        "rest": (
            "About 2-3 minutes between sets of squats and leg presses, 1-2 minutes between sets of leg "
            "extensions (our recommendation). In trained men, 3-minute rests grew the front of the thigh more "
            "than 1-minute rests over 8 weeks [@schoenfeld-2016-rest]."
        ),
        "effort": (
            "End most sets near failure, with about 1-3 reps in reserve; the last set of leg extensions may go "
            "to failure (our recommendation). The studies that found light loads build as much muscle as heavy "
            "ones took every set to failure [@schoenfeld-2017], so keep the light sets hard."
        ),
        "warm_up": (
            "Build up to your working squat weight over a few lighter sets, and do a lighter set of the leg "
            "press and of the leg extension before their working sets."
        ),
        "progression": (
            "Once every set reaches the highest rep count of its range in clean form, go heavier next "
            "session; until then, add reps within the range."
        ),
        "items": [
            (1, "squat", 4, 6, 8, "reps", "Heavy-ish: as deep as your technique allows."),
            (2, "leg-press", 3, 10, 12, "reps", "Control the way down and keep your hips on the pad."),
            (
                3,
                "leg-extension",
                3,
                15,
                20,
                "reps",
                "Seat reclined if possible; lower all the way to the bent-knee position.",
            ),
        ],
    },
]

# Rest between sets, in seconds, per exercise of each seeded workout: the numbers of its "rest" text
# ("about 2-3 minutes ... 1-2 minutes"), so the page can say how long the workout takes.
REST_SECONDS = {
    "hamstring-workout": {"romanian-deadlift": (120, 180), "seated-leg-curl": (60, 120), "lying-leg-curl": (60, 120)},
    "quadriceps-workout": {"squat": (120, 180), "leg-press": (120, 180), "leg-extension": (60, 120)},
}
