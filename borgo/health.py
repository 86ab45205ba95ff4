"""Telling the truth about the database: to load balancers, and to visitors when it is down.

Load balancers probe each instance by its IP address, over plain HTTP: the health check runs
before any other middleware, independent of the Host header (ALLOWED_HOSTS), the HTTPS
redirect, sessions or the language.
"""

import logging
import sys

from django.db import DatabaseError, InterfaceError, OperationalError, connection
from django.http import JsonResponse
from django.shortcuts import render
from django.views import defaults

logger = logging.getLogger(__name__)

HEALTH_PATH = "/healthz"


def database_status():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return False
    return True


class HealthCheckMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path != HEALTH_PATH or request.method not in ("GET", "HEAD"):
            return self.get_response(request)
        if database_status():
            response = JsonResponse({"status": "ok", "database": "ok"})
        else:
            response = JsonResponse({"status": "error", "database": "unavailable"}, status=503)
        response["Cache-Control"] = "no-store"
        return response


DATABASE_DOWN = (OperationalError, InterfaceError)
RETRY_AFTER_SECONDS = 30


def database_unavailable(request):
    """A short 503 in the visitor's language, rendered without touching the database.

    Retry-After tells browsers and crawlers to come back. Django reconnects by itself on the
    next request (CONN_HEALTH_CHECKS), so the site recovers without a restart."""
    response = render(request, "503.html", status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


class DatabaseUnavailableMiddleware:
    """The 503 for a view that finds the database unreachable (in development too)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, DATABASE_DOWN):
            return None
        logger.error("Database unavailable: %s", exception)
        return database_unavailable(request)


def server_error(request):
    """handler500: the 503 wherever else the database was found unreachable, the 500 otherwise.

    A view's error reaches the middleware above, but not one raised by a middleware: Wagtail's
    redirect middleware, for instance, looks up every path that found no page (/favicon.ico,
    /wp-login.php...) after the view. Django calls this handler inside its `except` block."""
    if isinstance(sys.exc_info()[1], DATABASE_DOWN):
        return database_unavailable(request)
    return defaults.server_error(request)
