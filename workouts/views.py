from django.views.generic import DetailView, ListView

from articles.markup import ReferenceList
from exercises.models import Study

from .models import Workout


class WorkoutListView(ListView):
    template_name = "workouts/workout_list.html"
    context_object_name = "workouts"

    def get_queryset(self):
        return Workout.objects.published().select_related("muscle_group")


class WorkoutDetailView(DetailView):
    template_name = "workouts/workout_detail.html"
    context_object_name = "workout"

    def get_queryset(self):
        return (
            Workout.objects.visible_to(self.request.user)
            .select_related("muscle_group")
            .prefetch_related("items__exercise")
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        workout = self.object
        references = ReferenceList(Study.objects.filter(slug__in=workout.cited_study_slugs()))
        context["principles_html"] = references.number(workout.principles_html)
        context["references"] = references.references
        context["items"] = [item for item in workout.items.all() if item.exercise.is_public]
        return context
