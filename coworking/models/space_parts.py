"""What a published space page shows besides its own fields: its resources, photos and desk
passes, kept by the memo until the content changes (borgo.memo: the one cache policy).

Kept apart from the page type so that the page (its sharing picture), its views and its
JSON-LD read them the same way, and none of them imports another to get at them.
"""

from typing import NamedTuple

from wagtail.images.models import Filter

from borgo.gallery import in_order
from borgo.memo import memoize
from seo.metadata import SOCIAL_IMAGE_SPEC

# The renditions coworking/includes/gallery.html asks for (its {% picture %} spec).
GALLERY_SPEC = "format-{avif,webp,jpeg} fill-{480x320,960x640,1440x960}"


class PublishedParts(NamedTuple):
    resources: list
    gallery: list
    passes: list


def published_parts(space, request):
    """The space's resources, photos (with their renditions) and desk passes, kept by the memo.

    A space page must stay within its query budget: on a hit it costs one query of its own (the
    free seats). Publishing the page, or editing one of its pictures, starts a new page-cache
    generation, which retires them (before, a key per revision kept an edited picture's old
    renditions for a day). Previews show the editor's unsaved resources and photos, so they are
    never kept.
    """

    def load():
        resources = list(space.resources.all())
        gallery = list(in_order(space.gallery_images))
        specs = Filter.expand_spec(GALLERY_SPEC)
        for photo in gallery:
            photo.image.get_renditions(*specs)
        if gallery:  # the sharing picture (sharing_picture): kept renditions must hold it too
            gallery[0].image.get_renditions(SOCIAL_IMAGE_SPEC)
        return PublishedParts(resources, gallery, list(space.desk_passes.all()))

    if getattr(request, "is_preview", False):
        return load()
    return memoize(f"coworking:space-parts:{space.pk}", load)
