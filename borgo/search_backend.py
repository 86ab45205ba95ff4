"""Wagtail's database search backend, with each language's stemming on PostgreSQL.

Wagtail's PostgreSQL backend takes one text-search configuration (`SEARCH_CONFIG`) for
everything. Several backends, one per language, would not do: they all write the same index
table, so the last one to index a page would decide its stemming. Here one backend indexes each
object with the configuration of its own locale (`SEARCH_CONFIGS`, e.g. German pages with
"german", so "Glasfaser" and "Glasfasernetz" meet) and searches with the configuration of the
active language (the site search shows the visitor's language only). Objects without a locale,
and languages not listed, use `SEARCH_CONFIG` ("simple": no stemming).

On SQLite (the embedded default) and other databases this is Wagtail's database backend as is:
FTS5 matches whole words, without stemming.
"""

from collections import defaultdict
from functools import cache

from django.db import connection
from django.utils import translation
from modelsearch.backends.database import SearchBackend as DatabaseSearchBackend

DEFAULT_CONFIG = "simple"


def SearchBackend(params):  # noqa: N802 -- the name Wagtail looks up in a backend module
    if connection.vendor != "postgresql":
        return DatabaseSearchBackend(params)
    return _localised_postgres_backend_class()(params)


@cache
def _localised_postgres_backend_class():
    # Imported only on PostgreSQL: the module needs django.contrib.postgres and psycopg.
    from modelsearch.backends.database.postgres.postgres import (
        PostgresIndex,
        PostgresSearchBackend,
        PostgresSearchQueryCompiler,
    )
    from wagtail.models import Locale

    class LocalisedIndex(PostgresIndex):
        def add_items(self, model, objs):
            languages = dict(Locale.objects.values_list("pk", "language_code"))
            by_config = defaultdict(list)
            for obj in objs:
                language = languages.get(getattr(obj, "locale_id", None))
                by_config[self.backend.config_for(language)].append(obj)
            for config, group in by_config.items():
                PostgresIndex(self.backend.with_config(config)).add_items(model, group)

    class LocalisedQueryCompiler(PostgresSearchQueryCompiler):
        def get_config(self, backend):
            return backend.config_for(translation.get_language())

    class LocalisedPostgresSearchBackend(PostgresSearchBackend):
        index_class = LocalisedIndex
        query_compiler_class = LocalisedQueryCompiler

        def __init__(self, params):
            super().__init__(params)
            self.params = params
            self.config = params.get("SEARCH_CONFIG") or DEFAULT_CONFIG
            self.configs = params.get("SEARCH_CONFIGS", {})
            self.single_config_backends = {}

        def config_for(self, language):
            """The text-search configuration of a language code ("de", "de-at"...)."""
            base = (language or "").split("-")[0].lower()
            return self.configs.get(base, self.config)

        def with_config(self, config):
            """Wagtail's own backend with one configuration, to index one language's objects."""
            backends = self.single_config_backends
            if config not in backends:
                backends[config] = PostgresSearchBackend({**self.params, "SEARCH_CONFIG": config})
            return backends[config]

    return LocalisedPostgresSearchBackend
