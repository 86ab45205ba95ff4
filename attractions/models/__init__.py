from .activity import ActivityGalleryImage, ActivityIndexPage, ActivityPage, ActivityTag
from .attraction import AttractionGalleryImage, AttractionIndexPage, AttractionPage, AttractionTag
from .newcomer import HealthcareEntry, NewcomerFacts, RegistrationBenefit
from .place import PlaceGalleryImage, PlacePage
from .service import ServiceGalleryImage, ServiceIndexPage, ServicePage, ServiceTag
from .travel import TravelHub

PLACE_MODELS = [AttractionPage, ActivityPage, ServicePage]

__all__ = [
    "PLACE_MODELS",
    "ActivityGalleryImage",
    "ActivityIndexPage",
    "ActivityPage",
    "ActivityTag",
    "AttractionGalleryImage",
    "AttractionIndexPage",
    "AttractionPage",
    "AttractionTag",
    "HealthcareEntry",
    "NewcomerFacts",
    "PlaceGalleryImage",
    "PlacePage",
    "RegistrationBenefit",
    "ServiceGalleryImage",
    "ServiceIndexPage",
    "ServicePage",
    "ServiceTag",
    "TravelHub",
]
