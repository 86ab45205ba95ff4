from .campaigns import CampaignFormMixin, Lead
from .fields import SeoFields
from .landing import LandingFormField, LandingPage

__all__ = ["CampaignFormMixin", "LandingFormField", "LandingPage", "Lead", "SeoFields"]
