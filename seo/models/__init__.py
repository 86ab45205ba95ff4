from .campaigns import CampaignFormMixin, Lead
from .landing import LandingFormField, LandingPage

__all__ = ["CampaignFormMixin", "LandingFormField", "LandingPage", "Lead"]
