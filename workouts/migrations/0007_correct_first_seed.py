"""Correct the first release's seed content in databases that still hold it.

The first release's seed said things the fact sheets (shared/content/*-facts.md) do
not support: Maeo 2021 measured "muscle thickness" (it measured volume by MRI), "no
exercise does more" for the Nordic, the Nordic "a poor tool for building muscle",
"doing both curl variants is likely the best bet", the sartorius, "train both of their
jobs", the seated curl "at a long length throughout", the squat's hamstrings "adding to
the quadriceps' load", "every hamstring muscle through both of its jobs". The seed was
corrected, but ``seed_content`` never changes an existing row, so a site made before
still showed the old words.

Each field below is changed only while it still holds the first release's words
(line endings and surrounding blank space aside): a field an editor has rewritten is
left alone. Fields the library model added and the first release left empty (steps,
mistakes, safety, aliases; a study's design and measure; a workout's frequency, rest,
effort, warm-up and progression) are filled the same way, only while still empty.
Rendered HTML and citation rows follow each changed text, and a study the new words
cite is added if the database lacks it. The words are frozen here, not imported from
the seed, so later seed edits cannot change what this migration did.
"""

from django.db import migrations

from core.markup import cited_keys, render_inline_markdown, render_markdown

HAMSTRINGS = "hamstrings"
SHORT_HEAD = "biceps-femoris-short-head"
SHORT_HEAD_OLD_ACTIONS = {"knee-flexion", "lower-leg-external-rotation"}
SWING_DECELERATION = "swing-deceleration"
# Joint actions kept their first-release positions; hip flexion (added by the quadriceps guide) goes second.
JOINT_ACTION_POSITIONS = {
    "knee-flexion": (1, 2),
    "knee-extension": (2, 3),
    "lower-leg-internal-rotation": (3, 4),
    "lower-leg-external-rotation": (4, 5),
    "swing-deceleration": (5, 6),
}
CITING_TEXTS = {
    ("articles", "musclegroup"): ("introduction", "anatomy", "exercises_intro", "left_out_intro", "wrap_up", "sources"),
    ("exercises", "exercise"): ("description", "steps", "mistakes", "safety", "cues"),
    ("exercises", "guideexercise"): ("reason",),
    ("workouts", "workout"): ("frequency", "rest", "effort", "warm_up", "progression", "principles"),
    ("exercises", "muscleinvolvement"): ("note",),
}
# A muscle's note is shown inside a line, so it is rendered without a wrapping paragraph.
INLINE = {("exercises", "muscleinvolvement")}

# {lookup: {field: (the first release's value, the corrected value)}}
GUIDES = {
    "hamstrings": {
        "summary": (
            "The hamstrings straighten the hip and bend the knee. Learn how their three muscles are built, the three exercises that train all of them, and a workout to put it together.",
            "The hamstrings straighten the hip and bend the knee. Learn how their three muscles are built, three of the best exercises for them, and a workout that trains every part.",
        ),
        "introduction": (
            """\
Your hamstrings run down the back of each thigh, and together they are one of the biggest
muscle groups in your legs. They have two main jobs: they straighten (extend) the hip and
they bend (flex) the knee. Whenever you pick something up from the floor, sprint or jump,
they are working.

This guide shows how the three hamstring muscles are put together, which joint actions they
perform, and why that decides which exercises train them well. It ends with a workout of
three exercises that covers every muscle and both jobs.
""",
            """\
Your hamstrings run down the back of each thigh and make up a large muscle group of the leg.
They have two main jobs: they straighten (extend) the hip and they bend (flex) the knee. You
use them whenever you pick something up from the floor, sprint or jump.

This guide shows how the three hamstring muscles are built, what each of them does, and why
that decides which exercises train them well. It ends with a workout of three exercises that
trains every part of the group. The muscles on the front of the thigh have
[a guide of their own](/guides/quadriceps/).
""",
        ),
        "anatomy": (
            """\
The hamstrings are three muscles: the **semitendinosus**, the **semimembranosus** and the
**biceps femoris**. The biceps femoris has two heads, a *long head* and a *short head*.

Three of the four parts start on your sitting bone (the ischial tuberosity, at the bottom
and back of the pelvis): the semitendinosus, the semimembranosus and the long head of the
biceps femoris. The short head is the exception. It starts on the back of the thigh bone
(the femur).

All four parts run past the back of the knee and attach to the lower leg. The biceps femoris
attaches on the outside, to the fibula; the semitendinosus and semimembranosus attach on the
inside, to the tibia.

Because they cross both the hip and the knee, the hamstrings act on both joints. The short
head crosses only the knee: it helps bend the knee but cannot extend the hip. Keep that in
mind when you pick exercises.

The hamstrings are the counterpart of the quadriceps on the front of the thigh. When you walk
or run, they brake the lower leg as it swings forwards. With the knee bent they can also turn
the lower leg: the semitendinosus and semimembranosus rotate it inwards, the biceps femoris
outwards.
""",
            """\
The hamstrings are three muscles: the **semitendinosus**, the **semimembranosus** and the
**biceps femoris**. The biceps femoris has two heads, a *long head* and a *short head*.

Three of the four parts start on your sitting bone (the ischial tuberosity, at the bottom and
back of the pelvis): the semitendinosus, the semimembranosus and the long head of the biceps
femoris. The short head is the exception: it starts on the back of the thigh bone (the femur).

All four parts run past the back of the knee and attach to the lower leg. The biceps femoris
attaches on the outside, to the fibula; the semitendinosus and semimembranosus attach on the
inside, to the tibia.

Because they cross both the hip and the knee, three of the four parts act on both joints: they
extend the hip and flex the knee. The short head crosses only the knee, so it has just one of
those two jobs: it bends the knee, but it cannot extend the hip. Keep that in mind when you
pick exercises.

The hamstrings work against the [quadriceps](/guides/quadriceps/) on the front of the thigh.
When you walk or run, they brake the lower leg as it swings forwards. With the knee bent they
can also turn the lower leg: the semitendinosus and semimembranosus turn it inwards, the
biceps femoris outwards.
""",
        ),
        "exercises_intro": (
            """\
To train every part of the hamstrings, train both of their jobs: one exercise for hip
extension and at least one for knee flexion. These three do it best.
""",
            """\
A leg curl bends the knee against resistance, and that alone reaches every part of the
hamstrings, the short head of the biceps femoris included. A hip-extension exercise adds
heavy work, with the muscles lengthened, for the three parts that cross the hip. Here are
three of the best exercises for the job: one hip hinge and two curls.
""",
        ),
        "left_out_intro": (
            """\
Two popular exercises come up in every conversation about hamstrings. Here is why neither
of them made the workout.
""",
            """\
Two popular exercises come up in almost every conversation about hamstrings. Neither is in
the workout, and for quite different reasons.
""",
        ),
        "wrap_up": (
            """\
Train the hamstrings through both of their jobs. A hip-extension exercise such as the
Romanian deadlift works every hamstring muscle except the short head of the biceps femoris;
leg curls work knee flexion and reach all of them, the short head included. Doing both curl
variants trains the muscles at two hip angles, and mixing heavy sets of 8 with light sets of
20 covers a wide range of loads. Add weight whenever your technique and the feel of the
muscle allow it.
""",
            """\
Leg curls train every part of the hamstrings; a hip-extension exercise such as the Romanian
deadlift adds heavy work for the three parts that cross the hip. Of the two curls, the seated
one grew the hamstrings more in the study that compared them [@maeo-2021]. The lying curl
adds a second hip angle and a light, high-rep finish; if only one of the two suits you, keep
to that one. Mix heavy sets of 8 with light sets of 20, and add weight whenever your technique
and the feel of the muscle allow it. The [hamstring workout](/workouts/hamstring-workout/)
puts it all together.
""",
        ),
        "sources": (
            "",
            """\
The outline of this guide (anatomy, exercises and a sample workout) follows StrengthLog's
hamstring guide by Daniel Richter, which we recommend as further reading. The wording here is
our own, and each research claim is cited to the study behind it.
""",
        ),
    },
}

MUSCLES = {
    "semitendinosus": {
        "notes": (
            "Runs along the inner back of the thigh.",
            "Runs along the inner back of the thigh and crosses both hip and knee.",
        ),
    },
    "semimembranosus": {
        "notes": (
            "Lies underneath the semitendinosus.",
            "Lies underneath the semitendinosus and, like it, crosses both hip and knee.",
        ),
    },
    "biceps-femoris": {
        "notes": (
            "Runs along the outer back of the thigh; it has two heads.",
            "Runs along the outer back of the thigh; it has two heads, and only the long one crosses the hip.",
        ),
    },
    "biceps-femoris-short-head": {
        "notes": (
            "Crosses only the knee, so only knee flexion trains it.",
            "Crosses only the knee, so leg curls train it and hip-extension exercises do not.",
        ),
    },
}

STUDIES = {
    "maeo-2021": {
        "authors": ("Maeo S, et al.", "Maeo S, et al"),
        "design": ("other", "within_participant"),
        "participants": (None, 20),
        "population": (
            "",
            "healthy adults, one leg trained with seated and the other with lying leg curls",
        ),
        "duration": ("", "12 weeks, twice a week (5 sets of 10 at 70% of 1RM)"),
        "measure": ("", "Muscle volume by MRI, whole hamstrings and each muscle"),
        "finding": (
            "After 12 weeks, seated leg curls had grown the hamstrings about 55% more than lying leg curls (muscle thickness up 14% against 9%), most likely because sitting trains them at a longer length.",
            "Whole-hamstring volume grew more with seated than with lying leg curls (+14% against +9%), as did each muscle that crosses hip and knee, while the short head of the biceps femoris, which crosses only the knee, grew about equally (+10% against +9%). Both kinds of training protected the muscles similarly against damage from a later bout of hard lowering work.",
        ),
    },
    "van-dyk-2019": {
        "design": ("other", "meta_analysis"),
        "participants": (None, 8459),
        "population": ("", "athletes of both sexes in various sports and age groups (15 studies)"),
        "duration": ("", "No single duration: it pooled 15 studies"),
        "measure": ("", "Hamstring injury incidence or rate"),
        "finding": (
            "Pooling studies of 8,459 athletes, programmes that included the Nordic hamstring exercise had about half as many hamstring injuries.",
            "Across 15 studies of 8,459 athletes, injury prevention programmes that included the Nordic hamstring exercise had about half the hamstring injury rate of programmes without it (risk ratio 0.49, 95% CI 0.32 to 0.74).",
        ),
    },
    "ebben-2009": {
        "design": ("other", "acute_emg"),
        "participants": (None, 34),
        "population": ("", "college athletes, women and men"),
        "measure": ("", "EMG of the biceps femoris (hamstrings) and rectus femoris (quadriceps)"),
        "finding": (
            "Of the lower-body exercises measured, the squat activated the hamstrings only weakly.",
            "In one session, 34 college athletes did six exercises often used for the hamstrings; biceps femoris and rectus femoris activity differed between the exercises, and biceps femoris activity was low in the squat. Women activated the hamstrings less, relative to the quadriceps, than men did.",
        ),
    },
    "kubo-2019": {
        "design": ("other", "randomised_trial"),
        "participants": (None, 17),
        "population": ("", "males, randomised to full squats (8) or half squats (9)"),
        "duration": ("", "10 weeks, twice a week"),
        "measure": ("", "Muscle volume by MRI; full and half squat 1RM"),
        "finding": (
            "Ten weeks of squatting twice a week left hamstring muscle volume unchanged.",
            "Knee extensor volume grew by about 5% with full and with half squats (+4.9% and +4.6%), while rectus femoris and hamstring volume did not change in either group. The adductors and gluteus maximus grew more with full squats (+6.2% and +6.7%) than with half squats (+2.7% and +2.2%).",
        ),
    },
}

EXERCISES = {
    "romanian-deadlift": {
        "summary": (
            "A barbell hip hinge that trains hip extension and loads the hamstrings while they are stretched.",
            "A barbell hip hinge that trains hip extension and loads the hamstrings while they are lengthened.",
        ),
        "description": (
            """\
Hold a barbell in front of your thighs with your knees slightly bent. Push your hips back and
let the bar slide down your legs until you feel a strong stretch at the back of your thighs,
then drive your hips forwards to stand tall. The knees barely move, so the work happens at
the hip.

Besides the hamstrings, the glutes, the adductors and the lower back help. If you need a
substitute that also trains hip extension, try the stiff-legged deadlift, the good morning,
the 45-degree back extension or the single-leg Romanian deadlift.
""",
            """\
Hold a barbell in front of your thighs with your knees slightly bent. Push your hips back and
let the bar slide down your legs until you feel a strong stretch at the back of your thighs,
then drive your hips forwards to stand tall. The knees barely move, so the work happens at the
hip.

Besides the hamstrings, the glutes, the adductors and the lower back work too.
""",
        ),
        "cues": (
            """\
- Feel the hamstrings doing the work: a firm connection to the muscle matters more than the weight on the bar.
- Use lifting straps if your grip gives out first. The grip is not what you are training.
- The muscles are loaded while stretched, so add weight in small steps.
- Add weight only when your technique holds.
""",
            """\
- Hips back, not down.
- Feel the hamstrings doing the work: a firm connection to the muscle matters more than the weight on the bar.
- Keep the bar close to your legs all the way.
- Add weight only when your technique holds.
""",
        ),
        "aliases": ("", "RDL, Romanian dead lift"),
        "mistakes": (
            "",
            """\
- Rounding the back to get the bar lower.
- Bending the knees more and more, so the lift turns into a squat.
- Letting the bar drift away from the legs.
- Chasing weight at the cost of feeling the hamstrings work.
""",
        ),
        "safety": (
            "",
            """\
Keep your back flat from start to finish: each rep ends where your back would start to round,
not where the bar touches the floor. The hamstrings are loaded while they are lengthened, so
add weight in small steps. Use lifting straps if your grip gives out before your hamstrings
do; your grip is not what you are training here.
""",
        ),
        "steps": (
            "",
            """\
1. Stand with your feet about hip-width apart, holding the bar in front of your thighs with your hands just outside your legs.
2. Unlock your knees slightly, brace your trunk and set your back flat.
3. Push your hips back and let the bar slide down your thighs, keeping it close to your legs.
4. Stop when you feel a strong stretch in your hamstrings, or just before your back starts to round.
5. Drive your hips forwards to stand tall again.
""",
        ),
    },
    "seated-leg-curl": {
        "summary": (
            "A machine curl done sitting, which trains knee flexion with the hamstrings at a long length.",
            "A machine curl done sitting, which trains knee flexion with the hamstrings longer than in the lying curl.",
        ),
        "description": (
            """\
Sit in the machine with the pad just above your heels and bend your knees as far as they go,
then straighten them under control. Because you sit with your hips bent, the hamstrings are
already lengthened at the hip and work at a long length throughout.
""",
            """\
Sit in the machine with the pad just above your heels, bend your knees as far as they go, then
straighten them under control. Because you sit with your hips bent, the hamstrings that cross
the hip are stretched there, so at every knee angle they are longer than in the lying curl.
""",
        ),
        "cues": (
            """\
- Keep your hips pressed into the seat so they stay bent.
- Curl through the whole range, then straighten the knees slowly.
- Add weight only when your technique and the feel of the muscle hold.
""",
            """\
- Hips pressed into the seat.
- Full curl, slow return.
- Add weight only when your technique and the feel of the muscle hold.
""",
        ),
        "aliases": ("", "hamstring curl, leg curl, seated hamstring curl"),
        "mistakes": (
            "",
            """\
- Sliding forwards in the seat, so the hips open up.
- Cutting the range short at either end.
- Letting the weight pull the knees straight instead of controlling it.
- Heaving the weight with the upper body.
""",
        ),
        "safety": (
            "",
            """\
Line your knee joint up with the machine's pivot before you start, and set the thigh pad
firmly enough that your legs cannot lift. Straighten your knees under control rather than
letting the stack pull them straight.
""",
        ),
        "steps": (
            "",
            """\
1. Set the backrest so your knees line up with the machine's pivot, and the lower pad rests just above your heels.
2. Lower the thigh pad so it holds your legs down firmly, just above the knees.
3. Hold the handles, sit tall and press your hips into the seat.
4. Curl your heels down and back as far as they go.
5. Let your knees straighten slowly until the weight almost touches the stack, then repeat.
""",
        ),
    },
    "lying-leg-curl": {
        "summary": (
            "A machine curl done face down, which trains knee flexion at a different hip angle from the seated curl.",
            "A machine curl done face down, which trains knee flexion with the hamstrings at a shorter length than in the seated curl.",
        ),
        "cues": (
            """\
- Keep your hips down on the bench; do not let them rise as you curl.
- Lower the weight slowly instead of letting it drop.
- If this curl hurts and the seated one does not (or the other way round), keep to the one that feels good.
""",
            """\
- Hips down on the bench.
- Squeeze your heels towards your buttocks.
- Slow on the way down.
- If this curl hurts and the seated one does not (or the other way round), keep to the one that feels good.
""",
        ),
        "aliases": ("", "hamstring curl, leg curl, prone leg curl"),
        "mistakes": (
            "",
            """\
- Lifting the hips off the bench to finish the rep.
- Dropping the weight instead of lowering it.
- Stopping short of a full curl.
""",
        ),
        "safety": (
            "",
            """\
Line your knees up with the machine's pivot and keep your hips on the bench throughout. Lower
the weight under control rather than letting it drop.
""",
        ),
        "steps": (
            "",
            """\
1. Set the machine so your knees line up with its pivot, just off the end of the bench, and the pad sits just above your heels.
2. Lie face down, hold the handles and press your hips into the bench.
3. Curl your heels towards your buttocks as far as they go.
4. Lower the weight slowly until your knees are almost straight, then repeat.
""",
        ),
    },
    "nordic-hamstring": {
        "summary": (
            "A kneeling bodyweight exercise that halves hamstring injuries, but is too hard for most people to build muscle with.",
            "A kneeling bodyweight exercise in which the hamstrings brake your fall forwards; a good choice if you can do it, but most people cannot do several full reps.",
        ),
        "description": (
            """\
Kneel with your ankles held down by a partner or a pad. Keeping your hips straight, lower your
upper body towards the floor as slowly as you can, braking with your hamstrings. The lowering
(eccentric) half is the point of the exercise.
""",
            """\
Kneel with your ankles held down by a partner or a pad. Keeping your hips straight, lower your
upper body towards the floor as slowly as you can, braking with your hamstrings. The lowering
(eccentric) half is the heart of the exercise; pulling yourself back up is far harder.
""",
        ),
        "cues": (
            """\
- Keep a straight line from knees to shoulders, so the movement happens at the knee.
- Lower as slowly as you can and catch yourself with your hands.
- Push back up with your hands if you cannot pull yourself up.
""",
            """\
- Straight line from knees to shoulders.
- Lower as slowly as you can.
- Catch, push back up, reset.
""",
        ),
        "aliases": ("", "Nordic curl, Nordic hamstring curl, Nordics"),
        "mistakes": (
            "",
            """\
- Bending at the hips, which takes work off the hamstrings.
- Giving up and dropping once the lean gets hard, instead of fighting it.
- Doing many sets in the first sessions.
""",
        ),
        "safety": (
            "",
            """\
Kneel on a soft pad and make sure your ankles cannot slip free. Keep your hands ready to catch
yourself. If the exercise is new to you, start with few sets and reps and build up over
several weeks.
""",
        ),
        "steps": (
            "",
            """\
1. Kneel on a soft pad with your ankles held firmly under a bar, a padded support or a partner's hands.
2. Straighten your hips so your knees, hips and shoulders form a line, and hold your hands ready in front of your chest.
3. Lean forwards from the knees, keeping that line, and resist the fall with your hamstrings for as long as you can.
4. When you can no longer hold it, catch yourself with your hands.
5. Push yourself back up with your hands, using your hamstrings as much as you can, and repeat.
""",
        ),
    },
    "squat": {
        "summary": (
            "A great leg exercise, but despite its reputation not a hamstring exercise.",
            "A barbell lift that straightens the hips and knees together: a great builder of the vasti, glutes and adductors, but not of the hamstrings, and little of the rectus femoris.",
        ),
        "description": (
            """\
In the barbell back squat you bend and straighten your hips and knees together. It is a
staple for the quadriceps and the glutes.
""",
            """\
With a barbell across your upper back, you sit down between your heels by bending the hips and
knees together, then stand back up. It trains knee extension (the vasti of the quadriceps) and
hip extension (the glutes and the adductors).
""",
        ),
        "cues": (
            "",
            """\
- Brace, then sit down between your heels.
- Knees out over the toes.
- Whole foot on the floor.
- Stand up as fast as you can control.
""",
        ),
        "aliases": ("", "squat, back squat, barbell squat"),
        "mistakes": (
            "",
            """\
- Letting the knees fall inwards.
- Cutting depth short to lift more weight.
- Letting the heels lift or the lower back round at the bottom.
- Tipping so far forwards that the squat turns into a good morning.
""",
        ),
        "safety": (
            "",
            """\
Squat inside a rack with the safety bars set just below your lowest point, so you can set the
bar down if a rep fails. Keep your trunk braced and your back flat, and go only as deep as you
can with good technique.
""",
        ),
        "steps": (
            "",
            """\
1. Set the bar in a rack at about mid-chest height, step under it and rest it across your upper back, hands just outside your shoulders.
2. Stand up to lift the bar off the hooks, step back and set your feet about shoulder-width apart, toes turned slightly out.
3. Take a breath and brace your trunk.
4. Bend your hips and knees together, knees travelling out over your toes, and sit down between your heels as deep as you can with your back flat.
5. Drive up through your whole foot to stand tall, then breathe and repeat.
""",
        ),
    },
}

GUIDE_EXERCISES = {
    ("hamstrings", "lying-leg-curl"): {
        "reason": (
            """\
The lying curl complements the other two: knee flexion again, with the hip more open. In the
same study that favoured the seated curl, the short head of the biceps femoris and the
gracilis grew about equally with both curls, while the sartorius grew more with the lying
curl [@maeo-2021]. Doing both variants is likely the best bet for hamstring growth.
""",
            """\
The lying curl trains knee flexion again, with the hip straighter, so the hamstrings work at a
shorter length. It is not here because it beats the seated curl: in the study that compared
them, the seated curl did as well or better for every hamstring muscle [@maeo-2021]. It is
here as a second curl at a different hip angle, done light and for high reps. Doing both
curls may help; the study did not test that. If one of the two hurts and the other does not,
keep to the one that feels good.
""",
        ),
    },
    ("hamstrings", "nordic-hamstring"): {
        "reason": (
            """\
No exercise does more to keep hamstrings healthy: across studies of 8,459 athletes, injury
prevention programmes that included the Nordic cut hamstring injuries by about half
[@van-dyk-2019]. It is worth doing if you can, and especially if you play a sprinting sport
such as soccer or football.

It is not in the workout because most people cannot do the lifting (concentric) half at all,
let alone for several repetitions, which makes it a poor tool for building muscle. Add it if
it suits you.
""",
            """\
In a meta-analysis of 15 studies with 8,459 athletes, injury prevention programmes that
included the Nordic hamstring exercise had about half the hamstring injury rate of programmes
that did not [@van-dyk-2019]. That evidence is less firm than it sounds: a 2021 reanalysis
found that only 5 of the 15 studies had randomly assigned people to the Nordic, and on those
trials it judged the protective effect inconclusive [@impellizzeri-2021]. It is still a
reasonable choice if you sprint or play a sport such as soccer or American football and want
to lower your risk of a hamstring strain.

Lowering-only Nordics do build the hamstrings, so that is not why the exercise is missing
from the workout. The reason is practical: most people cannot pull themselves back up even
once, let alone for several reps. If you can do it, add it.
""",
        ),
    },
    ("hamstrings", "romanian-deadlift"): {
        "reason": (
            """\
This is the guide's hip-extension exercise. It trains the semitendinosus, the semimembranosus
and the long head of the biceps femoris, and it lets you handle heavy loads. It cannot reach
the short head of the biceps femoris, which does not cross the hip; the two leg curls take
care of that.
""",
            """\
This is the guide's hip-extension exercise. It trains the semitendinosus, the semimembranosus
and the long head of the biceps femoris with heavy loads, and it loads them while they are
lengthened. It cannot reach the short head of the biceps femoris, which does not cross the
hip; the two curls take care of that.
""",
        ),
    },
    ("hamstrings", "seated-leg-curl"): {
        "reason": (
            """\
A curl trains knee flexion, the job the Romanian deadlift leaves out, and it reaches all
three hamstring muscles, the short head of the biceps femoris included. In a 12-week study,
seated curls grew the hamstrings about 55% more than lying curls: muscle thickness rose by
about 14% against 9% [@maeo-2021]. The likely reason is the bent hip, which keeps the
hamstrings longer while they work.
""",
            """\
A curl trains knee flexion, the job the Romanian deadlift leaves out, and it reaches all three
hamstring muscles, the short head of the biceps femoris included. In a 12-week study, 20 adults
trained one leg with seated curls and the other with lying curls: whole-hamstring muscle
volume, measured by MRI, grew by 14% with the seated curl against 9% with the lying curl
[@maeo-2021]. Each muscle that crosses both hip and knee grew more with the seated curl, and
the short head, which crosses only the knee, grew about equally with both. The likely reason
is the bent hip, which keeps the hamstrings longer while they work.
""",
        ),
    },
    ("hamstrings", "squat"): {
        "reason": (
            """\
The squat is often sold as a hamstring exercise; the evidence disagrees. Standing up from a
squat extends both the hip and the knee. The hamstrings help to extend the hip, but they also
bend the knee, so any force they make adds to the load the quadriceps must overcome.
Measurements show little hamstring activation in the squat [@ebben-2009], and after ten weeks
of squatting twice a week hamstring volume did not grow at all [@kubo-2019]. Squat for your
quadriceps and glutes, not for your hamstrings.
""",
            """\
The squat is often sold as a hamstring exercise, but the evidence says otherwise. Standing up
from a squat straightens the hip and the knee together. The hamstrings that cross both joints
lengthen at the hip while they shorten at the knee, so their length barely changes through the
rep. (Some hamstring activity in a squat is normal: working together with the quadriceps helps
protect the knee.)

The measurements agree. In a one-session study of 34 college athletes, which measured the
biceps femoris, its activity was low in the squat [@ebben-2009]; and after 10 weeks of
squatting twice a week, whole-hamstring muscle volume measured by MRI had not grown
[@kubo-2019]. Squat for your quadriceps, glutes and adductors; the
[quadriceps guide](/guides/quadriceps/) explains how.
""",
        ),
    },
}

INVOLVEMENTS = {
    ("seated-leg-curl", "semitendinosus"): {
        "note": ("", "Grew more with seated than with lying curls in a 12-week study (MRI)."),
    },
    ("seated-leg-curl", "semimembranosus"): {
        "note": ("", "Grew more with seated than with lying curls in a 12-week study (MRI)."),
    },
    ("seated-leg-curl", "biceps-femoris-long-head"): {
        "note": ("", "Grew more with seated than with lying curls in a 12-week study (MRI)."),
    },
    ("seated-leg-curl", "biceps-femoris-short-head"): {
        "note": (
            "Knee flexion is the only way to train it.",
            "Knee flexion is the only way to train it; it grew about as much with seated as with lying curls.",
        ),
    },
    ("lying-leg-curl", "semitendinosus"): {
        "note": (
            "",
            "Grew with lying curls too, though less than with seated curls in a 12-week study (MRI).",
        ),
    },
    ("lying-leg-curl", "semimembranosus"): {
        "note": (
            "",
            "Grew with lying curls too, though less than with seated curls in a 12-week study (MRI).",
        ),
    },
    ("lying-leg-curl", "biceps-femoris-long-head"): {
        "note": (
            "",
            "Grew with lying curls too, though less than with seated curls in a 12-week study (MRI).",
        ),
    },
    ("lying-leg-curl", "biceps-femoris-short-head"): {
        "note": (
            "",
            "Knee flexion is the only way to train it; it grew about as much with lying as with seated curls.",
        ),
    },
    ("squat", "semitendinosus"): {
        "note": (
            "Little activation, and no growth after ten weeks of squatting.",
            "Whole-hamstring volume did not change after 10 weeks of squats (MRI); this muscle was not measured on its own.",
        ),
    },
    ("squat", "semimembranosus"): {
        "note": (
            "Little activation, and no growth after ten weeks of squatting.",
            "Whole-hamstring volume did not change after 10 weeks of squats (MRI); this muscle was not measured on its own.",
        ),
    },
    ("squat", "biceps-femoris-long-head"): {
        "note": (
            "Little activation, and no growth after ten weeks of squatting.",
            "Biceps femoris activity was low in the squat in a one-session EMG study, and whole-hamstring volume did not change after 10 weeks of squats (MRI).",
        ),
    },
    ("squat", "biceps-femoris-short-head"): {
        "note": (
            "Little activation, and no growth after ten weeks of squatting.",
            "Whole-hamstring volume did not change after 10 weeks of squats (MRI); the short head was not measured on its own.",
        ),
    },
}

WORKOUTS = {
    "hamstring-workout": {
        "summary": (
            "Three exercises, from heavy sets of 8 to light sets of 20, that train every hamstring muscle through both of its jobs.",
            "Three exercises, from heavy sets of 8 to light sets of 20: a hip hinge for the three hamstring muscles that cross the hip, and two curls that reach every part, the short head included.",
        ),
        "principles": (
            """\
- **Every muscle, both jobs.** The Romanian deadlift trains hip extension. The two curls train
  knee flexion, and they are the only exercises here that reach the short head of the biceps
  femoris.
- **Two hip angles for the curls.** The seated curl trains the hamstrings at a long length,
  which grew them more in a 12-week study [@maeo-2021]; the lying curl adds a shorter length.
- **A wide range of loads.** Sets go from 8 reps with a medium-heavy weight to 20 reps with a
  light one, so the workout trains both strength and size.
- **Progress every session.** Try to add a little weight to every exercise each time, but only
  as far as your technique and the feel of the muscle allow.
""",
            """\
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
        ),
        "effort": (
            "",
            "End most sets with about 1-3 reps in reserve: hard, but with clean technique. The last set of lying curls may go to failure (our recommendation).",
        ),
        "frequency": (
            "",
            "Once or twice a week (our recommendation), twice if you recover well between sessions. In a meta-analysis of 10 studies, training a muscle more often each week gave a larger growth effect [@schoenfeld-2016-frequency].",
        ),
        "progression": (
            "",
            "Once every set reaches its target reps with clean technique and a good feel for the muscle, add weight next time. Aim to add a little each session, but never at the cost of technique.",
        ),
        "rest": (
            "",
            "About 2-3 minutes between sets of Romanian deadlifts and 1-2 minutes between sets of curls (our recommendation). In trained men, 3-minute rests grew the front of the thigh more than 1-minute rests [@schoenfeld-2016-rest].",
        ),
        "warm_up": (
            "",
            "Build up to your working weight on the Romanian deadlift over a few lighter sets, and do a lighter set of each curl before its working sets.",
        ),
    },
}

WORKOUT_ITEMS = {
    ("hamstring-workout", 3): {
        "note": (
            "Light weight, high reps.",
            "Light weight, high reps. If this curl does not suit you, do these sets on the seated curl.",
        ),
    },
}


# Studies the corrected words cite, as the seed defines them; added only where a correction cites them.
NEW_STUDIES = {
    "impellizzeri-2021": {
        "authors": "Impellizzeri FM, McCall A, van Smeden M",
        "title": "Why methods matter in a meta-analysis: a reappraisal showed inconclusive injury preventive effect of Nordic hamstring exercise",
        "journal": "J Clin Epidemiol",
        "year": 2021,
        "volume": "140",
        "issue": "",
        "pages": "111-124",
        "doi": "10.1016/j.jclinepi.2021.09.007",
        "design": "meta_analysis",
        "participants": None,
        "population": "athletes in randomised trials of the Nordic hamstring exercise",
        "training_status": "not_stated",
        "duration": "No single duration: a reanalysis of published trials",
        "measure": "Hamstring injury risk ratio, randomised trials only",
        "finding": "A reanalysis of the 2019 meta-analysis: only 5 of its 15 studies had randomised people to the Nordic hamstring exercise. Pooled, they gave a risk ratio of 0.56 (95% CI 0.20 to 1.52), or 0.59 (0.27 to 1.29) with one newer trial added, so the authors call the protective effect inconclusive so far.",
    },
    "schoenfeld-2016-frequency": {
        "authors": "Schoenfeld BJ, Ogborn D, Krieger JW",
        "title": "Effects of resistance training frequency on measures of muscle hypertrophy: a systematic review and meta-analysis",
        "journal": "Sports Med",
        "year": 2016,
        "volume": "46",
        "issue": "11",
        "pages": "1689-1697",
        "doi": "10.1007/s40279-016-0543-8",
        "design": "meta_analysis",
        "participants": None,
        "population": "10 training studies of people without chronic disease or injury",
        "training_status": "not_stated",
        "duration": "Studies lasting at least 4 weeks",
        "measure": "Hypertrophy effect size (biopsy, imaging, circumference or densitometry)",
        "finding": "Across 10 studies, training a muscle group more often each week gave a larger hypertrophy effect than training it less often (effect size 0.49 against 0.30).",
    },
    "schoenfeld-2017": {
        "authors": "Schoenfeld BJ, Grgic J, Ogborn D, Krieger JW",
        "title": "Strength and hypertrophy adaptations between low- vs. high-load resistance training: a systematic review and meta-analysis",
        "journal": "J Strength Cond Res",
        "year": 2017,
        "volume": "31",
        "issue": "12",
        "pages": "3508-3523",
        "doi": "10.1519/JSC.0000000000002200",
        "design": "meta_analysis",
        "participants": None,
        "population": "21 studies, every set taken to momentary failure",
        "training_status": "not_stated",
        "duration": "No single duration: it pooled 21 studies",
        "measure": "Muscle growth and 1RM strength",
        "finding": "With sets taken to failure, low loads (60% of 1RM or less) and high loads built similar muscle, while high loads gave greater gains in 1RM strength.",
    },
    "schoenfeld-2016-rest": {
        "authors": "Schoenfeld BJ, Pope ZK, Benik FM, et al",
        "title": "Longer interset rest periods enhance muscle strength and hypertrophy in resistance-trained men",
        "journal": "J Strength Cond Res",
        "year": 2016,
        "volume": "30",
        "issue": "7",
        "pages": "1805-1812",
        "doi": "10.1519/JSC.0000000000001272",
        "design": "randomised_trial",
        "participants": 21,
        "population": "resistance-trained men",
        "training_status": "trained",
        "duration": "8 weeks, 3 total-body sessions a week, 3 sets of 8-12RM",
        "measure": "Muscle thickness by ultrasound; squat and bench press 1RM",
        "finding": "Resting 3 minutes between sets grew the front of the thigh more than resting 1 minute, and gave larger squat and bench press 1RM gains.",
    },
}


def same(value, old):
    """Whether a stored value is still the first release's: text compared without CRLF or surrounding space."""
    if isinstance(old, str):
        return (value or "").replace("\r\n", "\n").strip() == old.strip()
    return value == old


def correct(obj, changes):
    """Apply each change whose field still holds its old value; return whether any applied."""
    fields = [field for field, (old, new) in changes.items() if same(getattr(obj, field), old)]
    names = {field.name for field in obj._meta.get_fields()}
    render = render_inline_markdown if (obj._meta.app_label, obj._meta.model_name) in INLINE else render_markdown
    for field in fields:
        setattr(obj, field, changes[field][1])
        if f"{field}_html" in names:
            setattr(obj, f"{field}_html", render(changes[field][1]))
    if fields:
        obj.save()
    return bool(fields)


def correct_rows(model, corrections, lookup):
    """Correct each row ``lookup(key)`` finds; return the rows that changed."""
    changed = []
    for key, changes in corrections.items():
        for obj in model.objects.filter(**lookup(key)):
            if correct(obj, changes):
                changed.append(obj)
    return changed


def rebuild_citations(apps, sources):
    """Citation rows for each changed text, from its Markdown, adding a study the new words cite if missing."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Study = apps.get_model("studies", "Study")
    Citation = apps.get_model("studies", "Citation")
    for source in sources:
        meta = source._meta
        fields = CITING_TEXTS[(meta.app_label, meta.model_name)]
        slugs = list(dict.fromkeys(slug for field in fields for slug in cited_keys(getattr(source, field))))
        for slug in slugs:
            if slug in NEW_STUDIES and not Study.objects.filter(slug=slug).exists():
                Study.objects.create(slug=slug, **NEW_STUDIES[slug])
        studies = Study.objects.in_bulk(slugs, field_name="slug")
        content_type, _ = ContentType.objects.get_or_create(app_label=meta.app_label, model=meta.model_name)
        Citation.objects.filter(content_type=content_type, object_id=source.pk).delete()
        Citation.objects.bulk_create(
            Citation(study=studies[slug], content_type=content_type, object_id=source.pk, position=position)
            for position, slug in enumerate(slug for slug in slugs if slug in studies)
        )


def correct_first_seed(apps, schema_editor):
    model = apps.get_model
    correct_rows(model("studies", "Study"), STUDIES, lambda slug: {"slug": slug})
    correct_rows(model("articles", "Muscle"), MUSCLES, lambda slug: {"group__slug": HAMSTRINGS, "slug": slug})
    for slug, (old, new) in JOINT_ACTION_POSITIONS.items():
        model("articles", "JointAction").objects.filter(slug=slug, position=old).update(position=new)
    short_head = model("articles", "Muscle").objects.filter(group__slug=HAMSTRINGS, slug=SHORT_HEAD).first()
    if short_head and set(short_head.actions.values_list("slug", flat=True)) == SHORT_HEAD_OLD_ACTIONS:
        short_head.actions.add(*model("articles", "JointAction").objects.filter(slug=SWING_DECELERATION))
    cited = correct_rows(
        model("exercises", "MuscleInvolvement"),
        INVOLVEMENTS,
        lambda key: {"exercise__slug": key[0], "muscle__group__slug": HAMSTRINGS, "muscle__slug": key[1]},
    )
    correct_rows(
        model("workouts", "WorkoutItem"), WORKOUT_ITEMS, lambda key: {"workout__slug": key[0], "position": key[1]}
    )
    cited += correct_rows(model("articles", "MuscleGroup"), GUIDES, lambda slug: {"slug": slug})
    cited += correct_rows(model("exercises", "Exercise"), EXERCISES, lambda slug: {"slug": slug})
    cited += correct_rows(
        model("exercises", "GuideExercise"),
        GUIDE_EXERCISES,
        lambda key: {"guide__slug": key[0], "exercise__slug": key[1]},
    )
    cited += correct_rows(model("workouts", "Workout"), WORKOUTS, lambda slug: {"slug": slug})
    rebuild_citations(apps, cited)


class Migration(migrations.Migration):
    dependencies = [
        ("workouts", "0006_publish_date_help"),
        ("articles", "0007_publish_date_help"),
        ("exercises", "0012_involvement_note_markdown"),
        ("studies", "0002_editors_permissions"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(correct_first_seed, migrations.RunPython.noop)]
