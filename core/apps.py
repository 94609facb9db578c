from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps


class CoreConfig(AppConfig):
    """What every app shares and that holds no domain: page cache, Markdown, images, SEO, admin mixins."""

    default = True  # this module also holds the admin's AppConfig
    default_auto_field = "django.db.models.BigAutoField"
    name = "core"
    verbose_name = "Site"

    def ready(self):
        from . import checks, housekeeping, page_cache  # noqa: F401 - importing checks registers them

        page_cache.connect_signals()
        housekeeping.register(page_cache.replay_owed_refreshes)  # refreshes the cache missed, for every process


class AdminConfig(admin_apps.AdminConfig):
    """Django's admin on the site's own ``AdminSite`` (labelled autocompletes, see ``core.admin_site``)."""

    default = False  # named in INSTALLED_APPS in place of django.contrib.admin
    default_site = "core.admin_site.MuscleGuideAdminSite"
