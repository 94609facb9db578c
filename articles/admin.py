from django.contrib import admin

from .forms import MuscleGroupForm
from .models import Author, Joint, JointAction, Muscle, MuscleGroup

admin.site.register([Author, Joint, JointAction, Muscle])


@admin.register(MuscleGroup)
class MuscleGroupAdmin(admin.ModelAdmin):
    form = MuscleGroupForm
