"""Renditions of a new image made by the worker, not by the first page view
(borgo/renditions.py)."""

import pytest
from wagtail.images.models import Filter

from attractions.models.place import JSON_LD_IMAGE
from borgo.renditions import CODE_SPECS, upload_specs
from coworking.models.space_parts import GALLERY_SPEC
from listings.views import PHOTO_FILTER
from seo.metadata import SOCIAL_IMAGE_SPEC
from tests.factories import ImageFactory


def test_the_specs_are_those_of_the_templates_and_the_code():
    specs = upload_specs()
    # From templates: the hero's picture tag, a card's, the logo's image tag.
    assert {"format-avif|fill-480x300", "format-jpeg|fill-1600x800", "height-48"} <= set(specs)
    assert {"fill-600x400|format-webp", "format-webp|fill-400x250"} <= set(specs)
    for spec in (JSON_LD_IMAGE, PHOTO_FILTER, SOCIAL_IMAGE_SPEC, *Filter.expand_spec(GALLERY_SPEC)):
        assert spec in CODE_SPECS or spec in specs


@pytest.mark.django_db
@pytest.mark.parametrize("on_upload", [True, False])
def test_a_new_image_gets_its_renditions_when_asked(
    settings, django_capture_on_commit_callbacks, on_upload
):
    settings.RENDITIONS_ON_UPLOAD = on_upload
    with django_capture_on_commit_callbacks(execute=True):
        image = ImageFactory()
    made = set(image.renditions.values_list("filter_spec", flat=True))
    assert made == (set(upload_specs()) if on_upload else set())
