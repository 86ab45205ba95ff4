from .accommodation import Accommodation, AccommodationImage, AccommodationType
from .availability import BookedPeriod, CalendarFeed, PeriodSource
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
from .tourist_tax import TouristTaxSettings

__all__ = [
    "Accommodation",
    "AccommodationImage",
    "AccommodationIndexPage",
    "AccommodationType",
    "AddressPrecision",
    "BookedPeriod",
    "CalendarFeed",
    "Condition",
    "Deal",
    "EnergyClass",
    "Enquiry",
    "EnquiryStatus",
    "Heating",
    "ListingIndexPage",
    "OwnerSubmission",
    "PeriodSource",
    "PlanRequest",
    "PlanStayPage",
    "PropertyType",
    "RealEstate",
    "RealEstateImage",
    "RealEstateIndexPage",
    "SubmissionStatus",
    "TouristTaxSettings",
]
