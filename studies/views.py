from django.contrib.contenttypes.prefetch import GenericPrefetch
from django.urls import reverse
from django.views.generic import DetailView, ListView

from core.seo import Crumb, SeoMixin
from core.structured_data import collection_page
from core.views import RedirectOldSlugMixin

from .models import Citation, Study, citing_models
from .structured_data import study_page


def studies_crumb():
    return Crumb("Studies", reverse("studies:list"))


class StudyListView(SeoMixin, ListView):
    """The studies readers can meet on the site: each cited by at least one published page."""

    template_name = "studies/study_list.html"
    context_object_name = "studies"

    def get_queryset(self):
        return Study.objects.visible_to(self.request.user)

    def get_breadcrumbs(self, context):
        return [studies_crumb()]

    def get_structured_data(self, context):
        return [collection_page("Studies", reverse("studies:list"), context["studies"], self.origin)]


def citing_pages(study):
    """The published pages citing ``study``, grouped by kind: ``[(kind, [pages])]``, in app order."""
    models = citing_models()
    citations = (
        Citation.objects.filter(study=study)
        .public()
        .prefetch_related(GenericPrefetch("source", [model.publicly_cited() for model in models]))
    )
    pages = dict.fromkeys(page for citation in citations for page in citation.source.citing_pages())
    groups = {}
    for page in pages:
        groups.setdefault(type(page), []).append(page)
    order = {model: index for index, model in enumerate(models)}
    return [
        (model._meta.verbose_name_plural.capitalize(), sorted(group, key=str))
        for model, group in sorted(groups.items(), key=lambda item: order.get(item[0], len(order)))
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
