"""The demo's stays and homes: enough of each kind, in every language."""

import io

import pytest
from django.core.management import call_command

from listings.models import Accommodation, Deal, RealEstate

pytestmark = pytest.mark.django_db
LANGUAGES = ["it", "en", "de", "fr"]


def test_seed_demo_publishes_mixed_stays_and_homes_in_every_language():
    call_command("seed_demo", stdout=io.StringIO())
    italian_stays = Accommodation.objects.visible().filter(locale__language_code="it")
    italian_homes = RealEstate.objects.visible().filter(locale__language_code="it")
    for code in LANGUAGES:
        stays = Accommodation.objects.visible().filter(locale__language_code=code)
        assert stays.count() >= 12, code
        assert stays.values("accommodation_type").distinct().count() >= 3, code
        homes = RealEstate.objects.visible().filter(locale__language_code=code)
        assert homes.count() >= 10, code
        assert {home.deal for home in homes} == {Deal.RENT, Deal.SALE}, code
        assert homes.filter(one_euro_scheme=True, deal=Deal.SALE).count() == 2, code
        # Translations of the Italian listings, not listings of their own.
        assert set(stays.values_list("translation_key", flat=True)) == set(
            italian_stays.values_list("translation_key", flat=True)
        )
        assert set(homes.values_list("translation_key", flat=True)) == set(
            italian_homes.values_list("translation_key", flat=True)
        )
