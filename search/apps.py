from django.apps import AppConfig
from django.db import connection
from django.db.models.signals import post_migrate


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = "Search"

    def ready(self):
        from core.housekeeping import register

        from . import index

        index.connect()
        register(index.rewrite_guide_documents)  # the worker's housekeeping
        post_migrate.connect(index_after_migrate, sender=self, dispatch_uid="search-index-after-migrate")


def index_after_migrate(**kwargs):
    """Index what has no document yet, unless the search tables are gone (``migrate search zero``)."""
    from . import index
    from .models import Document

    if Document._meta.db_table in connection.introspection.table_names():
        index.index_missing()
