"""Views outside the page tree: the language redirect at /."""

from django.http import HttpResponseRedirect
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_language_from_request
from django.views.decorators.http import require_safe


@require_safe
def language_redirect(request):
    """Send / to the visitor's language (Accept-Language), Italian when nothing matches."""
    response = HttpResponseRedirect(f"/{get_language_from_request(request)}/")
    patch_vary_headers(response, ["Accept-Language", "Cookie"])
    return response
