"""How long a workout takes, estimated from the numbers its editor entered.

The estimate adds, for each exercise, its sets (a rep taken as 3 to 4
seconds, lifting and lowering under control; a timed set its seconds), the
rest the editor set between its sets, and 1 to 2 minutes to move to it and set
it up; then the warm-up the editor gave in minutes. Low ends go with low ends
and high with high, and each end is rounded to five minutes: a range,
because people rest and move at their own pace. Without a rest on every
exercise there is no estimate: a guess at the rest would be most of the number.
"""

from dataclasses import dataclass

SECONDS_PER_REP = (3, 4)
SETUP_SECONDS = (60, 120)  # walking to the next exercise, setting the weight and the seat
ROUNDING_MINUTES = 5

EXPLANATION = (
    "Estimated from the sets and reps (3-4 seconds a rep), the rest between sets, 1-2 minutes to set up each "
    "exercise, and the warm-up."
)


@dataclass(frozen=True)
class SessionLength:
    low_minutes: int
    high_minutes: int
    with_warm_up: bool = True

    explanation = EXPLANATION

    def __str__(self):
        return f"about {self.low_minutes}–{self.high_minutes} minutes"

    @property
    def sentence(self):
        return f"About {self.low_minutes}–{self.high_minutes} minutes, " + (
            "warm-up included." if self.with_warm_up else "plus the warm-up."
        )


def set_seconds(item, bound):
    """One set of ``item`` at its low (0) or high (1) end, in seconds."""
    count = item.reps_min if bound == 0 else (item.reps_max or item.reps_min)
    return count if item.unit == "seconds" else count * SECONDS_PER_REP[bound]


def session_length(items, warm_up_minutes):
    """A ``SessionLength`` for ``items`` (with ``rest_min``/``rest_max`` in seconds), or None if a rest is missing."""
    items = list(items)
    if not items or any(item.rest_min is None for item in items):
        return None
    totals = []
    for bound in (0, 1):
        seconds = (warm_up_minutes or 0) * 60
        for item in items:
            rest = item.rest_min if bound == 0 else (item.rest_max or item.rest_min)
            seconds += SETUP_SECONDS[bound] + item.sets * set_seconds(item, bound) + (item.sets - 1) * rest
        totals.append(seconds / 60)
    low = max(ROUNDING_MINUTES, round(totals[0] / ROUNDING_MINUTES) * ROUNDING_MINUTES)
    high = max(low + ROUNDING_MINUTES, round(totals[1] / ROUNDING_MINUTES) * ROUNDING_MINUTES)
    return SessionLength(low, high, with_warm_up=warm_up_minutes is not None)


def rest_in_words(low, high=None):
    """The rest between sets as a reader reads it: '2–3 min', '90 s', '60–90 s'; '' when none is given.

    Whole minutes read as minutes; anything else stays in seconds, so 90 s is never "1.5 min".
    """
    if low is None:
        return ""
    high = high if high is not None else low
    if low % 60 == 0 and high % 60 == 0:
        low, high, unit = low // 60, high // 60, "min"
    else:
        unit = "s"
    return f"{low} {unit}" if low == high else f"{low}–{high} {unit}"
