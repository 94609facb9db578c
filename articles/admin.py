from django.contrib import admin

from .models import Author, Joint, JointAction, Muscle, MuscleGroup

admin.site.register([Author, Joint, JointAction, Muscle, MuscleGroup])
