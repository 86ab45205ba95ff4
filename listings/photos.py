"""Photos that owners upload: checked like any untrusted file, stored as Wagtail images.

They are private until staff publish the listing (borgo/private_media.py): stored under a name
with the unreviewed prefix, which neither the `/media/` route nor the bucket serves to the
public, and released (copied to an ordinary name, renditions made again) on publication.
"""

import os

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.template.defaultfilters import filesizeformat
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _
from wagtail.images import get_image_model
from wagtail.models import Collection
from wagtail.signals import published

from borgo.private_media import UNREVIEWED_PREFIX, is_unreviewed_name, public_name
from borgo.renditions import queue_renditions

COLLECTION_NAME = "Owner submissions"
MEGABYTE = 1024 * 1024
MEGAPIXEL = 1_000_000


class PhotoField(forms.ImageField):
    """A picture Pillow can open (Django's ImageField), with an extension Wagtail accepts,
    at most LISTING_SUBMISSION_MAX_UPLOAD_MB and WAGTAILIMAGES_MAX_IMAGE_PIXELS.

    The limits are read at each check, not when the form class is built, so that a changed
    setting applies at once.
    """

    widget = forms.FileInput  # a new form each time: never "currently: … / clear"
    default_validators = []  # Pillow's long list of extensions: replaced by Wagtail's below
    default_error_messages = {
        "invalid_image": _(
            "This file is not a picture we can read. Choose a photo in JPEG, PNG or WebP format."
        ),
        "extension": _("Choose a photo in one of these formats: %(formats)s."),
        "too_large": _("This photo is too large (%(size)s): choose one of at most %(limit)s."),
        "too_many_pixels": _(
            "This photo has too many pixels (%(megapixels)s megapixels): choose one of at "
            "most %(limit)s megapixels."
        ),
    }

    def to_python(self, data):
        photo = super().to_python(data)
        if photo is None:
            return None
        extensions = settings.WAGTAILIMAGES_EXTENSIONS
        if os.path.splitext(photo.name)[1].lower().lstrip(".") not in extensions:
            raise ValidationError(
                self.error_messages["extension"],
                code="extension",
                params={"formats": ", ".join(e.upper() for e in extensions)},
            )
        limit = int(settings.LISTING_SUBMISSION_MAX_UPLOAD_MB * MEGABYTE)
        if photo.size > limit:
            raise ValidationError(
                self.error_messages["too_large"],
                code="too_large",
                params={"size": filesizeformat(photo.size), "limit": filesizeformat(limit)},
            )
        width, height = photo.image.size
        max_pixels = settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS
        if width * height > max_pixels:
            raise ValidationError(
                self.error_messages["too_many_pixels"],
                code="too_many_pixels",
                params={
                    "megapixels": number_format(width * height / MEGAPIXEL, 1),
                    "limit": number_format(max_pixels / MEGAPIXEL, 0),
                },
            )
        return photo


def owner_collection():
    """The image collection of owners' photos, created with the first one."""
    root = Collection.get_first_root_node()
    return root.get_children().filter(name=COLLECTION_NAME).first() or root.add_child(
        name=COLLECTION_NAME
    )


def store_photo(upload, title, description, collection):
    """A Wagtail image of a checked upload (its description is the owner's alt text)."""
    image = get_image_model()(title=title[:255], description=description, collection=collection)
    upload.name = UNREVIEWED_PREFIX + os.path.basename(upload.name)
    image.file = upload
    image._set_image_file_metadata()  # size and hash, as Wagtail's own upload form does
    image.save()
    return image


def release_image(image):
    """Make a reviewed owner's photo public: a copy under its ordinary name replaces the private
    file, whose renditions (private too) are deleted and made again from the copy."""
    old_name = image.file.name
    if not is_unreviewed_name(old_name):
        return
    storage = image.file.storage
    with storage.open(old_name, "rb") as private_file:
        image.file.name = storage.save(public_name(old_name), private_file)
    image.save(update_fields=["file"])
    image.renditions.all().delete()  # Wagtail deletes their files once the delete commits
    transaction.on_commit(lambda: storage.delete(old_name))
    if settings.RENDITIONS_ON_UPLOAD:
        queue_renditions(image)


def release_gallery(sender, instance, **kwargs):
    for item in instance.gallery.select_related("image"):
        release_image(item.image)


def connect(listing_models):
    for model in listing_models:
        published.connect(release_gallery, sender=model, dispatch_uid=f"release-{model.__name__}")
