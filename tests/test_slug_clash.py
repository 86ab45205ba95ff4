"""A slug held by another page (an abandoned draft, say, left by autosave) is named and linked
in the editor's error, so the editor can finish or delete it."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, streamfield
from wagtail.users.models import UserProfile

from borgo.models import ContentPage
from borgo.page_forms import SlugClashMixin
from tests.admin_targets import page_types

pytestmark = pytest.mark.django_db


def test_every_page_type_names_the_page_holding_a_slug():
    assert [
        model.__name__
        for model in page_types()
        if not issubclass(model.get_edit_handler().get_form_class(), SlugClashMixin)
    ] == []


@pytest.fixture
def add_content_page(client, homes, django_user_model):
    user = django_user_model.objects.create_superuser("admin", "a@example.org", "pw")
    UserProfile.objects.create(user=user, preferred_language="en")  # the messages' own words
    client.force_login(user)
    url = reverse("wagtailadmin_pages:add", args=["borgo", "contentpage", homes["it"].pk])

    def add(title, slug, **action):
        data = nested_form_data({"title": title, "slug": slug, "body": streamfield([])})
        return client.post(url, {**data, **action})

    return add


def test_a_draft_holding_the_slug_is_named_and_linked(add_content_page):
    # What autosave leaves of a page begun and abandoned: a draft with a title.
    assert add_content_page("Incentivi", "incentivi").status_code == 302
    draft = ContentPage.objects.get(slug="incentivi")
    assert not draft.live

    response = add_content_page("Incentivi per chi arriva", "incentivi")
    assert response.status_code == 200
    [error] = response.context["form"].errors["slug"]
    assert "“Incentivi”" in error
    assert "never published" in error
    assert f'href="{reverse("wagtailadmin_pages:edit", args=[draft.pk])}"' in error


def test_a_published_page_holding_the_slug_is_named(add_content_page):
    add_content_page("Incentivi", "incentivi", **{"action-publish": "action-publish"})
    assert ContentPage.objects.get(slug="incentivi").live

    response = add_content_page("Altri incentivi", "incentivi")
    [error] = response.context["form"].errors["slug"]
    assert "“Incentivi”" in error
    assert "never published" not in error
