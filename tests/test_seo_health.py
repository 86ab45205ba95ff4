"""The SEO health report lists what to fix, each with a link to fix it (in Italian, for staff)."""

import pytest
from django.contrib.auth import get_user_model

from .conftest import publish_translation
from .factories import ContentPageFactory, ImageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    user = get_user_model().objects.create_superuser("admin", "admin@example.org", "pw")
    client.force_login(user)
    return client


def report(admin_client):
    response = admin_client.get("/admin/seo-health/")
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
    for code in ["en", "de", "fr"]:
        publish_translation(italian, code, title=f"Guida {code}", slug=f"guida-{code}")
    assert "Niente da correggere" in report(admin_client)


def test_report_is_for_staff_only(client, homes):
    assert client.get("/admin/seo-health/").status_code == 302
