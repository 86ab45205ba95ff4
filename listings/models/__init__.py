from .accommodation import Accommodation, AccommodationImage, AccommodationType
from .enquiry import Enquiry, EnquiryStatus
from .pages import AccommodationIndexPage, ListingIndexPage, RealEstateIndexPage
from .realestate import (
    AddressPrecision,
    Condition,
    Deal,
    EnergyClass,
    Heating,
    PropertyType,
    RealEstate,
    RealEstateImage,
)

__all__ = [
    "Accommodation",
    "AccommodationImage",
    "AccommodationIndexPage",
    "AccommodationType",
    "AddressPrecision",
    "Condition",
    "Deal",
    "EnergyClass",
    "Enquiry",
    "EnquiryStatus",
    "Heating",
    "ListingIndexPage",
    "PropertyType",
    "RealEstate",
    "RealEstateImage",
    "RealEstateIndexPage",
]
