"""The health check, answered before any other middleware.

Load balancers probe each instance by its IP address, over plain HTTP: the check must not
depend on the Host header (ALLOWED_HOSTS), the HTTPS redirect, sessions or the language.
"""

from django.db import DatabaseError, connection
from django.http import JsonResponse

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
