"""Signed cancellation links: only the person who booked can cancel, until the booking ends."""

from django.core import signing
from django.utils import timezone

from .models import Reservation

SIGNER_SALT = "coworking.reservation.cancel"


class LinkTampered(Exception):
    pass


class LinkExpired(Exception):
    pass


def cancellation_token(reservation):
    """The signed reservation id, base64-encoded: Wagtail's URLs allow no ':' in a segment."""
    signed = signing.TimestampSigner(salt=SIGNER_SALT).sign(str(reservation.public_id))
    return signing.b64_encode(signed.encode()).decode()


def reservation_for_token(token, now=None):
    """The reservation a token was signed for; LinkTampered or LinkExpired otherwise.

    A link lives as long as its reservation: it expires when the booked time ends.
    """
    signer = signing.TimestampSigner(salt=SIGNER_SALT)
    try:
        token = signing.b64_decode(token.encode()).decode()
        public_id = signer.unsign(token)
        reservation = Reservation.objects.select_related("resource__page").get(public_id=public_id)
    except (signing.BadSignature, Reservation.DoesNotExist, ValueError, TypeError) as error:
        raise LinkTampered from error
    lifetime = reservation.end - reservation.created_at
    try:
        signer.unsign(token, max_age=lifetime)
    except signing.SignatureExpired as error:
        raise LinkExpired from error
    if reservation.end <= (now or timezone.now()):
        raise LinkExpired
    return reservation
