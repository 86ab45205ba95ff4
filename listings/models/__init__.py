from .accommodation import Accommodation, AccommodationImage, AccommodationType
from .enquiry import Enquiry, EnquiryStatus
from .pages import AccommodationIndexPage, ListingIndexPage, RealEstateIndexPage
from .plan import PlanRequest, PlanStayPage
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
from .submission import OwnerSubmission, SubmissionStatus

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
    "OwnerSubmission",
    "PlanRequest",
    "PlanStayPage",
    "PropertyType",
    "RealEstate",
    "RealEstateImage",
    "RealEstateIndexPage",
    "SubmissionStatus",
]
