"""The Site record follows BASE_URL, so every link Wagtail builds from it is on the public
address; setup_site brings an existing database up to date."""

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command
from wagtail.models import Site

from borgo.site_setup import site_address

from .factories import ContentPageFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("base_url", "address"),
    [
        ("https://www.castelmora.example", ("www.castelmora.example", 443)),
        ("https://www.castelmora.example:443/", ("www.castelmora.example", 443)),
        ("http://castelmora.example", ("castelmora.example", 80)),
        ("http://127.0.0.1:8000", ("127.0.0.1", 8000)),
    ],
)
def test_the_site_address_comes_from_base_url(base_url, address):
    assert site_address(base_url) == address


@pytest.mark.parametrize("base_url", ["https://castelmora.example:8443", "ftp://x", "castelmora"])
def test_addresses_wagtail_cannot_represent_are_refused(base_url):
    with pytest.raises(ImproperlyConfigured):
        site_address(base_url)


def test_setup_site_puts_the_site_on_base_url_and_moves_it_when_rerun(settings, capsys):
    settings.BASE_URL = "https://www.castelmora.example"
    call_command("setup_site")
    site = Site.objects.get()
    assert (site.hostname, site.port, site.root_url) == (
        "www.castelmora.example",
        443,
        "https://www.castelmora.example",
    )
    page = ContentPageFactory(parent=site.root_page, slug="vivere-qui")
    assert page.get_full_url() == "https://www.castelmora.example/it/vivere-qui/"
    settings.BASE_URL = "http://castelmora.example:8080"
    call_command("setup_site")
    moved = Site.objects.get()
    assert (moved.pk, moved.root_page_id) == (site.pk, site.root_page_id)
    assert moved.root_url == "http://castelmora.example:8080"
    assert "http://castelmora.example:8080" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("base_url", "ids"),
    [
        ("https://www.castelmora.example", []),
        ("http://127.0.0.1:8000", ["borgo.W001"]),
        ("http://localhost", ["borgo.W001"]),
        ("https://www.castelmora.example:8443", ["borgo.E001"]),
    ],
)
def test_check_deploy_wants_a_public_base_url(settings, base_url, ids):
    from borgo.checks import check_base_url

    settings.BASE_URL = base_url
    assert [message.id for message in check_base_url()] == ids
