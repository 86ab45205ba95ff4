from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import admin_views


@hooks.register("register_admin_urls")
def register_seo_urls():
    return [path("seo-report/", admin_views.seo_report, name="seo_report")]


@hooks.register("register_reports_menu_item")
def register_seo_report_menu_item():
    return MenuItem(_("SEO report"), reverse("seo_report"), icon_name="search", order=700)
