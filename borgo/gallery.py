"""The photos of a gallery (places, co-working spaces, listings) and how they are read.

Each type keeps its own table and its ParentalKey (e.g. `AccommodationImage.listing`,
`SpaceGalleryImage.page`); the fields, panels, translation and the alt-text rule are here.

**The alt-text rule, one for every gallery.** Every photo a visitor sees must say what it
shows, in the visitor's language:

- `alt_text` is required: the editor cannot save a photo without it, and translators see it as
  a segment of the page or listing (wagtail-localize), like the caption.
- Templates and the sharing picture (`og:image:alt`) read `alt`: the photo's `alt_text`, or,
  only where a row has none, the image's `description` (Wagtail 8's alt text of the image
  itself, one language). The fallback covers co-working photos stored while `alt_text` was optional
  (before `coworking` 0008): those rows keep the alt they showed, and their next edit asks
  for the text. Where a gallery is shown, no photo is decorative; the one exception is a card
  in a list, whose cover photo sits beside the same title and link and stays `alt=""` (a
  screen reader would read the page's name twice).
"""

from django.db import models
from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField


class GalleryImage(TranslatableMixin, Orderable):
    """One photo of a gallery: the image, its alt text (see the module's rule) and its order."""

    image = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("image"), on_delete=models.CASCADE, related_name="+"
    )
    alt_text = models.CharField(
        _("alternative text"),
        max_length=250,
        help_text=_(
            "What the photo shows, for people who cannot see it, in the language of this version."
        ),
    )

    panels = [FieldPanel("image"), FieldPanel("alt_text")]
    # The picture is the same in every language; its description is translated.
    translatable_fields = [TranslatableField("alt_text"), SynchronizedField("image")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        abstract = True
        verbose_name = _("photo")
        verbose_name_plural = _("photos")

    @property
    def alt(self):
        """The alternative text templates show (the module's rule)."""
        return self.alt_text.strip() or self.image.description


class CaptionedGalleryImage(GalleryImage):
    """A gallery photo with a caption under it (places and co-working spaces; listings have
    none), translated like the alt text."""

    caption = models.CharField(_("caption"), max_length=250, blank=True)

    panels = [*GalleryImage.panels, FieldPanel("caption")]
    translatable_fields = [*GalleryImage.translatable_fields, TranslatableField("caption")]

    class Meta(GalleryImage.Meta):
        abstract = True


def in_order(gallery):
    """The photos of `gallery` (a related manager or queryset) in order, with their image
    (joined) and its renditions (one more query): how every page and list reads a gallery."""
    return (
        gallery.order_by("sort_order").select_related("image").prefetch_related("image__renditions")
    )


def with_gallery(queryset, relation):
    """`queryset` with each object's gallery (the reverse relation named `relation`) prefetched
    as `in_order` reads it: two queries for any number of objects."""
    photo_model = queryset.model._meta.get_field(relation).related_model
    return queryset.prefetch_related(Prefetch(relation, queryset=in_order(photo_model.objects)))
