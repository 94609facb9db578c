from django.urls import reverse
from django.views.generic import DetailView, ListView

from core.pagination import PagedListMixin
from core.seo import Crumb, SeoMixin
from core.structured_data import collection_page
from core.views import RedirectOldSlugMixin

from .models import Citation, Study, citing_models
from .structured_data import study_page


def studies_crumb():
    return Crumb("Studies", reverse("studies:list"))


class StudyListView(PagedListMixin, SeoMixin, ListView):
    """The studies readers can meet on the site: each cited by at least one published page."""

    template_name = "studies/study_list.html"
    context_object_name = "studies"

    def get_queryset(self):
        return Study.objects.visible_to(self.request.user).order_by("-year", "authors", "pk")

    def get_breadcrumbs(self, context):
        return [studies_crumb()]

    def get_structured_data(self, context):
        return [collection_page("Studies", reverse("studies:list"), context["studies"], self.origin)]


def citing_pages(study):
    """The published pages citing ``study``, grouped by kind: ``[(kind, [pages])]``, in app order.

    One query per model that can cite, however many citations there are.
    """
    models = citing_models()
    pages = {}
    for model in models:
        cited = Citation.objects.filter(
            study=study, content_type__app_label=model._meta.app_label, content_type__model=model._meta.model_name
        ).values("object_id")
        for source in model.publicly_cited().filter(pk__in=cited):
            for page in source.citing_pages():
                pages.setdefault(type(page), {})[page.pk] = page
    order = {model: position for position, model in enumerate(models)}
    return [
        (model._meta.verbose_name_plural.capitalize(), sorted(found.values(), key=str))
        for model, found in sorted(pages.items(), key=lambda item: order.get(item[0], len(order)))
    ]


class StudyDetailView(RedirectOldSlugMixin, SeoMixin, DetailView):
    """A study: what was studied and found, the full reference, and every published page that cites it."""

    template_name = "studies/study_detail.html"
    context_object_name = "study"

    def get_queryset(self):
        return Study.objects.visible_to(self.request.user)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["citing_pages"] = citing_pages(self.object)
        return context

    def get_breadcrumbs(self, context):
        return [studies_crumb(), Crumb(self.object.title, self.object.get_absolute_url())]

    def get_structured_data(self, context):
        return [study_page(self.object, self.origin)]
