from .closures import ClosureDay
from .connectivity import BroadbandOffer, ConnectivityPage, SpeedTest, WifiHotspot
from .events import EventIndexPage, EventKind, EventPage
from .passes import DeskPass, PassBooking
from .questionnaire import QuestionnaireField, QuestionnairePage
from .reservations import Reservation, ReservationSlot, ReservationStatus
from .resources import BookableResource, ResourceKind
from .spaces import CoworkingIndexPage, CoworkingSpacePage, SpaceGalleryImage

__all__ = [
    "BookableResource",
    "BroadbandOffer",
    "ClosureDay",
    "ConnectivityPage",
    "CoworkingIndexPage",
    "CoworkingSpacePage",
    "EventIndexPage",
    "EventKind",
    "EventPage",
    "DeskPass",
    "PassBooking",
    "QuestionnaireField",
    "QuestionnairePage",
    "Reservation",
    "ReservationSlot",
    "ReservationStatus",
    "ResourceKind",
    "SpaceGalleryImage",
    "SpeedTest",
    "WifiHotspot",
]
