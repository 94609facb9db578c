from django.contrib import admin

from core.admin import TextBoxesMixin

from .models import FOOTER_PAGES, Page


@admin.register(Page)
class PageAdmin(TextBoxesMixin, admin.ModelAdmin):
    list_display = ("title", "slug", "updated_at")
    search_fields = ("title", "body")
    prepopulated_fields = {"slug": ("title",)}

    def has_delete_permission(self, request, obj=None):
        """The footer links to the about, privacy and contact pages on every page: they cannot be deleted."""
        if obj is not None and obj.slug in FOOTER_PAGES:
            return False
        return super().has_delete_permission(request, obj)

    def get_readonly_fields(self, request, obj=None):
        """A footer page keeps its slug, so its link keeps working."""
        return ("slug",) if obj is not None and obj.slug in FOOTER_PAGES else ()

    def get_prepopulated_fields(self, request, obj=None):
        return {} if obj is not None and obj.slug in FOOTER_PAGES else self.prepopulated_fields
