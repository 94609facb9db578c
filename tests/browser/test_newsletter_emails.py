"""The emails' HTML on a 320 px phone: nothing wider than the screen, however long the links."""

import pytest
from django.utils import timezone

from newsletter import editions
from newsletter.emails import confirmation_message
from newsletter.models import Edition, Subscriber

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

SITE = "https://muscleguide.example"


def width_at_320(page, html):
    page.set_viewport_size({"width": 320, "height": 640})
    page.set_content(html)
    return page.evaluate("document.documentElement.scrollWidth")


def test_the_confirmation_email_fits_a_phone(page):
    reader = Subscriber.objects.create(
        email="a.rather.long.address.indeed@example.com", consent_at=timezone.now(), consent_version="x"
    )
    html = confirmation_message(reader, SITE).alternatives[0][0]
    assert width_at_320(page, html) <= 320


def test_an_edition_email_fits_a_phone(page, seeded):
    reader = Subscriber.objects.create(email="ann@example.com", consent_at=timezone.now(), consent_version="x")
    edition = Edition.objects.create(
        subject="A subject long enough to wrap on a narrow screen, as subjects often are",
        body=(
            "Long lengths [@maeo-2021]. A bare link: "
            "https://muscleguide.example/exercises/romanian-deadlift/?with=a-very-long-query-string-that-goes-on\n\n"
            "- a list item\n- [a link](/guides/hamstrings/)"
        ),
    )
    edition.guides.set(edition.guides.model.objects.filter(slug="hamstrings"))
    message = editions.message(editions.prepare(edition, SITE), reader, SITE)
    assert width_at_320(page, message.alternatives[0][0]) <= 320
