"""Signed links to a booking: only the person who booked can see or cancel it, until it ends.

The confirmation page (after the booking form's redirect) and the cancellation page have
links signed with different salts: the confirmation page's address, which stays in the
browser's history, cannot cancel the booking.
"""

from django.core import signing
from django.utils import timezone

from .models import PassBooking, Reservation

SIGNER_SALT = "coworking.reservation.cancel"
CONFIRMATION_SALT = "coworking.reservation.view"
# A desk pass's links (one for all its days) are signed apart from single bookings'.
PASS_SIGNER_SALT = "coworking.pass.cancel"
PASS_CONFIRMATION_SALT = "coworking.pass.view"


class LinkTampered(Exception):
    pass


class LinkExpired(Exception):
    pass


def cancellation_token(reservation, salt=SIGNER_SALT):
    """The signed reservation (or pass booking) id, base64-encoded: Wagtail's URLs allow no
    ':' in a segment."""
    signed = signing.TimestampSigner(salt=salt).sign(str(reservation.public_id))
    return signing.b64_encode(signed.encode()).decode()


def confirmation_token(reservation):
    return cancellation_token(reservation, CONFIRMATION_SALT)


def pass_cancellation_token(booking):
    return cancellation_token(booking, PASS_SIGNER_SALT)


def pass_confirmation_token(booking):
    return cancellation_token(booking, PASS_CONFIRMATION_SALT)


def reservation_for_token(token, now=None, salt=SIGNER_SALT, model=Reservation):
    """The reservation (or `model`) a token was signed for; LinkTampered or LinkExpired otherwise.

    A link lives as long as its reservation: it expires when the booked time ends.
    """
    signer = signing.TimestampSigner(salt=salt)
    try:
        token = signing.b64_decode(token.encode()).decode()
        public_id = signer.unsign(token)
        reservation = model.objects.select_related("resource__page").get(public_id=public_id)
    except (signing.BadSignature, model.DoesNotExist, ValueError, TypeError) as error:
        raise LinkTampered from error
    lifetime = reservation.end - reservation.created_at
    try:
        signer.unsign(token, max_age=lifetime)
    except signing.SignatureExpired as error:
        raise LinkExpired from error
    if reservation.end <= (now or timezone.now()):
        raise LinkExpired
    return reservation


def pass_for_token(token, salt=PASS_SIGNER_SALT):
    """The pass booking of a pass link; LinkTampered or LinkExpired (once its last day is over)."""
    return reservation_for_token(token, salt=salt, model=PassBooking)
