"""The renditions of every picture a page shows, read in one query before it renders.

Each {% picture %} of a page (its hero, each image of its body) asked the database for its own
renditions as it rendered, and the sharing picture once more for its crop (seo.metadata): a
query per picture whenever no cache answers. Prefetched, the renditions of all of them come
in one query, and Wagtail's find_existing_renditions reads them from the image objects.

Every rendition of each image is fetched, so whatever spec a template or the sharing picture
asks for is among them if it was ever made; one not yet made is made and added to the image's
prefetched ones, as Wagtail does. The images belong to this request's page object, which no
cache keeps.
"""

from django.db.models import prefetch_related_objects

# Where pages keep the images they show or are shared with (see borgo.pages.BasePage).
IMAGE_FIELDS = ("social_image", "hero_image", "image")


def shown_images(page):
    images = [getattr(page, name, None) for name in IMAGE_FIELDS]
    images += [
        block.value["image"]
        for block in getattr(page, "body", None) or []
        if block.block_type == "image"
    ]
    return [image for image in images if image is not None]


def prefetch_renditions(page):
    prefetch_related_objects(shown_images(page), "renditions")
