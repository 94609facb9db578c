from django.conf import settings
from django.views.generic import DetailView

from core.seo import Crumb, SeoMixin

from .models import Page


class PageView(SeoMixin, DetailView):
    """An editor-written site page: about the site, privacy, how to reach the editors."""

    model = Page
    template_name = "pages/page_detail.html"
    context_object_name = "page"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["editors_email"] = settings.EDITORS_EMAIL
        return context

    def get_breadcrumbs(self, context):
        page = context["page"]
        return [Crumb(page.title, page.get_absolute_url())]
