"""Photos that owners upload: checked like any untrusted file, stored as Wagtail images."""

import os

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _
from wagtail.images import get_image_model
from wagtail.models import Collection

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
    image.file = upload
    image._set_image_file_metadata()  # size and hash, as Wagtail's own upload form does
    image.save()
    return image
