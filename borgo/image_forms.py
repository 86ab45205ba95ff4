"""The admin's image form (upload, edit, and the upload tab of the image chooser).

Wagtail's "Description" is the picture's alternative text: what screen readers read and what
shows when the picture does not load. Its bare label tells staff nothing, so it gets help text.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.images.forms import BaseImageForm


class ImageForm(BaseImageForm):
    class Meta(BaseImageForm.Meta):
        help_texts = {
            "description": _(
                "The alternative text: what the picture shows, in one sentence, for people "
                "who cannot see it (screen readers read it aloud), e.g. “The stone façade of "
                "the church at sunset”. Photo galleries of places and listings have their own "
                "alternative text for each photo."
            )
        }
