"""An index's cards and a place's nearby lists are kept until the content changes."""

import pytest

from tests.listings.conftest import stays_index  # noqa: F401 (a fixture, used by name)
from tests.listings.factories import AccommodationFactory

from .factories import AttractionPageFactory


@pytest.mark.django_db
@pytest.mark.usefixtures("stays_index")
def test_an_index_and_a_place_page_keep_their_lists_until_the_content_changes(
    client, see, settings, django_capture_on_commit_callbacks
):
    settings.CHROME_MEMO_SECONDS = 600
    place = AttractionPageFactory(parent=see["it"], title="Chiesa Madre", latitude="40.187300")
    AccommodationFactory(title="Casa Vicina", latitude="40.188000")
    for url, kept in ((see["it"].url, "place_card.html"), (place.url, "nearby_stays.html")):
        first, again = client.get(url), client.get(url)
        assert any(template.name.endswith(kept) for template in first.templates)
        assert not any(template.name.endswith(kept) for template in again.templates)
        assert again.content == first.content
    with django_capture_on_commit_callbacks(execute=True):  # a new generation on commit
        AttractionPageFactory(parent=see["it"], title="Castello", latitude="40.187400")
        AccommodationFactory(title="Casa Terza", latitude="40.188100")
    assert "Castello" in client.get(see["it"].url).text
    assert "Casa Terza" in client.get(place.url).text
