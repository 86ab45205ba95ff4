from .campaigns import Lead
from .fields import SeoFields
from .landing import LandingFormField, LandingPage

__all__ = ["LandingFormField", "LandingPage", "Lead", "SeoFields"]
