from django.conf import settings


def site(request):
    """The site's name, for the header, titles and social tags."""
    return {"site_name": settings.SITE_NAME}
