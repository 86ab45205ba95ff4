"""Throttles on the forms that can be used to guess or to send mail: a private page's password
(Wagtail's page privacy form) and the admin's password reset. Both take at most
PASSWORD_RATE_LIMIT posts per client IP (the reset also per e-mail address asked for, so that
many addresses cannot flood one mailbox); past it they answer the 429 page of borgo/ratelimit.py
before Wagtail reads the form, so a right password sent during the pause is not accepted either.

The views are Wagtail's own, routed here by borgo/urls.py ahead of Wagtail's URL patterns.
"""

from django.conf import settings
from wagtail import views as wagtail_views
from wagtail.admin.views.account import PasswordResetView

from .ratelimit import limit_posts


def page_password(request, page_view_restriction_id, page_id):
    limit_posts(request, "page-password", rate=settings.PASSWORD_RATE_LIMIT, stores=False)
    return wagtail_views.authenticate_with_password(request, page_view_restriction_id, page_id)


class ThrottledPasswordResetView(PasswordResetView):
    def post(self, request, *args, **kwargs):
        for key in ("ip", "post:email"):
            limit_posts(
                request, f"password-reset-{key}", settings.PASSWORD_RATE_LIMIT, key, stores=False
            )
        return super().post(request, *args, **kwargs)
