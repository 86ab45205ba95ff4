from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import admin_views


@hooks.register("register_admin_urls")
def register_seo_urls():
    return [path("seo-health/", admin_views.seo_health, name="seo_health")]


@hooks.register("register_reports_menu_item")
def register_seo_health_menu_item():
    return MenuItem(_("SEO health"), reverse("seo_health"), icon_name="search", order=700)
