"""The rest between sets in words, as the gym sheet prints it (workouts.duration.rest_in_words)."""

import pytest

from workouts.duration import rest_in_words


@pytest.mark.parametrize(
    "low,high,words",
    [
        (None, None, ""),
        (120, 180, "2–3 min"),
        (120, None, "2 min"),
        (120, 120, "2 min"),
        (90, None, "90 s"),
        (60, 90, "60–90 s"),
        (45, 60, "45–60 s"),
    ],
)
def test_whole_minutes_read_as_minutes_and_anything_else_as_seconds(low, high, words):
    assert rest_in_words(low, high) == words
