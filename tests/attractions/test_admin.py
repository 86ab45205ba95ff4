"""Places in the Wagtail admin: the editor's preview, and the Territory listings' filters.

Which page types go where is checked in test_models.TestPageTree.
"""

import pytest
from django.urls import reverse
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from tests.factories import ImageFactory

from .factories import (
    ActivityPageFactory,
    AttractionIndexPageFactory,
    AttractionPageFactory,
    ServicePageFactory,
    add_picture,
)


class AttractionPreviewTests(WagtailPageTestCase):
    def setUp(self):
        from borgo.site_setup import ensure_home_page

        home = ensure_home_page(title="Castelmora")
        self.page = AttractionPageFactory(parent=AttractionIndexPageFactory(parent=home))
        add_picture(self.page)
        self.image = ImageFactory()

    def post_data(self, **fields):
        """What the edit form posts: the required fields, one picture (min_num=1), and the
        stream fields, as the admin's JavaScript would send them."""
        data = {
            "title": "Chiesa Madre",
            "slug": "chiesa-madre",
            "summary": "La chiesa più antica del borgo.",
            "category": "culture",
            "kind": "church",
            "gallery_images": inline_formset(
                [{"image": self.image.pk, "alt_text": "La facciata", "caption": ""}], min=1
            ),
            "body": streamfield([("paragraph", rich_text("<p>Del Trecento.</p>"))]),
            "tags": "",
            "opening_hours": streamfield(
                [("rule", {"days": ["Sa", "Su"], "opens": "10:00", "closes": "13:00"})]
            ),
            "latitude": "40.187300",
            "longitude": "15.873100",
            **fields,
        }
        return nested_form_data(data)

    def test_attraction_is_previewable(self):
        self.assertPageIsPreviewable(self.page, post_data=self.post_data())

    def test_an_empty_opening_hours_rule_is_a_form_error(self):
        """The Hours tab's "+" then save (a draft, or autosave) with the times left empty:
        the form comes back with the error on the rule, nothing is saved, no 500."""
        self.client.force_login(self.create_superuser("admin"))
        empty_rule = streamfield([("rule", {"days": [], "opens": "", "closes": ""})])
        url = reverse("wagtailadmin_pages:edit", args=[self.page.pk])
        revisions = self.page.revisions.count()
        for action in ({}, {"action-publish": "action-publish"}):
            response = self.client.post(url, {**self.post_data(opening_hours=empty_rule), **action})
            self.assertEqual(response.status_code, 200)
            errors = response.context["form"].errors["opening_hours"].as_data()[0]
            rule_errors = errors.block_errors[0].block_errors
            self.assertLessEqual({"opens", "closes"}, set(rule_errors))
        self.assertEqual(self.page.revisions.count(), revisions)

    def test_preview_refuses_a_kind_outside_its_category(self):
        # The same data but for the kind: the preview above really validates what it posts.
        with self.assertRaises(self.failureException):
            self.assertPageIsPreviewable(self.page, post_data=self.post_data(kind="lake"))


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("admin", "admin@example.org", "pw")
    client.force_login(user)
    return client


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("listing", "factory", "parent", "wanted", "other"),
    [
        (
            "attraction_pages",
            AttractionPageFactory,
            "see",
            {"category": "nature", "kind": "lake"},
            {"category": "culture", "kind": "church"},
        ),
        (
            "activity_pages",
            ActivityPageFactory,
            "do",
            {"category": "cycling"},
            {"category": "hiking"},
        ),
        (
            "service_pages",
            ServicePageFactory,
            "services",
            {"category": "transport", "kind": "bus"},
            {"category": "pharmacy", "kind": "pharmacy"},
        ),
    ],
)
def test_territory_listing_filters_by_category(
    admin_client, request, listing, factory, parent, wanted, other
):
    index = request.getfixturevalue(parent)
    index = index["it"] if isinstance(index, dict) else index
    factory(parent=index, title="Posto cercato", **wanted)
    factory(parent=index, title="Posto escluso", **other)
    url = reverse(f"{listing}:index")
    everything = admin_client.get(url)
    assert everything.status_code == 200
    assert "Posto cercato" in everything.text and "Posto escluso" in everything.text
    filtered = admin_client.get(url, {"category": wanted["category"]}).text
    assert "Posto cercato" in filtered
    assert "Posto escluso" not in filtered
