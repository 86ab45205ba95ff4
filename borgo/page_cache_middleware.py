"""The page cache's two places in the middleware stack (what is kept, and for how long, is
borgo.page_cache's).

`PageCacheMiddleware` stands high, just inside the compression. A kept page that is the same for
every visitor is answered there, with the headers the stack below gave it when it was rendered
(the security headers, the CSP without a nonce, the language): a hit skips the sessions, CSRF,
authentication, messages and policy layers, which would only write the same headers again and
took most of a hit's time (README, Performance). `PageRenderMiddleware` stands low, where a
miss is about to be rendered: it marks the rendering as one for the cache, decides whether the
page may be kept, and serves the copies of pages with a form, whose CSRF token is each
visitor's own and needs the CSRF layer above it.
"""

from django.conf import settings
from django.core.cache import cache
from django.utils.cache import patch_cache_control

from .page_cache import (
    Kept,
    cache_key,
    find_kept,
    for_request,
    has_csrf_placeholder,
    is_cacheable_request,
    with_visitors_token,
)


def is_cacheable_response(response):
    return (
        response.status_code == 200
        and not response.cookies
        and not getattr(response, "streaming", False)
        and "private" not in response.get("Cache-Control", "")
        and "no-store" not in response.get("Cache-Control", "")
    )


def served_from_cache(response):
    response["X-Page-Cache"] = "hit"
    return response


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
            if not kept.per_visitor:
                return served_from_cache(kept.response)
            request.page_cache_kept = kept
        request.page_cache_key, request.page_cache_generation = key, generation
        response = self.get_response(request)
        tag_versions = getattr(request, "page_cache_keep_for_everyone", None)
        # The layers in between may still have made the copy the visitor's own (a cookie).
        if tag_versions is not None and is_cacheable_response(response):
            kept = Kept(response, generation, tag_versions, per_visitor=False)
            cache.set(key, kept, settings.PAGE_CACHE_SECONDS)
        return response


class PageRenderMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        key = getattr(request, "page_cache_key", None)
        if key is None:
            return self.get_response(request)
        kept = getattr(request, "page_cache_kept", None)
        if kept is not None:
            return with_visitors_token(request, served_from_cache(kept.response))
        request.page_cache_renders = True
        response = self.get_response(request)
        if self.may_keep(request, response):
            if hasattr(response, "render") and not response.is_rendered:
                response.render()
            tag_versions = getattr(request, "page_cache_tag_versions", {})
            if has_csrf_placeholder(response):  # every copy of it is private
                generation = request.page_cache_generation
                kept = Kept(response, generation, tag_versions, per_visitor=True)
                cache.set(key, kept, settings.PAGE_CACHE_SECONDS)
            else:
                patch_cache_control(response, public=True, s_maxage=settings.PAGE_CACHE_CDN_SECONDS)
                request.page_cache_keep_for_everyone = tag_versions
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
