from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import admin_views


@hooks.register("register_admin_urls")
def register_campaign_urls():
    return [path("campaign-leads/", admin_views.campaign_leads, name="campaign_leads")]


@hooks.register("register_reports_menu_item")
def register_campaign_leads_menu_item():
    return MenuItem(_("Campaign leads"), reverse("campaign_leads"), icon_name="mail", order=710)
