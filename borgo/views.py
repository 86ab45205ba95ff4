"""Views outside the page tree: the language redirect at / and the health check."""

from django.db import DatabaseError, connection
from django.http import HttpResponseRedirect, JsonResponse
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_language_from_request
from django.views.decorators.http import require_safe


@require_safe
def language_redirect(request):
    """Send / to the visitor's language (Accept-Language), Italian when nothing matches."""
    response = HttpResponseRedirect(f"/{get_language_from_request(request)}/")
    patch_vary_headers(response, ["Accept-Language", "Cookie"])
    return response


@require_safe
def healthz(request):
    """Tell a load balancer whether this instance can serve: it must reach the database."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return JsonResponse({"status": "error", "database": "unavailable"}, status=503)
    response = JsonResponse({"status": "ok", "database": "ok"})
    response["Cache-Control"] = "no-store"
    return response
