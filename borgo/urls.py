from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.utils.translation import gettext_lazy as _
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from borgo import search, throttles, views
from borgo.private_media import serve_media

# seo's addresses are included by name, as INSTALLED_APPS names it: seo builds on borgo's
# pages (borgo.pages), so no borgo module imports seo.
urlpatterns = [
    path("", views.language_redirect, name="language_redirect"),
    path("", include("seo.crawler_urls")),
    # Wagtail's views, throttled (borgo/throttles.py); matched before Wagtail's own patterns.
    path(
        "admin/password_reset/",
        throttles.ThrottledPasswordResetView.as_view(),
        name="wagtailadmin_password_reset",
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
]

if settings.SERVE_MEDIA:
    # Single-machine set-ups only: in production media live in object storage behind the CDN.
    # Never a private file (borgo/private_media.py).
    urlpatterns += [re_path(r"^media/(?P<path>.*)$", serve_media)]

urlpatterns += i18n_patterns(
    path(_("search/"), search.search, name="search"),
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        throttles.page_password,
        name="wagtailcore_authenticate_with_password",
    ),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

handler500 = "borgo.health.server_error"
