"""WSGI entry point: `gunicorn borgo.wsgi -c gunicorn.conf.py`.

The request body limit comes first, so that an oversized body is refused before anything reads
it (borgo/body_limit.py); then the static files, answered before Django builds a request
(borgo/static_files.py)."""

import os

from django.core.wsgi import get_wsgi_application

from borgo.body_limit import RequestBodyLimit
from borgo.static_files import StaticFilesFirst

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "borgo.settings")

application = RequestBodyLimit(StaticFilesFirst(get_wsgi_application()))
