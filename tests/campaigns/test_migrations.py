"""Campaigns moved out of `seo` (borgo/campaigns/migrations/0001_initial.py): a database migrated
before the move keeps its landing pages, their translations and leads.

The test database is taken back to the migrations before the move (campaigns unapplied: the
content types are labelled `seo` again and the tables are the ones `seo` made, as on a database
of the release before), then migrated forward as a deploy does.
"""

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.db.migrations.recorder import MigrationRecorder
from wagtail.contrib.forms.models import FormSubmission
from wagtail.models import Locale, Page
from wagtail_localize.models import TranslationSource

from borgo.campaigns.demo import landing_page
from borgo.campaigns.demo_content import LANDING
from borgo.campaigns.models import LandingFormField, LandingPage, Lead
from borgo.demo.translation import publish_translation

from .test_campaigns import CAMPAIGN, answers

# Migrations run outside a transaction: SQLite's schema editor refuses to run inside one. With
# serialized_rollback, as the other transactional tests (tests/coworking/test_concurrency.py):
# emptied without post_migrate afterwards, the database takes their serialized rows back without
# a clash with content types made anew.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)
MOVED = ["landingformfield", "landingpage", "lead"]


@pytest.fixture(autouse=True)
def _content_type_cache_filled():
    """Leave Django's content type cache filled, as the creation of the test database left it
    (the test empties it when the labels change). The next serialized-rollback test reloads the
    database's rows, and a handler that looks a content type up meanwhile (Wagtail's search
    index) would otherwise insert one that clashes with the row reloaded after it."""
    yield
    ContentType.objects.clear_cache()
    ContentType.objects.get_for_models(*apps.get_models())


def content_types():
    """{model: (app label, id)} of the moved models' content types."""
    ContentType.objects.clear_cache()
    return {
        content_type.model: (content_type.app_label, content_type.pk)
        for content_type in ContentType.objects.filter(model__in=MOVED)
    }


def migrate(targets):
    MigrationExecutor(connection).migrate(targets)
    ContentType.objects.clear_cache()


def migrate_forward():
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())
    ContentType.objects.clear_cache()


def test_a_database_from_before_the_move_keeps_its_campaigns(client, homes):
    italian = homes["it"].add_child(
        instance=landing_page(LANDING["it"], "staff@comune.example", None)
    )
    italian.save_revision().publish()
    english = publish_translation(
        italian,
        Locale.objects.get(language_code="en"),
        landing_page(LANDING["en"], "staff@comune.example", None),
    )
    assert client.post(italian.url, answers(**CAMPAIGN)).status_code == 303
    before = content_types()
    assert {label for label, _pk in before.values()} == {"campaigns"} and len(before) == 3

    migrate([("campaigns", None)])
    applied = MigrationRecorder(connection).applied_migrations()
    assert ("seo", "0001_initial") in applied
    assert ("seo", "0002_campaigns_moved_to_their_app") not in applied
    assert not any(app == "campaigns" for app, _name in applied)
    assert content_types() == {model: ("seo", pk) for model, (_label, pk) in before.items()}

    migrate_forward()
    assert content_types() == before
    assert not ContentType.objects.filter(app_label="seo").exists()
    # The page tree, the pages' types and their revisions.
    assert Page.objects.get(pk=italian.pk).specific_class is LandingPage
    assert (
        LandingPage.objects.get(pk=english.pk).get_latest_revision().as_object().hero_title
        == (LANDING["en"]["hero_title"])
    )
    assert LandingFormField.objects.filter(page=italian).count() == len(LANDING["it"]["fields"])
    assert LANDING["it"]["hero_title"] in client.get(italian.url).content.decode()
    assert LANDING["en"]["hero_title"] in client.get(english.url).content.decode()
    # wagtail-localize still finds the source of the English page.
    source = TranslationSource.objects.get(object_id=italian.translation_key)
    assert source.specific_content_type.model_class() is LandingPage
    assert source.get_source_instance() == italian
    # Permissions kept their content type (and so the groups that hold them).
    assert Permission.objects.filter(
        content_type__app_label="campaigns", codename="add_landingpage"
    ).exists()
    # The form still stores, records its lead, and the report lists them all.
    assert client.post(italian.url, answers(**CAMPAIGN)).status_code == 303
    assert FormSubmission.objects.filter(page=italian).count() == 2
    assert Lead.objects.count() == 2
    client.force_login(get_user_model().objects.create_superuser("admin", "a@example.org", "pw"))
    report = client.get("/admin/campaign-leads/").content.decode()
    assert "<td>autunno-2026</td><td>linkedin</td><td>paid</td>" in report
    assert "<td>2</td>" in report
