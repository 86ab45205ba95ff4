"""The co-working demo after seed_demo: both spaces fully equipped, in every language."""

import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from coworking.models import (
    ConnectivityPage,
    CoworkingSpacePage,
    EventPage,
    QuestionnairePage,
    ResourceKind,
)

LANGUAGES = ["it", "en", "de", "fr"]


@pytest.mark.django_db
def test_seed_demo_builds_the_coworking_content_in_every_language():
    call_command("seed_demo", stdout=io.StringIO())  # one seed for every check: it is slow
    for code in LANGUAGES:
        spaces = CoworkingSpacePage.objects.live().filter(locale__language_code=code)
        assert spaces.count() == 2, code
        for space in spaces:
            kinds = sorted(space.resources.values_list("kind", flat=True))
            assert kinds == [ResourceKind.DESK_ZONE, ResourceKind.MEETING_ROOM], (code, space)
            captions = [photo.caption for photo in space.gallery_images.all()]
            assert captions and all(captions), (code, space)
        upcoming = EventPage.objects.live().filter(
            locale__language_code=code, start__gt=timezone.now()
        )
        assert upcoming.count() == 4, code
        assert ConnectivityPage.objects.live().filter(locale__language_code=code).count() == 1
        assert QuestionnairePage.objects.live().filter(locale__language_code=code).count() == 1
    english_room = CoworkingSpacePage.objects.get(
        locale__language_code="en", slug="the-olive-mill"
    ).resources.get(kind=ResourceKind.MEETING_ROOM)
    assert english_room.name == "Millstone room"
