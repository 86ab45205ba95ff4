"""The page cache's two places in the middleware stack (what is kept, and for how long, is
borgo.page_cache's).

`PageCacheMiddleware` stands high, just inside the compression: it keeps each copy with the
headers the stack below gave it (the security headers, the CSP without a nonce, the language),
and answers a hit there, skipping the sessions, CSRF, authentication, messages and policy
layers, which would only write the same headers again and took most of a hit's time (README,
Performance). A copy with a form gets the visitor's own CSRF token and cookie there, from
Django's CSRF layer called directly (`answer_kept`). In production, borgo.kept_pages answers
the same hits even before Django. `PageRenderMiddleware` stands low, where a miss is about to
be rendered: it marks the rendering as one for the cache and decides whether the page may be
kept.
"""

from typing import NamedTuple

from django.conf import settings
from django.middleware.csrf import CsrfViewMiddleware
from django.utils.cache import patch_cache_control

from .page_cache import (
    Kept,
    cache_key,
    find_kept,
    for_request,
    has_csrf_placeholder,
    is_cacheable_request,
    keep,
    with_visitors_token,
)

# Django's CSRF layer, for a kept copy's token and cookie: it reads its settings when called.
csrf_layer = CsrfViewMiddleware(lambda request: None)


def answer_kept(kept, request):
    """The answer to `request` from a kept copy: with the visitor's own CSRF token and cookie
    for a page with a form, as the CSRF layer gives them to a rendered page."""
    response = kept.as_response()
    if kept.per_visitor:
        csrf_layer.process_request(request)
        with_visitors_token(request, response)
        csrf_layer.process_response(request, response)
    return response


def is_cacheable_response(response):
    return (
        response.status_code == 200
        and not response.cookies
        and not getattr(response, "streaming", False)
        and "private" not in response.get("Cache-Control", "")
        and "no-store" not in response.get("Cache-Control", "")
    )


class ToKeep(NamedTuple):
    """What the rendering layer decided, for the layer that keeps the copy."""

    tag_versions: dict
    # The body with the CSRF placeholder, of a page with a form; None for one for everyone.
    placeholder_body: bytes | None


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with for_request():  # borgo.memo reads the generation once per request
            return self.respond(request)

    def respond(self, request):
        if not settings.PAGE_CACHE_SECONDS or not is_cacheable_request(request):
            return self.get_response(request)
        key = cache_key(request)
        kept, generation = find_kept(key)
        if kept is not None:
            return answer_kept(kept, request)
        request.page_cache_key = key
        response = self.get_response(request)
        to_keep = getattr(request, "page_cache_to_keep", None)
        if to_keep is not None and self.still_keepable(to_keep, response):
            kept = Kept.of(response, generation, to_keep.tag_versions, to_keep.placeholder_body)
            keep(key, kept)
        return response

    @staticmethod
    def still_keepable(to_keep, response):
        """The layers in between may have made the copy the visitor's own (a cookie); a copy
        with a form has the visitor's CSRF cookie and no other."""
        if to_keep.placeholder_body is None:
            return is_cacheable_response(response)
        return response.status_code == 200 and set(response.cookies) <= {settings.CSRF_COOKIE_NAME}


class PageRenderMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if getattr(request, "page_cache_key", None) is None:
            return self.get_response(request)
        request.page_cache_renders = True
        response = self.get_response(request)
        if self.may_keep(request, response):
            if hasattr(response, "render") and not response.is_rendered:
                response.render()
            tag_versions = getattr(request, "page_cache_tag_versions", {})
            if has_csrf_placeholder(response):  # every copy of it is private
                request.page_cache_to_keep = ToKeep(tag_versions, response.content)
            else:
                patch_cache_control(response, public=True, s_maxage=settings.PAGE_CACHE_CDN_SECONDS)
                request.page_cache_to_keep = ToKeep(tag_versions, None)
            response["X-Page-Cache"] = "miss"
        return with_visitors_token(request, response)

    @staticmethod
    def may_keep(request, response):
        return (
            request.method == "GET"
            and is_cacheable_response(response)
            # Set by code that asked for the real CSRF token (not the template's placeholder).
            and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
            # The nonce is the response's own: a cached copy would carry a stale one.
            and not getattr(request, "csp_nonce", None)
        )
