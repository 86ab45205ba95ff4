"""Telling the truth about the database: to load balancers, and to visitors when it is down.

Load balancers probe each instance by its IP address, over plain HTTP: the health check runs
before any other middleware, independent of the Host header (ALLOWED_HOSTS), the HTTPS
redirect, sessions or the language.
"""

import logging

from django.db import DatabaseError, InterfaceError, OperationalError, connection
from django.http import JsonResponse
from django.shortcuts import render

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


class DatabaseUnavailableMiddleware:
    """A short 503 in the visitor's language while the database is unreachable.

    Rendered without touching the database; Retry-After tells browsers and crawlers to come
    back. Django reconnects by itself on the next request (CONN_HEALTH_CHECKS), so the site
    recovers without a restart.
    """

    RETRY_AFTER_SECONDS = 30

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, (OperationalError, InterfaceError)):
            return None
        logger.error("Database unavailable: %s", exception)
        response = render(request, "503.html", status=503)
        response["Retry-After"] = str(self.RETRY_AFTER_SECONDS)
        response["Cache-Control"] = "no-store"
        return response
