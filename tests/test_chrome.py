"""Header, menu, breadcrumbs and footer: right content, right language, constant cost."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from borgo import navigation
from borgo.models import MunicipalitySettings

from .conftest import publish_translation
from .factories import ContentPageFactory, ImageFactory

pytestmark = pytest.mark.django_db


def test_menu_lists_live_pages_marked_for_menus_and_marks_the_current_section(client, guide):
    ContentPageFactory(parent=guide["it"].get_parent(), title="Privacy", show_in_menus=False)
    child = ContentPageFactory(parent=guide["it"], title="Il medico", slug="il-medico")
    body = client.get(child.url).content.decode()
    menu = body.split('class="main-menu"')[1].split("</nav>")[0]
    assert '<a href="/it/trasferirsi-qui/" aria-current="true">Trasferirsi qui</a>' in menu
    assert "Privacy" not in menu


def test_breadcrumbs_lead_home_through_the_ancestors(client, guide):
    child = ContentPageFactory(parent=guide["it"], title="Il medico", slug="il-medico")
    body = client.get(child.url).content.decode()
    crumbs = body.split('class="breadcrumbs')[1].split("</nav>")[0]
    assert crumbs.index('href="/it/"') < crumbs.index('href="/it/trasferirsi-qui/"')
    assert '<span aria-current="page">Il medico</span>' in crumbs


def test_a_routed_page_has_its_ancestors_without_a_query(
    rf, homes, guide, django_assert_num_queries
):
    child = ContentPageFactory(parent=guide["it"], title="Il medico", slug="il-medico")
    routed = homes["it"].route(rf.get(child.url), ["trasferirsi-qui", "il-medico"]).page
    expected = [homes["it"].pk, guide["it"].pk]
    with django_assert_num_queries(0):
        assert [page.pk for page in navigation.ancestors_below_root(routed)] == expected
    fetched = Page.objects.get(pk=child.pk)  # not routed: one query
    with django_assert_num_queries(1):
        assert [page.pk for page in navigation.ancestors_below_root(fetched)] == expected


def test_home_page_has_no_breadcrumbs(client, homes):
    assert 'class="breadcrumbs' not in client.get("/it/").content.decode()


def test_footer_links_legal_pages_in_the_visitors_language(client, homes, municipality):
    privacy = ContentPageFactory(parent=homes["it"], title="Informativa privacy", slug="privacy")
    publish_translation(privacy, "de", title="Datenschutzerklärung", slug="datenschutz")
    municipality.privacy_page = privacy
    municipality.save()
    german = client.get("/de/").content.decode()
    assert '<a href="/de/datenschutz/">Datenschutzerklärung</a>' in german
    assert "protocollo@pec.comune.castelmora.it" in german
    # No French translation yet: the footer leaves the link out rather than mixing languages.
    assert "Informativa privacy" not in client.get("/fr/").content.decode()


def test_footer_pages_chosen_in_the_language_shown_need_no_query(
    homes, municipality, django_assert_num_queries
):
    privacy = ContentPageFactory(parent=homes["it"], title="Informativa privacy", slug="privacy")
    municipality.privacy_page = privacy
    municipality.save()
    chosen = MunicipalitySettings.objects.select_related("privacy_page").get()
    with django_assert_num_queries(0):
        footer = navigation.footer_pages(chosen, shown=homes["it"])
    assert [page.pk for page in footer] == [privacy.pk]


def test_skip_link_targets_main(client, homes):
    body = client.get("/en/").content.decode()
    assert '<a class="skip-link" href="#main">Skip to main content</a>' in body
    assert '<main id="main" tabindex="-1">' in body


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_content_page_queries_do_not_grow_with_the_tree(client, guide, municipality):
    image = ImageFactory()

    def add_pages(count):
        for _n in range(count):
            sibling = ContentPageFactory(parent=guide["it"].get_parent(), show_in_menus=True)
            ContentPageFactory(parent=guide["it"], image=image)
            publish_translation(sibling, "en", slug=f"{sibling.slug}-en")

    add_pages(2)
    client.get(guide["it"].url)  # renditions are created on the first view
    few = count_queries(client, guide["it"].url)
    add_pages(10)
    client.get(guide["it"].url)
    assert count_queries(client, guide["it"].url) == few
    assert few <= 15


def test_kept_chrome_follows_every_change_of_content(
    client, guide, municipality, django_capture_on_commit_callbacks
):
    """The menu, footer and settings are kept between requests (borgo.memo) until any edit."""
    guide_url = guide["it"].url
    assert "Dove dormire" not in client.get(guide_url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):  # invalidated on commit
        ContentPageFactory(
            parent=guide["it"].get_parent(), title="Dove dormire", show_in_menus=True
        )
        municipality.phone = "+39 0975 123456"
        municipality.save()
    body = client.get(guide_url).content.decode()
    assert "Dove dormire" in body.split('class="main-menu"')[1].split("</nav>")[0]
    assert "+39 0975 123456" in body


def test_a_pages_header_and_footer_are_rendered_once_while_the_content_stays(
    client, guide, municipality, settings
):
    settings.CHROME_MEMO_SECONDS = 600
    first = client.get(guide["it"].url)
    again = client.get(guide["it"].url)
    chrome = {"includes/header.html", "includes/footer.html"}
    assert chrome <= {template.name for template in first.templates}
    assert not chrome & {template.name for template in again.templates}
    assert again.content == first.content
    # Another page has its own header (its own language links and current section).
    other = client.get(guide["en"].url)
    assert "includes/header.html" in {template.name for template in other.templates}
