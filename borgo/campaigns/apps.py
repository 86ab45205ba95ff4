from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CampaignsConfig(AppConfig):
    """Campaign landing pages and the leads campaigns bring (first-party, no cookies).

    A sub-package of borgo, installed as its own app with the label `campaigns`: its models
    were part of `seo` until search-engine work and campaigns were told apart; the migrations
    (migrations/0001_initial.py) took them over with their tables and content types.
    """

    name = "borgo.campaigns"
    label = "campaigns"
    verbose_name = _("Campaigns")
    retires_cached_pages = True  # a landing page's form fields show on it (leads say they do not)
