"""The SEO report lists what to fix, each with a link to fix it (in Italian, for staff)."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import Locale

from listings.models import AccommodationImage
from tests.conftest import OTHER_LANGUAGE_CODES

from .conftest import publish_translation
from .factories import ContentPageFactory, ImageFactory
from .listings.factories import AccommodationFactory, RealEstateFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    user = get_user_model().objects.create_superuser("admin", "admin@example.org", "pw")
    client.force_login(user)
    return client


def report(admin_client):
    response = admin_client.get("/admin/seo-report/")
    assert response.status_code == 200
    return response.content.decode()


def test_report_finds_missing_descriptions_long_and_duplicate_titles(admin_client, homes):
    bare = ContentPageFactory(parent=homes["it"], title="Senza descrizione", summary="")
    long_title = ContentPageFactory(parent=homes["it"], title="Una guida " * 8, slug="lunga")
    ContentPageFactory(parent=homes["it"], title="Doppione", slug="doppione-1")
    twin = ContentPageFactory(parent=homes["it"], title="Doppione", slug="doppione-2")
    body = report(admin_client)
    assert "Descrizione mancante" in body and f"/admin/pages/{bare.pk}/edit/" in body
    assert "Titolo troppo lungo" in body and f"/admin/pages/{long_title.pk}/edit/" in body
    assert "Titolo usato due volte nella stessa lingua" in body
    assert f"/admin/pages/{twin.pk}/edit/" in body


def test_report_finds_missing_and_outdated_translations_and_images_without_alt(admin_client, guide):
    untranslated = ContentPageFactory(parent=guide["it"].get_parent(), title="Solo in italiano")
    guide["it"].title = "Trasferirsi qui (aggiornato)"
    guide["it"].save_revision().publish()
    image = ImageFactory(title="Foto senza descrizione", description="")
    body = report(admin_client)
    assert "Traduzione mancante" in body and f"/admin/pages/{untranslated.pk}/edit/" in body
    assert "Traduzione forse non aggiornata" in body
    assert f"/admin/pages/{guide['en'].pk}/edit/" in body
    assert "Immagine senza testo alternativo" in body and f"/admin/images/{image.pk}/" in body


def test_a_tidy_site_has_nothing_to_fix(admin_client, homes):
    for code, home in homes.items():
        home.search_description = f"Castelmora {code}"
        home.save_revision().publish()
    italian = ContentPageFactory(parent=homes["it"], title="Guida", summary="Una guida.")
    for code in OTHER_LANGUAGE_CODES:
        publish_translation(italian, code, title=f"Guida {code}", slug=f"guida-{code}")
    assert "Niente da correggere" in report(admin_client)


def test_report_is_for_staff_only(client, homes):
    assert client.get("/admin/seo-report/").status_code == 302


def test_gallery_photos_with_their_own_alt_text_are_not_flagged(admin_client, homes):
    stay = AccommodationFactory()
    described = ImageFactory(title="Camera con scrivania", description="")
    bare = ImageFactory(title="Cucina", description="")
    AccommodationImage.objects.create(
        listing=stay, image=described, alt_text="Camera luminosa", locale=stay.locale
    )
    # One use without alt text is enough to flag the image, whatever the other rows say.
    AccommodationImage.objects.create(
        listing=stay, image=bare, alt_text="Cucina", locale=stay.locale
    )
    AccommodationImage.objects.create(listing=stay, image=bare, alt_text=" ", locale=stay.locale)
    body = report(admin_client)
    assert f"/admin/images/{bare.pk}/" in body
    assert f"/admin/images/{described.pk}/" not in body


def test_listing_titles_are_checked_for_length_and_twins(admin_client, homes):
    long_title = RealEstateFactory(title="Una casa in pietra luminosa " * 3)
    AccommodationFactory(title="Casa in pietra", slug="casa-in-pietra")
    twin = AccommodationFactory(title="Casa in Pietra", slug="casa-in-pietra-2")
    hidden = AccommodationFactory(title="Casa in pietra", slug="ritirata", live=False)
    elsewhere = AccommodationFactory(
        title="Casa in pietra", slug="stone", locale=Locale.objects.get(language_code="en")
    )
    body = report(admin_client)
    assert "Titolo troppo lungo" in body and listing_edit_url(long_title) in body
    assert "Titolo usato due volte nella stessa lingua" in body
    assert listing_edit_url(twin) in body and "Usato anche da: casa-in-pietra</td>" in body
    # Not on the site, or in another language: not a twin.
    assert listing_edit_url(hidden) not in body and listing_edit_url(elsewhere) not in body


def listing_edit_url(listing):
    return reverse(listing.snippet_viewset.get_url_name("edit"), args=[listing.pk])


def test_a_place_photo_described_in_a_draft_is_not_flagged(admin_client, homes):
    """An editor adds a photo with its alt text to a published place and submits it: the
    gallery rows are in the draft only until a moderator publishes it."""
    from tests.attractions.factories import AttractionIndexPageFactory, AttractionPageFactory

    place = AttractionPageFactory(parent=AttractionIndexPageFactory(parent=homes["it"]))
    photo = ImageFactory(title="Facciata", description="")
    gallery_model = type(place)._meta.get_field("gallery_images").related_model
    draft = place.get_latest_revision_as_object()
    draft.gallery_images.add(gallery_model(image=photo, alt_text="La facciata in pietra"))
    draft.save_revision()
    assert f"/admin/images/{photo.pk}/" not in report(admin_client)


def test_the_image_description_is_explained_in_the_upload_forms(client, django_user_model):
    """Wagtail's "Description" is the alt text: the upload page and the chooser's upload tab say
    so, in Italian."""
    from html import unescape

    from django.utils import translation

    from borgo.image_forms import ImageForm
    from tests.staff import staff_user

    client.force_login(staff_user(django_user_model, "Editors"))
    with translation.override("it"):
        help_text = str(ImageForm.Meta.help_texts["description"])
    assert help_text.startswith("Il testo alternativo")
    upload_page = client.get(reverse("wagtailimages:add")).content.decode()
    chooser = client.get(reverse("wagtailimages_chooser:choose")).json()["html"]
    for html in (upload_page, chooser):
        assert help_text in unescape(html)
