"""Seed content for the exercises app: the exercises, and what each guide says about them.

Plain data, written in the site's own words from the fact sheets in shared/content/.
Muscle slugs and joint-action slugs are those of articles/seed_data.py; studies are
cited as [@slug] and defined in studies/seed_data.py. An exercise is global: a guide
judges it through GUIDE_EXERCISES ("recommended" or "left_out"), and the squat is one
exercise that both guides judge differently.
"""

HIP_HAMSTRINGS = ["semitendinosus", "semimembranosus", "biceps-femoris-long-head"]
SHORT_HEAD_NO_HIP = (
    "biceps-femoris-short-head",
    "not_trained",
    "It does not cross the hip, so a hip-extension exercise cannot train it.",
)

EXERCISES = [
    # Hamstrings: hip extension
    {
        "slug": "romanian-deadlift",
        "name": "Romanian deadlift",
        "aliases": "RDL, Romanian dead lift",
        "equipment": "barbell",
        "mechanics": "compound",
        "summary": "A barbell hip hinge that trains hip extension and loads the hamstrings while they are lengthened.",
        "description": """\
Hold a barbell in front of your thighs with your knees slightly bent. Push your hips back and
let the bar slide down your legs until you feel a strong stretch at the back of your thighs,
then drive your hips forwards to stand tall. The knees barely move, so the work happens at the
hip.

Besides the hamstrings, the glutes, the adductors and the lower back work too.
""",
        "steps": """\
1. Stand with your feet about hip-width apart, holding the bar in front of your thighs with your hands just outside your legs.
2. Unlock your knees slightly, brace your trunk and set your back flat.
3. Push your hips back and let the bar slide down your thighs, keeping it close to your legs.
4. Stop when you feel a strong stretch in your hamstrings, or just before your back starts to round.
5. Drive your hips forwards to stand tall again.
""",
        "mistakes": """\
- Rounding the back to get the bar lower.
- Bending the knees more and more, so the lift turns into a squat.
- Letting the bar drift away from the legs.
- Chasing weight at the cost of feeling the hamstrings work.
""",
        "safety": """\
Keep your back flat from start to finish: each rep ends where your back would start to round,
not where the bar touches the floor. The hamstrings are loaded while they are lengthened, so
add weight in small steps. Use lifting straps if your grip gives out before your hamstrings
do; your grip is not what you are training here.
""",
        "cues": """\
- Hips back, not down.
- Feel the hamstrings doing the work: a firm connection to the muscle matters more than the weight on the bar.
- Keep the bar close to your legs all the way.
- Add weight only when your technique holds.
""",
        "actions": ["hip-extension"],
        "involvements": [(slug, "primary", "") for slug in HIP_HAMSTRINGS] + [SHORT_HEAD_NO_HIP],
        "substitutes": ["stiff-legged-deadlift", "good-morning", "45-degree-back-extension"],
    },
    {
        "slug": "stiff-legged-deadlift",
        "name": "Stiff-legged deadlift",
        "aliases": "stiff-leg deadlift, SLDL",
        "equipment": "barbell",
        "mechanics": "compound",
        "summary": "A close relative of the Romanian deadlift with the knees kept almost straight; it trains hip extension.",
        "description": """\
Like the Romanian deadlift, but with the knees kept almost straight throughout. You hinge at
the hip to lower the bar along your legs, then drive the hips forwards to stand up. Some
lifters start each rep from the floor.
""",
        "steps": """\
1. Stand with the bar in front of your thighs, feet about hip-width apart, knees almost straight but not locked.
2. Brace your trunk and set your back flat.
3. Push your hips back and lower the bar along your legs without bending your knees any further.
4. Stop when your hamstrings are fully stretched, or just before your back starts to round.
5. Drive your hips forwards to stand tall.
""",
        "mistakes": """\
- Rounding the back to reach the floor.
- Locking the knees hard.
- Letting the bar swing away from the legs.
""",
        "safety": """\
Your range ends where your back would start to round. The hamstrings are stretched under
load, so add weight in small steps.
""",
        "cues": """\
- Soft knees, hips back.
- Let the bar brush your legs.
- Flat back throughout.
""",
        "actions": ["hip-extension"],
        "involvements": [(slug, "primary", "") for slug in HIP_HAMSTRINGS] + [SHORT_HEAD_NO_HIP],
        "substitutes": ["romanian-deadlift", "good-morning"],
    },
    {
        "slug": "good-morning",
        "name": "Good morning",
        "aliases": "barbell good morning",
        "equipment": "barbell",
        "mechanics": "compound",
        "summary": "A barbell hip hinge with the bar across your upper back; it trains hip extension.",
        "description": """\
With a barbell across your upper back, as for a squat, you bow forwards by pushing your hips
back with your knees slightly bent, then drive the hips forwards to stand up again.
""",
        "steps": """\
1. Set the bar across your upper back in a rack, step back and stand with your feet about hip-width apart.
2. Unlock your knees slightly and brace your trunk.
3. Push your hips back and lean your upper body forwards, keeping your back flat.
4. Stop when your hamstrings are fully stretched, or just before your back starts to round.
5. Drive your hips forwards to stand tall.
""",
        "mistakes": """\
- Rounding the back.
- Bending the knees so much that the lift turns into a squat.
- Going heavy before the movement is familiar.
""",
        "safety": """\
Start light and add weight in small steps. Do the lift in a rack with the safety bars set, so
you can set the bar down, and keep your back flat throughout.
""",
        "cues": """\
- Hips back, chest proud.
- Soft knees.
- Flat back throughout.
""",
        "actions": ["hip-extension"],
        "involvements": [(slug, "primary", "") for slug in HIP_HAMSTRINGS] + [SHORT_HEAD_NO_HIP],
        "substitutes": ["romanian-deadlift", "stiff-legged-deadlift"],
    },
    {
        "slug": "45-degree-back-extension",
        "name": "45-degree back extension",
        "aliases": "back extension, hyperextension, 45-degree hyperextension",
        "equipment": "other",
        "mechanics": "isolation",
        "summary": "A hip-extension exercise on an angled bench, done with body weight or holding a weight plate.",
        "description": """\
On a 45-degree back extension bench, with the pad under your hips and your ankles hooked under
the rollers, you bend forwards at the hips and then raise your body until it is in line with
your legs. Hold a weight plate to your chest to make it harder.
""",
        "steps": """\
1. Set the pad so it sits just below your hip bones and you can bend freely at the hips.
2. Hook your ankles under the rollers and cross your arms over your chest, or hold a weight plate to it.
3. Keeping your back flat, bend forwards at the hips as far as you can.
4. Raise your upper body by driving your hips into the pad until your body is in line with your legs.
5. Lower under control and repeat.
""",
        "mistakes": """\
- Setting the pad so high that you can only bend at the waist.
- Rounding the back instead of moving at the hips.
- Arching back past a straight line at the top.
""",
        "safety": """\
Stop at a straight line from head to heels; do not arch back past it. Add weight only when
you can do all your reps with a flat back.
""",
        "cues": """\
- Move at the hips, not the waist.
- Flat back.
- Finish in a straight line.
""",
        "actions": ["hip-extension"],
        "involvements": [(slug, "primary", "") for slug in HIP_HAMSTRINGS] + [SHORT_HEAD_NO_HIP],
        "substitutes": ["romanian-deadlift"],
    },
    # Hamstrings: knee flexion
    {
        "slug": "seated-leg-curl",
        "name": "Seated leg curl",
        "aliases": "hamstring curl, leg curl, seated hamstring curl",
        "equipment": "machine",
        "mechanics": "isolation",
        "summary": (
            "A machine curl done sitting, which trains knee flexion with the hamstrings longer than in the lying curl."
        ),
        "description": """\
Sit in the machine with the pad just above your heels, bend your knees as far as they go, then
straighten them under control. Because you sit with your hips bent, the hamstrings that cross
the hip are stretched there, so at every knee angle they are longer than in the lying curl.
""",
        "steps": """\
1. Set the backrest so your knees line up with the machine's pivot, and the lower pad rests just above your heels.
2. Lower the thigh pad so it holds your legs down firmly, just above the knees.
3. Hold the handles, sit tall and press your hips into the seat.
4. Curl your heels down and back as far as they go.
5. Let your knees straighten slowly until the weight almost touches the stack, then repeat.
""",
        "mistakes": """\
- Sliding forwards in the seat, so the hips open up.
- Cutting the range short at either end.
- Letting the weight pull the knees straight instead of controlling it.
- Heaving the weight with the upper body.
""",
        "safety": """\
Line your knee joint up with the machine's pivot before you start, and set the thigh pad
firmly enough that your legs cannot lift. Straighten your knees under control rather than
letting the stack pull them straight.
""",
        "cues": """\
- Hips pressed into the seat.
- Full curl, slow return.
- Add weight only when your technique and the feel of the muscle hold.
""",
        "actions": ["knee-flexion"],
        "involvements": [
            (slug, "primary", "Grew more with seated than with lying curls in a 12-week study (MRI).")
            for slug in HIP_HAMSTRINGS
        ]
        + [
            (
                "biceps-femoris-short-head",
                "primary",
                "Knee flexion is the only way to train it; it grew about as much with seated as with lying curls.",
            )
        ],
        "substitutes": ["lying-leg-curl"],
    },
    {
        "slug": "lying-leg-curl",
        "name": "Lying leg curl",
        "aliases": "hamstring curl, leg curl, prone leg curl",
        "equipment": "machine",
        "mechanics": "isolation",
        "summary": (
            "A machine curl done face down, which trains knee flexion with the hamstrings at a shorter length "
            "than in the seated curl."
        ),
        "description": """\
Lie face down with the pad just above your heels, curl your heels towards your buttocks, then
lower them under control. Your hips are straighter than in the seated curl, so the hamstrings
work at a shorter length.
""",
        "steps": """\
1. Set the machine so your knees line up with its pivot, just off the end of the bench, and the pad sits just above your heels.
2. Lie face down, hold the handles and press your hips into the bench.
3. Curl your heels towards your buttocks as far as they go.
4. Lower the weight slowly until your knees are almost straight, then repeat.
""",
        "mistakes": """\
- Lifting the hips off the bench to finish the rep.
- Dropping the weight instead of lowering it.
- Stopping short of a full curl.
""",
        "safety": """\
Line your knees up with the machine's pivot and keep your hips on the bench throughout. Lower
the weight under control rather than letting it drop.
""",
        "cues": """\
- Hips down on the bench.
- Squeeze your heels towards your buttocks.
- Slow on the way down.
- If this curl hurts and the seated one does not (or the other way round), keep to the one that feels good.
""",
        "actions": ["knee-flexion"],
        "involvements": [
            (slug, "primary", "Grew with lying curls too, though less than with seated curls in a 12-week study (MRI).")
            for slug in HIP_HAMSTRINGS
        ]
        + [
            (
                "biceps-femoris-short-head",
                "primary",
                "Knee flexion is the only way to train it; it grew about as much with lying as with seated curls.",
            )
        ],
        "substitutes": ["seated-leg-curl"],
    },
    {
        "slug": "nordic-hamstring",
        "name": "Nordic hamstring exercise",
        "aliases": "Nordic curl, Nordic hamstring curl, Nordics",
        "equipment": "bodyweight",
        "mechanics": "isolation",
        "summary": (
            "A kneeling bodyweight exercise in which the hamstrings brake your fall forwards; a good choice "
            "if you can do it, but most people cannot do several full reps."
        ),
        "description": """\
Kneel with your ankles held down by a partner or a pad. Keeping your hips straight, lower your
upper body towards the floor as slowly as you can, braking with your hamstrings. The lowering
(eccentric) half is the heart of the exercise; pulling yourself back up is far harder.
""",
        "steps": """\
1. Kneel on a soft pad with your ankles held firmly under a bar, a padded support or a partner's hands.
2. Straighten your hips so your knees, hips and shoulders form a line, and hold your hands ready in front of your chest.
3. Lean forwards from the knees, keeping that line, and resist the fall with your hamstrings for as long as you can.
4. When you can no longer hold it, catch yourself with your hands.
5. Push yourself back up with your hands, using your hamstrings as much as you can, and repeat.
""",
        "mistakes": """\
- Bending at the hips, which takes work off the hamstrings.
- Giving up and dropping once the lean gets hard, instead of fighting it.
- Doing many sets in the first sessions.
""",
        "safety": """\
Kneel on a soft pad and make sure your ankles cannot slip free. Keep your hands ready to catch
yourself. If the exercise is new to you, start with few sets and reps and build up over
several weeks.
""",
        "cues": """\
- Straight line from knees to shoulders.
- Lower as slowly as you can.
- Catch, push back up, reset.
""",
        "actions": ["knee-flexion"],
        "involvements": [(slug, "primary", "") for slug in HIP_HAMSTRINGS + ["biceps-femoris-short-head"]],
        "substitutes": [],
    },
    # Hip and knee extension
    {
        "slug": "squat",
        "name": "Barbell back squat",
        "aliases": "squat, back squat, barbell squat",
        "equipment": "barbell",
        "mechanics": "compound",
        "summary": (
            "A barbell lift that straightens the hips and knees together: a great builder of the vasti, "
            "glutes and adductors, but not of the hamstrings, and little of the rectus femoris."
        ),
        "description": """\
With a barbell across your upper back, you sit down between your heels by bending the hips and
knees together, then stand back up. It trains knee extension (the vasti of the quadriceps) and
hip extension (the glutes and the adductors).
""",
        "steps": """\
1. Set the bar in a rack at about mid-chest height, step under it and rest it across your upper back, hands just outside your shoulders.
2. Stand up to lift the bar off the hooks, step back and set your feet about shoulder-width apart, toes turned slightly out.
3. Take a breath and brace your trunk.
4. Bend your hips and knees together, knees travelling out over your toes, and sit down between your heels as deep as you can with your back flat.
5. Drive up through your whole foot to stand tall, then breathe and repeat.
""",
        "mistakes": """\
- Letting the knees fall inwards.
- Cutting depth short to lift more weight.
- Letting the heels lift or the lower back round at the bottom.
- Tipping so far forwards that the squat turns into a good morning.
""",
        "safety": """\
Squat inside a rack with the safety bars set just below your lowest point, so you can set the
bar down if a rep fails. Keep your trunk braced and your back flat, and go only as deep as your
technique allows.
""",
        "cues": """\
- Brace, then sit down between your heels.
- Knees out over the toes.
- Whole foot on the floor.
- Stand up as fast as you can control.
""",
        "actions": ["hip-extension", "knee-extension"],
        "involvements": [
            (
                "vastus-lateralis",
                "primary",
                "Grew after 7 weeks of parallel squats, with a moderate to large effect.",
            ),
            (
                "vastus-medialis",
                "primary",
                "Grew near the knee and at mid-thigh after 8 weeks of heavy parallel squats, and in a 7-week squat study.",
            ),
            (
                "vastus-intermedius",
                "primary",
                "Grew after 7 weeks of parallel squats, with a small effect.",
            ),
            (
                "rectus-femoris",
                "secondary",
                "Little or no growth: unchanged after 10 weeks (MRI) and 8 weeks (ultrasound) of squats, small growth in "
                "one 7-week study; it is also less active than the vasti in a squat.",
            ),
            (
                "semitendinosus",
                "not_trained",
                "Whole-hamstring volume did not change after 10 weeks of squats (MRI); this muscle was not measured on its own.",
            ),
            (
                "semimembranosus",
                "not_trained",
                "Whole-hamstring volume did not change after 10 weeks of squats (MRI); this muscle was not measured on its own.",
            ),
            (
                "biceps-femoris-long-head",
                "not_trained",
                "Whole-hamstring volume did not change after 10 weeks of squats (MRI); the long head was not measured "
                "on its own.",
            ),
            (
                "biceps-femoris-short-head",
                "not_trained",
                "Whole-hamstring volume did not change after 10 weeks of squats (MRI); the short head was not measured on its own.",
            ),
        ],
        "substitutes": ["leg-press"],
    },
    {
        "slug": "leg-press",
        "name": "Leg press",
        "aliases": "leg press machine, sled leg press",
        "equipment": "machine",
        "mechanics": "compound",
        "summary": (
            "A machine press that straightens the hips and knees together: a strong vasti exercise without a "
            "bar on your back, but, like the squat, a weak one for the rectus femoris."
        ),
        "description": """\
Sitting in the machine with your feet on a platform, you lower the platform by bending your
hips and knees, then push it away until your legs are almost straight. The machine supports
your trunk, so you can push your legs hard without balancing a bar.
""",
        "steps": """\
1. Sit with your back and hips flat against the pad and your feet about hip-width apart in the middle of the platform.
2. Push the platform up and release the safety handles.
3. Lower the platform under control by bending your knees towards your chest, as far as you can without your hips lifting off the seat.
4. Push through your whole foot until your knees are almost straight.
5. At the end of the set, lock the safety handles before you take your feet off the platform.
""",
        "mistakes": """\
- Letting the hips roll off the pad at the bottom.
- Cutting the range short to move more weight.
- Letting the knees cave inwards.
- Snapping the knees straight at the top.
""",
        "safety": """\
Set the machine's safety stops if it has them, and lock the handles before you step out. Go
only as deep as you can while your lower back stays against the pad, and keep a slight bend in
your knees at the top.
""",
        "cues": """\
- Back and hips stay on the pad.
- Knees in line with your toes.
- Push through the whole foot.
- Control the way down.
""",
        "actions": ["hip-extension", "knee-extension"],
        "involvements": [
            (
                "vastus-lateralis",
                "primary",
                "More active in the leg press than in the leg extension in trained men at 6RM (EMG).",
            ),
            ("vastus-medialis", "primary", "About as active in the leg press as in the leg extension (EMG)."),
            (
                "vastus-intermedius",
                "primary",
                "Not measured in the leg press studies cited here; like the other vasti it crosses only the knee, which the "
                "leg press straightens under load.",
            ),
            (
                "rectus-femoris",
                "secondary",
                "Less active in the leg press than in the leg extension, and no more active as a heavy set got harder (EMG).",
            ),
        ],
        "substitutes": ["squat"],
    },
    # Quadriceps: knee extension
    {
        "slug": "leg-extension",
        "name": "Leg extension",
        "aliases": "knee extension, quad extension, leg extension machine",
        "equipment": "machine",
        "mechanics": "isolation",
        "summary": "A machine exercise that straightens the knee while the hip stays still; unlike squats and leg presses, it grows the rectus femoris.",
        "description": """\
Sitting in the machine with a pad against your lower shins, you straighten your knees to lift
the pad, then lower it under control. The hip does not move, so the knee extensors do all the
work, the rectus femoris included.
""",
        "steps": """\
1. Set the backrest so your knees line up with the machine's pivot, and recline it if the machine allows.
2. Set the pad so it rests on the front of your lower shins, just above the ankles.
3. Hold the handles and keep your hips down in the seat.
4. Straighten your knees until your legs are straight.
5. Lower the pad slowly all the way back to the bent-knee position, then repeat.
""",
        "mistakes": """\
- Skipping the bottom of the rep, where the knee is most bent.
- Swinging the weight up and letting it drop.
- Lifting the hips off the seat.
""",
        "safety": """\
Line your knee up with the machine's pivot before you start, and add weight in small steps. If
the movement hurts your knee, lighten the load; stop if it still hurts.
""",
        "cues": """\
- Knee in line with the pivot.
- Lean back if the seat allows.
- Full bend at the bottom.
- Slow on the way down.
""",
        "actions": ["knee-extension"],
        "involvements": [
            (
                "rectus-femoris",
                "primary",
                "More active here than in the leg press (EMG), and after 12 weeks of knee extension training it had grown "
                "more, relative to its size, than the vasti (MRI).",
            ),
            (
                "vastus-lateralis",
                "primary",
                "Trained here, though it was more active in the leg press in trained men (EMG) and grew relatively less than "
                "the rectus femoris with knee extension training (MRI).",
            ),
            ("vastus-medialis", "primary", "About as active here as in the leg press (EMG)."),
            (
                "vastus-intermedius",
                "primary",
                "Grew relatively less than the rectus femoris after 12 weeks of knee extension training (MRI).",
            ),
        ],
        "substitutes": [],
    },
    # Left out of the quadriceps workout
    {
        "slug": "hip-thrust",
        "name": "Hip thrust",
        "aliases": "barbell hip thrust",
        "equipment": "barbell",
        "mechanics": "compound",
        "summary": "A barbell hip-extension exercise for the glutes; squats grew the quadriceps more in a head-to-head study.",
        "description": """\
With your upper back on a bench and a padded barbell across your hips, you lower your hips
towards the floor and drive them up until your body is level from shoulders to knees. The
knees stay bent and barely move, so the work happens at the hip.
""",
        "steps": """\
1. Sit on the floor with your upper back against the edge of a bench and a padded barbell across your hips.
2. Plant your feet flat, about hip-width apart, so your shins are roughly upright at the top of the lift.
3. Brace your trunk and drive through your heels to lift your hips until your body is level from shoulders to knees.
4. Pause at the top, squeezing your glutes, without arching your lower back.
5. Lower your hips under control and repeat.
""",
        "mistakes": """\
- Arching the lower back at the top instead of finishing with the hips.
- Placing the feet too far away or too close.
- Bouncing the hips off the floor.
""",
        "safety": """\
Use a bar pad or a folded mat across your hips, and make sure the bench cannot slide. Finish
each rep with your hips, not by arching your lower back.
""",
        "cues": """\
- Chin tucked, ribs down.
- Drive through your heels.
- Squeeze your glutes at the top.
""",
        "actions": ["hip-extension"],
        "involvements": [
            (
                slug,
                "secondary",
                "Squats grew the quadriceps more than hip thrusts in a 9-week study with matched sets, which measured the "
                "quadriceps as a group.",
            )
            for slug in ["vastus-lateralis", "vastus-medialis", "vastus-intermedius", "rectus-femoris"]
        ]
        + [SHORT_HEAD_NO_HIP],
        "substitutes": [],
    },
    {
        "slug": "deadlift",
        "name": "Deadlift",
        "aliases": "conventional deadlift, barbell deadlift",
        "equipment": "barbell",
        "mechanics": "compound",
        "summary": "A barbell lift from the floor to standing, driven mostly from the hips; this site does not count it as a quadriceps exercise.",
        "description": """\
You lift a loaded barbell from the floor to standing by straightening your hips and knees,
then lower it back down. The hips do most of the work while your back stays rigid; the knees
straighten as the bar leaves the floor.
""",
        "steps": """\
1. Stand with the bar over the middle of your feet, feet about hip-width apart.
2. Hinge down and grip the bar just outside your legs, then bend your knees until your shins touch the bar.
3. Set your back flat, brace your trunk and pull the slack out of the bar.
4. Push the floor away and drive your hips forwards, keeping the bar against your legs, until you stand tall.
5. Lower the bar by pushing your hips back first, then bend your knees once the bar has passed them.
""",
        "mistakes": """\
- Rounding the back as the bar leaves the floor.
- Letting the bar drift forwards, away from the legs.
- Jerking the bar off the floor instead of pulling the slack out first.
- Leaning back at the top.
""",
        "safety": """\
Keep your back flat and the bar close from start to finish. Build the weight up gradually, and
end a set when your technique starts to break down.
""",
        "cues": """\
- Bar over the middle of the foot.
- Chest up, back flat.
- Push the floor away.
- Hips through at the top.
""",
        "actions": ["hip-extension", "knee-extension"],
        "involvements": [
            (
                slug,
                "secondary",
                "The knees straighten as the bar leaves the floor, but no training study of the deadlift's effect on "
                "quadriceps size was found for this site.",
            )
            for slug in ["vastus-lateralis", "vastus-medialis", "vastus-intermedius"]
        ]
        + [
            (
                slug,
                "secondary",
                "Helps extend the hip; how much the deadlift grows it was not measured in the studies cited here.",
            )
            for slug in HIP_HAMSTRINGS
        ]
        + [SHORT_HEAD_NO_HIP],
        "substitutes": [],
    },
]

GUIDE_EXERCISES = {
    # guide slug: [(exercise slug, verdict, reason (Markdown), position)]
    "hamstrings": [
        (
            "romanian-deadlift",
            "recommended",
            """\
This is the guide's hip-extension exercise. It trains the semitendinosus, the semimembranosus
and the long head of the biceps femoris with heavy loads, and it loads them while they are
lengthened. It cannot reach the short head of the biceps femoris, which does not cross the
hip; the two curls take care of that.
""",
            1,
        ),
        (
            "seated-leg-curl",
            "recommended",
            """\
A curl trains knee flexion, the job the Romanian deadlift leaves out, and it reaches all three
hamstring muscles, the short head of the biceps femoris included. In a 12-week study, 20 adults
trained one leg with seated curls and the other with lying curls: whole-hamstring muscle
volume, measured by MRI, grew by 14% with the seated curl against 9% with the lying curl
[@maeo-2021]. Each muscle that crosses both hip and knee grew more with the seated curl, and
the short head, which crosses only the knee, grew about equally with both. The likely reason
is the bent hip, which keeps the hamstrings longer while they work.
""",
            2,
        ),
        (
            "lying-leg-curl",
            "recommended",
            """\
The lying curl trains knee flexion again, with the hip straighter, so the hamstrings work at a
shorter length. It is not here because it beats the seated curl: in the study that compared
them, the seated curl did as well or better for every hamstring muscle [@maeo-2021]. It is
here as a second curl at a different hip angle, done light and for high reps. Doing both
curls may help; the study did not test that. If one of the two hurts and the other does not,
keep to the one that feels good.
""",
            3,
        ),
        (
            "nordic-hamstring",
            "left_out",
            """\
In a meta-analysis of 15 studies with 8,459 athletes, injury prevention programmes that
included the Nordic hamstring exercise saw hamstring injuries at about half the rate of
programmes that did not [@van-dyk-2019]. That evidence is less firm than it sounds: a 2021 reanalysis
found that only 5 of the 15 studies had randomly assigned people to the Nordic, and on those
trials it judged the protective effect inconclusive [@impellizzeri-2021]. It is still a
reasonable choice if you sprint or play a sport such as soccer or American football and want
to lower your risk of a hamstring strain.

Lowering-only Nordics do build the hamstrings, so that is not why the exercise is missing
from the workout. The reason is practical: most people cannot pull themselves back up even
once, let alone for several reps. If you can do it, add it.
""",
            4,
        ),
        (
            "squat",
            "left_out",
            """\
The squat is often sold as a hamstring exercise, but the evidence says otherwise. Standing up
from a squat straightens the hip and the knee together. For the hamstrings that cross both
joints, the two movements cancel out: on the way down the bending hip stretches them while the
bending knee slackens them, and on the way up the reverse happens, so their length barely
changes through the rep. (Some hamstring activity in a squat is normal: working together with
the quadriceps helps protect the knee.)

A training study agrees: ten weeks of squats, two sessions a week, left the volume of the
hamstrings as a whole unchanged (MRI) [@kubo-2019]. A one-session EMG study of 34 college
athletes also recorded the biceps femoris during the squat and five other exercises
[@ebben-2009], but its abstract gives no value for each exercise, so we rest nothing on it.
Squat for your quadriceps, glutes and adductors; the [quadriceps guide](/guides/quadriceps/)
explains how.
""",
            5,
        ),
    ],
    "quadriceps": [
        (
            "squat",
            "recommended",
            """\
The squat is the heavy lift of this guide: it trains knee extension through the vasti and hip
extension through the glutes and adductors. Over 10 weeks of two squat sessions a week, knee
extensor volume grew by about 5%, whether people squatted to full or to half depth
[@kubo-2019], and 8 weeks of heavy parallel squats grew the vasti, the vastus medialis near the
knee and at mid-thigh [@earp-2015]. The rectus femoris is another story: it grew in neither of those
studies, and only one 7-week study found small growth [@kojic-2022]. That is why the workout
adds a leg extension.

Squat as deep as your technique allows (our recommendation). Over 12 weeks, deep squats
increased front-thigh muscle size more than shallow squats [@bloomquist-2013], and full squats
grew the adductors and glutes more than half squats, with similar growth of the knee extensors
[@kubo-2019].
""",
            1,
        ),
        (
            "leg-press",
            "recommended",
            """\
The leg press follows the same pattern as the squat: the hips and knees straighten together.
In EMG studies it worked the vasti at least as hard as the leg extension: no differently in
one [@ema-2016]; in the other, with trained men at their 6RM, the vastus lateralis harder,
while the vastus medialis showed no significant difference [@stien-2021]. The rectus femoris
went the other way: both studies found it less active in the leg press than in the leg
extension [@ema-2016][@stien-2021], and in the first, a leg press at 80% of 1RM activated it
no more than a leg extension at 20% [@ema-2016].
In the workout (our recommendation) it works the vasti a second time, at moderate reps and
without a loaded bar on the spine, so it can still be taken close to failure after the squats.
""",
            2,
        ),
        (
            "leg-extension",
            "recommended",
            """\
The leg extension straightens the knee while the hip stays still, so nothing asks the rectus
femoris to help straighten the hip at the same time. It is more active here than in a leg
press [@ema-2016][@stien-2021], and 12 weeks of knee extension training grew it more, relative
to its size, than the vasti [@wakahara-2017].

Two recommendations. Lower all the way to the bent-knee position: in one study, knee
extensions through only the knee-bent part of the range grew the thigh more at several sites
than full-range or knee-straight reps [@pedrosa-2022]. And recline the backrest if the machine
allows: that straightens the hip, so the rectus femoris works at a longer length. This second
point is reasoning by analogy with the hamstrings, which grew more from curls done at a longer
length [@maeo-2021], not a proven rule for the leg extension.
""",
            3,
        ),
        (
            "hip-thrust",
            "left_out",
            """\
The hip thrust often turns up on leg day, but it is a glute exercise. In a 9-week study of
untrained adults who did the same number of sets, squats grew the quadriceps more than hip
thrusts, while the two grew the glutes about equally [@plotkin-2023]. Keep the hip thrust for
your glutes if you like it; for the quadriceps, the squat trains both.
""",
            4,
        ),
        (
            "deadlift",
            "left_out",
            """\
The deadlift is a fine lift, but it is driven mostly from the hips, and hip extension has its
own guide: the [hamstrings guide](/guides/hamstrings/). We found no training study of how much
the deadlift grows the quadriceps, so leaving it out is our judgement, not a study finding: the
squat and the leg press already give the vasti heavy work.
""",
            5,
        ),
    ],
}

# The movement figure of each exercise: support, implement, and the start and end positions
# as (trunk, hip, knee, ankle) angles in degrees (see exercises/movement.py for what each means).
# Drawn positions of a typical rep, set by eye, not measurements from a study.
MOVEMENTS = {
    "romanian-deadlift": ("standing", "barbell_in_hands", (0, 0, 10, 10), (75, 95, 20, 0)),
    "stiff-legged-deadlift": ("standing", "barbell_in_hands", (0, 0, 0, 0), (80, 85, 5, 0)),
    "good-morning": ("standing", "barbell_on_back", (0, 0, 5, 5), (70, 80, 15, 5)),
    "45-degree-back-extension": ("hips_on_pad", "body_weight", (45, 0, 0, 0), (130, 85, 0, 0)),
    "seated-leg-curl": ("seated", "pad_behind_ankles", (0, 90, 0, 0), (0, 90, 110, 0)),
    "lying-leg-curl": ("lying_face_down", "pad_behind_ankles", (90, 20, 0, -20), (90, 20, 120, -20)),
    "nordic-hamstring": ("kneeling", "body_weight", (0, 0, 90, -40), (70, 0, 20, -40)),
    "squat": ("standing", "barbell_on_back", (0, 0, 0, 0), (40, 115, 115, 40)),
    "leg-press": ("reclined", "foot_plate", (-45, 55, 5, 0), (-45, 120, 100, 20)),
    "leg-extension": ("seated", "pad_on_shins", (-15, 75, 90, 0), (-15, 75, 0, 0)),
    "hip-thrust": ("back_on_bench", "barbell_on_hips", (-40, 80, 100, -20), (-85, 0, 85, 0)),
    "deadlift": ("standing", "barbell_in_hands", (55, 95, 70, 30), (0, 0, 0, 0)),
}
