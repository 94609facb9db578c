"""Seed content for the studies app: the studies the guides cite.

Plain data. Citation details come from the fact sheets in shared/content/; a detail
the sheets mark unverified, and that could not be confirmed on a primary page, is
left empty for an editor to fill in. Authors are written without a final full stop
(the site adds ". " after them).
"""

STUDIES = [
    # Hamstrings
    {
        "slug": "maeo-2021",
        "authors": "Maeo S, et al",
        "title": (
            "Greater Hamstrings Muscle Hypertrophy but Similar Damage Protection after Training at Long "
            "versus Short Muscle Lengths"
        ),
        "journal": "Med Sci Sports Exerc",
        "year": 2021,
        "volume": "53",
        "issue": "4",
        "pages": "825-837",
        "doi": "10.1249/MSS.0000000000002523",
        "design": "within_participant",
        "participants": 20,
        "population": "healthy adults, one leg trained with seated and the other with lying leg curls",
        "training_status": "not_stated",
        "duration": "12 weeks, twice a week (5 sets of 10 at 70% of 1RM)",
        "measure": "Muscle volume by MRI, whole hamstrings and each muscle",
        "finding": (
            "Whole-hamstring volume grew more with seated than with lying leg curls (+14% against +9%), "
            "as did each muscle that crosses hip and knee, while the short head of the biceps femoris, "
            "which crosses only the knee, grew about equally (+10% against +9%). Both kinds of training "
            "gave similar protection against muscle damage, as the paper's title reports."
        ),
    },
    {
        "slug": "van-dyk-2019",
        "authors": "van Dyk N, Behan FP, Whiteley R",
        "title": (
            "Including the Nordic hamstring exercise in injury prevention programmes halves the rate of "
            "hamstring injuries: a systematic review and meta-analysis of 8459 athletes"
        ),
        "journal": "Br J Sports Med",
        "year": 2019,
        "volume": "53",
        "issue": "21",
        # Start page confirmed on the journal's page; the end page was seen only in secondary lists.
        "pages": "1362",
        "doi": "10.1136/bjsports-2018-100045",
        "design": "meta_analysis",
        "participants": 8459,
        "population": "athletes of both sexes in various sports (15 studies)",
        "training_status": "not_stated",
        "duration": "No single duration: it pooled 15 studies",
        "measure": "Hamstring injury incidence or rate",
        "finding": (
            "Across 15 studies of 8,459 athletes, injury prevention programmes that included the Nordic "
            "hamstring exercise saw hamstring injuries at about half the rate of programmes without it "
            "(risk ratio 0.49, 95% CI 0.32 to 0.74)."
        ),
    },
    {
        "slug": "impellizzeri-2021",
        "authors": "Impellizzeri FM, McCall A, van Smeden M",
        "title": (
            "Why methods matter in a meta-analysis: a reappraisal showed inconclusive injury preventive "
            "effect of Nordic hamstring exercise"
        ),
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
        "finding": (
            "A reanalysis of the 2019 meta-analysis: only 5 of its 15 studies had randomised people to "
            "the Nordic hamstring exercise. Pooled, they gave a risk ratio of 0.56 (95% CI 0.20 to 1.52), "
            "or 0.59 (0.27 to 1.29) with one newer trial added, so the authors call the protective effect "
            "inconclusive so far."
        ),
    },
    {
        "slug": "ebben-2009",
        "authors": "Ebben WP",
        "title": "Hamstring Activation During Lower Body Resistance Training Exercises",
        "journal": "Int J Sports Physiol Perform",
        "year": 2009,
        "volume": "4",
        "issue": "1",
        "pages": "84-96",
        # The DOI was seen only in secondary lists: left out until the journal's page confirms it.
        "doi": "",
        "design": "acute_emg",
        "participants": 34,
        "population": "college athletes",
        "training_status": "not_stated",
        "duration": "",
        "measure": "EMG of the biceps femoris (hamstrings) and rectus femoris (quadriceps)",
        "finding": (
            "In one session, 34 college athletes did six exercises (the squat, good morning, seated leg curl, "
            "Russian curl, and the stiff-leg deadlift on two legs and on one) while the activity of the "
            "biceps femoris and rectus femoris was recorded. The abstract gives no values for the separate "
            "exercises, so this site does not report how they compared."
        ),
    },
    # Hamstrings and quadriceps
    {
        "slug": "kubo-2019",
        "authors": "Kubo K, Ikebukuro T, Yata H",
        "title": "Effects of squat training with different depths on lower limb muscle volumes",
        "journal": "Eur J Appl Physiol",
        "year": 2019,
        "volume": "119",
        "issue": "9",
        "pages": "1933-1942",
        "doi": "10.1007/s00421-019-04181-y",
        "design": "randomised_trial",
        "participants": 17,
        "population": "males, randomised to full squats (8) or half squats (9)",
        "training_status": "not_stated",
        "duration": "10 weeks, twice a week",
        "measure": "Muscle volume by MRI; full and half squat 1RM",
        "finding": (
            "Knee extensor volume grew by about 5% with full and with half squats (+4.9% and +4.6%), "
            "while neither group's rectus femoris or hamstrings changed in volume. The adductors and "
            "gluteus maximus grew more with full squats (+6.2% and +6.7%) than with half squats (+2.7% "
            "and +2.2%)."
        ),
    },
    # Quadriceps
    {
        "slug": "earp-2015",
        "authors": "Earp JE, Newton RU, Cormie P, Blazevich AJ",
        "title": "Inhomogeneous quadriceps femoris hypertrophy in response to strength and power training",
        "journal": "Med Sci Sports Exerc",
        "year": 2015,
        "volume": "47",
        "issue": "11",
        "pages": "2389-2397",
        "doi": "10.1249/MSS.0000000000000669",
        "design": "randomised_trial",
        "participants": 36,
        "population": "men who were not strength-trained, in four groups (heavy squats, two jump-squat groups, control)",
        "training_status": "untrained",
        "duration": "8 weeks",
        "measure": "Cross-sectional area by ultrasound near the knee, at mid-thigh and near the hip",
        "finding": (
            "The vasti grew (the vastus medialis, for one, near the knee and at mid-thigh with heavy "
            "squats), but the rectus femoris did not grow at any of the three places measured."
        ),
    },
    {
        "slug": "ema-2016",
        "authors": "Ema R, Sakaguchi M, Akagi R, Kawakami Y",
        "title": "Unique activation of the quadriceps femoris during single- and multi-joint exercises",
        "journal": "Eur J Appl Physiol",
        "year": 2016,
        "volume": "",
        "issue": "5",
        "pages": "",
        "doi": "10.1007/s00421-016-3363-5",
        "design": "acute_emg",
        "participants": None,
        "population": "three experiments: 11 adults, 15 men and 14 men",
        "training_status": "not_stated",
        "duration": "",
        "measure": "Surface EMG of the rectus femoris, vastus lateralis and vastus medialis",
        "finding": (
            "The rectus femoris was less active in the leg press than in the knee extension (the vasti "
            "were not); in a leg press at 80% of 1RM it was no more active than in a knee extension at "
            "20%, it did not rise with fatigue as the vasti did, and adding a hip-extension effort lowered it."
        ),
    },
    {
        "slug": "stien-2021",
        "authors": "Stien N, Saeterbakken AH, Andersen V",
        "title": (
            "Electromyographic comparison of five lower-limb muscles between single- and multi-joint "
            "exercises among trained men"
        ),
        "journal": "J Sports Sci Med",
        "year": 2021,
        "volume": "20",
        "issue": "",
        "pages": "56-61",
        "doi": "10.52082/jssm.2021.56",
        "design": "acute_emg",
        "participants": 15,
        "population": "resistance-trained men",
        "training_status": "trained",
        "duration": "",
        "measure": "Surface EMG of five hip and knee extensors at each exercise's 6RM",
        "finding": (
            "With each exercise done one leg at a time at 6RM (leg press, knee extension, kickback), the "
            "vastus lateralis was more active in the leg press and the rectus femoris more active in the knee "
            "extension, while the vastus medialis did not differ significantly between the two."
        ),
    },
    {
        "slug": "ema-2017",
        "authors": "Ema R, Takayama H, Miyamoto N, Akagi R",
        "title": (
            "Effect of prolonged vibration to synergistic and antagonistic muscles on the rectus femoris "
            "activation during multi-joint exercises"
        ),
        "journal": "Eur J Appl Physiol",
        "year": 2017,
        "volume": "",
        "issue": "10",
        "pages": "",
        "doi": "",
        "design": "acute_emg",
        "participants": 14,
        "population": "men",
        "training_status": "not_stated",
        "duration": "",
        "measure": "Surface EMG of the rectus femoris, vastus lateralis and vastus medialis during parallel squats",
        "finding": (
            "During parallel squats the rectus femoris was significantly less active than the vastus "
            "lateralis and vastus medialis, and vibrating neighbouring muscles to damp reflex inhibition "
            "did not raise it, so that reflex does not seem to explain its low activity."
        ),
    },
    {
        "slug": "wakahara-2017",
        "authors": "Wakahara T, Ema R, Miyamoto N, Kawakami Y",
        "title": (
            "Inter- and intramuscular differences in training-induced hypertrophy of the quadriceps "
            "femoris: association with muscle activation during the first training session"
        ),
        "journal": "Clin Physiol Funct Imaging",
        "year": 2017,
        "volume": "37",
        "issue": "4",
        "pages": "405-412",
        "doi": "10.1111/cpf.12318",
        "design": "single_group",
        "participants": 11,
        "population": "young men",
        "training_status": "not_stated",
        "duration": "12 weeks of knee extension training",
        "measure": "Muscle volume and cross-sectional area by MRI",
        "finding": (
            "After 12 weeks of knee extension training, the rectus femoris gained significantly more "
            "volume, relative to its size, than the three vasti."
        ),
    },
    {
        "slug": "bloomquist-2013",
        "authors": "Bloomquist K, Langberg H, Karlsen S, Madsgaard S, Boesen M, Raastad T",
        "title": "Effect of range of motion in heavy load squatting on muscle and tendon adaptations",
        "journal": "Eur J Appl Physiol",
        "year": 2013,
        "volume": "113",
        "issue": "8",
        "pages": "2133-2142",
        "doi": "10.1007/s00421-013-2642-7",
        "design": "randomised_trial",
        "participants": 17,
        "population": "male students, randomised to deep squats (8) or shallow squats (9)",
        "training_status": "not_stated",
        "duration": "12 weeks, progressive and repetition-matched",
        "measure": "Thigh muscle cross-sectional area; 1RM, isometric strength and jumps",
        "finding": (
            "Deep squats (to 120 degrees of knee bend) enlarged the front-thigh muscles' cross-sectional area "
            "more than shallow squats (to 60 degrees) did (the abstract gives 4-7%), and improved isometric "
            "knee extension strength and squat-jump height more."
        ),
    },
    {
        "slug": "kojic-2022",
        "authors": "Kojic F, Ranisavljev I, Obradovic M, Mandic D, Pelemis V, Paloc M, Duric S",
        "title": "Does back squat exercise lead to regional hypertrophy among quadriceps femoris muscles?",
        "journal": "Int J Environ Res Public Health",
        "year": 2022,
        "volume": "19",
        "issue": "23",
        "pages": "16226",
        "doi": "10.3390/ijerph192316226",
        "design": "single_group",
        "participants": 18,
        "population": "university students, 9 of them women",
        "training_status": "not_stated",
        "duration": "7 weeks of parallel squats, twice a week",
        "measure": "Cross-sectional area of each of the four quadriceps muscles",
        "finding": (
            "All four quadriceps muscles grew, the rectus femoris included (a small effect, as for the "
            "vastus intermedius), and none of the four grew significantly more than the others."
        ),
    },
    {
        "slug": "pedrosa-2022",
        "authors": "Pedrosa GF, et al",
        "title": (
            "Partial range of motion training elicits favorable improvements in muscular adaptations when "
            "carried out at long muscle lengths"
        ),
        "journal": "Eur J Sport Sci",
        "year": 2022,
        "volume": "22",
        "issue": "8",
        "pages": "1250-1260",
        "doi": "10.1080/17461391.2021.1927199",
        "design": "randomised_trial",
        "participants": 45,
        "population": "untrained women, in four knee extension groups and a control group",
        "training_status": "untrained",
        "duration": "Not given in the abstract",
        "measure": "Rectus femoris and vastus lateralis cross-sectional area, at four points from 40% to 70% of femur length",
        "finding": (
            "Knee extensions through only the knee-bent part of the range (100 to 65 degrees) gave more "
            "thigh growth at several sites than full-range or knee-straight partial reps, and the "
            "knee-straight partial group changed about as much as the controls at two of the sites."
        ),
    },
    {
        "slug": "plotkin-2023",
        "authors": "Plotkin DL, et al",
        "title": (
            "Hip thrust and back squat training elicit similar gluteus muscle hypertrophy and transfer "
            "similarly to the deadlift"
        ),
        "journal": "Front Physiol",
        "year": 2023,
        "volume": "14",
        "issue": "",
        "pages": "1279170",
        "doi": "10.3389/fphys.2023.1279170",
        "design": "randomised_trial",
        "participants": 34,
        "population": "college-aged adults, randomised to hip thrusts (18) or back squats (16)",
        "training_status": "untrained",
        "duration": "9 weeks (15-17 sessions), sets matched between groups",
        "measure": "Muscle cross-sectional area by MRI; 3RM strength",
        "finding": (
            "With the same number of sets, hip thrusts and back squats grew the glutes similarly, while "
            "squats grew the quadriceps and the adductors more."
        ),
    },
    # Training principles (hypertrophy training in general)
    {
        "slug": "schoenfeld-2016-frequency",
        "authors": "Schoenfeld BJ, Ogborn D, Krieger JW",
        "title": (
            "Effects of resistance training frequency on measures of muscle hypertrophy: a systematic "
            "review and meta-analysis"
        ),
        "journal": "Sports Med",
        "year": 2016,
        "volume": "46",
        "issue": "11",
        "pages": "1689-1697",
        "doi": "10.1007/s40279-016-0543-8",
        "design": "meta_analysis",
        "participants": None,
        "population": "10 training studies",
        "training_status": "not_stated",
        "duration": "No single duration: it pooled 10 studies",
        "measure": "Hypertrophy effect size",
        "finding": (
            "Across 10 studies, training a muscle group more often each week gave a larger hypertrophy "
            "effect than training it less often (effect size 0.49 against 0.30)."
        ),
    },
    {
        "slug": "schoenfeld-2017",
        "authors": "Schoenfeld BJ, Grgic J, Ogborn D, Krieger JW",
        "title": (
            "Strength and hypertrophy adaptations between low- vs. high-load resistance training: a "
            "systematic review and meta-analysis"
        ),
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
        "finding": (
            "With sets taken to failure, low loads (60% of 1RM or less) and high loads built similar "
            "muscle, while high loads gave greater gains in 1RM strength."
        ),
    },
    {
        "slug": "schoenfeld-2016-rest",
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
        "finding": (
            "Resting 3 minutes between sets grew the front of the thigh more than resting 1 minute, and "
            "gave larger squat and bench press 1RM gains."
        ),
    },
]
