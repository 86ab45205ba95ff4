"""Security headers Django does not set itself, and the one exception to the framing ban."""

from csp.constants import SELF

# The site uses none of these browser features; saying so stops embedded content using them.
PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
    "microphone=(), payment=(), usb=(), interest-cohort=()"
)


class PermissionsPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response


class PreviewFramingMiddleware:
    """Let the admin frame its own previews, and nothing else frame any page.

    Wagtail renders a preview (the editor's side panel, the Checks panel, the translation
    editor's preview) by sending a made-up request for the page's public URL through the whole
    middleware stack, so the public page's `frame-ancestors 'none'` and `X-Frame-Options: DENY`
    would forbid the admin, on the same origin, to show it. Wagtail marks those requests
    `is_preview` (only inside the admin's preview views, after a permission check); for them
    alone framing by the same origin is allowed. Public pages keep both bans.

    Sits after the CSP and clickjacking middleware, so it answers first on the way out.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if getattr(request, "is_preview", False):
            response["X-Frame-Options"] = "SAMEORIGIN"
            replace = dict(getattr(response, "_csp_replace", None) or {})
            replace["frame-ancestors"] = [SELF]
            response._csp_replace = replace
        return response
