from .landing import LandingFormField, LandingPage
from .leads import CampaignFormMixin, Lead, record_lead

__all__ = ["CampaignFormMixin", "LandingFormField", "LandingPage", "Lead", "record_lead"]
