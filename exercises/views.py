from django.db.models import Prefetch
from django.views.generic import DetailView, ListView

from articles.markup import ReferenceList

from .models import Citation, Exercise, MuscleInvolvement, Study


class ExerciseListView(ListView):
    template_name = "exercises/exercise_list.html"
    context_object_name = "exercises"

    def get_queryset(self):
        return (
            Exercise.objects.published()
            .select_related("muscle_group")
            .order_by("muscle_group__position", "muscle_group__name", "-recommended", "position")
        )


class ExerciseDetailView(DetailView):
    template_name = "exercises/exercise_detail.html"
    context_object_name = "exercise"

    def get_queryset(self):
        involvements = MuscleInvolvement.objects.select_related("muscle__parent")
        return (
            Exercise.objects.visible_to(self.request.user)
            .select_related("muscle_group")
            .prefetch_related(
                Prefetch("involvements", queryset=involvements),
                "joint_actions__joint",
                Prefetch("substitutes", queryset=Exercise.objects.published()),
                "citations",
                "workout_items__workout",
            )
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        exercise = self.object
        references = ReferenceList(citation.study for citation in exercise.citations.all())
        context["description_html"] = references.number(exercise.description_html)
        context["cues_html"] = references.number(exercise.cues_html)
        context["verdict_html"] = references.number(exercise.verdict_html)
        context["references"] = references.references
        context["workouts"] = list({item.workout for item in exercise.workout_items.all() if item.workout.is_public})
        return context


class StudyListView(ListView):
    template_name = "exercises/study_list.html"
    context_object_name = "studies"
    queryset = Study.objects.all()


class StudyDetailView(DetailView):
    template_name = "exercises/study_detail.html"
    context_object_name = "study"
    queryset = Study.objects.all()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        citations = Citation.objects.filter(study=self.object).select_related("guide", "exercise")
        context["citing_pages"] = [c.source for c in citations if c.source.is_public]
        return context
