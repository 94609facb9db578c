"""A list in the admin asked for with a date or a sort it cannot apply: Django's "invalid lookup" answer, never a 500.

A superuser typing or editing a list's address reached these (bad-input review).
"""

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "url",
    [
        "/admin/articles/musclegroup/?published_at__year=99999",  # no such year
        "/admin/workouts/workout/?published_at__year=99999",
        "/admin/articles/glossaryterm/?published_at__year=99999",
        "/admin/newsletter/subscriber/?created_at__year=99999999999999999999",  # past what a date holds
        "/admin/axes/accesslog/?attempt_time__year=99999999999999999999",
        "/admin/core/slugredirect/?o=3",  # a column that cannot be sorted
    ],
)
def test_a_list_address_the_admin_cannot_apply_is_an_invalid_lookup_not_a_500(admin_client, url):
    response = admin_client.get(url)
    assert response.status_code == 302
    assert response["Location"].endswith("?e=1")
    assert admin_client.get(response["Location"]).status_code == 200
