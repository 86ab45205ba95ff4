from .activity import ActivityGalleryImage, ActivityIndexPage, ActivityPage, ActivityTag
from .attraction import AttractionGalleryImage, AttractionIndexPage, AttractionPage, AttractionTag
from .place import GalleryImage, PlacePage
from .service import ServiceGalleryImage, ServiceIndexPage, ServicePage, ServiceTag

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
    "GalleryImage",
    "PlacePage",
    "ServiceGalleryImage",
    "ServiceIndexPage",
    "ServicePage",
    "ServiceTag",
]
