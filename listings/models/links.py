"""What enquiries and owner submissions share: the listing they are about, and its title.

Decision: a record points to an accommodation or a property through one foreign key per type,
as before (the tables keep their columns), and outlives the listing: deleting it sets the key
to null, and `listing_title` keeps the name staff read. The reverse accessors are Django's
defaults (`accommodation.enquiry_set`, `realestate.ownersubmission_set`): the abstract model
cannot name them per subclass, and nothing read the former names.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ListingRecord(models.Model):
    """A record about one listing (either type): `listing` reads it, and assigning it sets the
    foreign key the listing's type names (`Listing.record_field`) and the title."""

    accommodation = models.ForeignKey(
        "listings.Accommodation",
        verbose_name=_("accommodation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
    )
    real_estate = models.ForeignKey(
        "listings.RealEstate",
        verbose_name=_("property"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
    )
    listing_title = models.CharField(
        _("listing"), max_length=120, help_text=_("Kept even if the listing is deleted.")
    )

    class Meta:
        abstract = True

    @property
    def listing(self):
        return self.accommodation or self.real_estate

    @listing.setter
    def listing(self, listing):
        setattr(self, listing.record_field, listing)
        self.listing_title = listing.title[:120]
