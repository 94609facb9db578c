"""The consent wording readers tick, kept by version.

Each subscriber row stores the version it agreed to. Never edit a published
wording in place: add a new version and point ``CURRENT_VERSION`` at it, so
the record of what each reader agreed to stays true.
"""

WORDINGS = {
    "2026-11": (
        "Yes, email me weekly training tips and a short note when a new guide appears. "
        "I can unsubscribe with one click from any email."
    ),
}

CURRENT_VERSION = "2026-11"


def current_wording():
    return WORDINGS[CURRENT_VERSION]


def wording(version):
    """The text of a stored version, or an empty string for a version this code does not know."""
    return WORDINGS.get(version, "")
