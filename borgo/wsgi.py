"""WSGI entry point: `gunicorn borgo.wsgi -c gunicorn.conf.py`."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "borgo.settings")

application = get_wsgi_application()
