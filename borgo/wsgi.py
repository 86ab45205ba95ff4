"""WSGI entry point: `gunicorn borgo.wsgi -c gunicorn.conf.py`.

The request body limit comes first, so that an oversized body is refused before anything reads
it (borgo/body_limit.py); then the static files and the kept pages, answered before Django
builds a request (borgo/static_files.py, borgo/kept_pages.py)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "borgo.settings")

django_application = get_wsgi_application()

# After Django is set up: the kept pages' layer reads the page cache, which imports models.
from borgo.body_limit import RequestBodyLimit  # noqa: E402
from borgo.kept_pages import KeptPagesFirst  # noqa: E402
from borgo.static_files import StaticFilesFirst  # noqa: E402

application = RequestBodyLimit(StaticFilesFirst(KeptPagesFirst(django_application)))
