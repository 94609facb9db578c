from django.contrib import admin

from .models import Exercise, MuscleInvolvement, Study

admin.site.register([Exercise, MuscleInvolvement, Study])
