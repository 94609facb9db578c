"""Seed content for the pages app: About, Privacy and Contact.

The privacy page says what the newsletter app stores (newsletter/models.py,
newsletter/ratelimit.py, newsletter/tasks.py); an editor who changes what is
collected must change this page too.
"""

PAGES = [
    {
        "slug": "about",
        "title": "About Muscle Guide",
        "summary": "Who writes Muscle Guide, how the guides are checked against the studies they cite, and what the site is not.",
        "body": """\
Muscle Guide teaches you how to train one muscle group at a time: how the muscles are built,
which exercises train them and why, which popular exercises are left out and why, and a
workout that puts it together.

**Who writes it.** The guides are written and checked by the Muscle Guide editors. Where a
guide follows a published article, its *Sources* line names it.

**How claims are checked.** Every research claim links to the study behind it, and each study
page says what was studied: the design, how many people took part, for how long, and how the
outcome was measured. When we find a claim the evidence does not support, we correct it.

**What it is not.** Muscle Guide is education, not medical advice, and not a coach who knows
you. If an exercise hurts, stop and ask a professional.

**No tracking.** Pages load nothing from other sites, set no cookies for readers, and work
without JavaScript. See [privacy](/pages/privacy/) for the one thing we store about
readers who ask us to: a newsletter address.
""",
    },
    {
        "slug": "privacy",
        "title": "Privacy",
        "summary": "What Muscle Guide stores about you (only what the newsletter needs), for how long, and how to be forgotten.",
        "body": """\
Reading the site stores nothing about you: no account, no cookies, no analytics, no
advertising, nothing loaded from other sites.

## The newsletter

If you sign up, we store, for your address only:

- your **email address**;
- its **status** (waiting for confirmation, confirmed, or unsubscribed) and **when** you signed
  up, confirmed and unsubscribed;
- **when you gave consent** and **which wording** of the consent box you agreed to;
- the **page you signed up on**, for example `/guides/hamstrings/`.
- for each newsletter edition sent to you, **whether and when it went out** (or why the mail
  server refused it), so that nobody gets an edition twice.

Until your confirmation email has gone out, a queue of emails to send holds the number of your
row (not your address). To stop floods of signups, the site counts recent signups per address
and per network address for an hour; both are stored only as a one-way hash, and the counts
expire on their own.

We use the address only to send the newsletter you asked for. We do not sell it, share it or
use it for advertising.

## How to be forgotten

- **Unsubscribe** with the link at the bottom of any newsletter email: one click, no login. We
  keep the address marked *unsubscribed*, with the date, so that no email is ever sent to it
  again.
- **Delete it entirely**: ask us (see [contact](/pages/contact/)) and the editors who manage
  the newsletter delete your row. Nothing about you is left.

An address that signs up but never confirms gets no newsletter, and is deleted, with everything
about it, a week after it signed up (its confirmation link works for three days).
""",
    },
    {
        "slug": "contact",
        "title": "Contact",
        "summary": "How to reach the Muscle Guide editors: corrections, questions, and requests to delete your newsletter address.",
        "body": """\
**Found a mistake?** If a guide says something a cited study does not support, or a study's
details are wrong, write to the editors (below): we check it against the study and correct the guide.

**Newsletter readers**: to stop the emails at once, use the unsubscribe link at the bottom of any
of them. To have your address deleted entirely, write to the editors (see [privacy](/pages/privacy/)).

We cannot give personal training or medical advice.
""",
    },
]
