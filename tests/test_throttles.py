"""Page passwords and the admin's password reset are throttled per client IP (and the reset per
address asked for): past the limit a 429 page in the visitor's language, even for the right
password, and no more e-mails."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import translation
from wagtail.models import PageViewRestriction

from .factories import ContentPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def private_page(homes, settings):
    settings.PASSWORD_RATE_LIMIT = "3/15m"
    page = ContentPageFactory(parent=homes["en"], title="Members", slug="members")
    page.save_revision().publish()
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="right horse"
    )
    with translation.override("en"):  # the form of an English page posts to /en/
        url = reverse("wagtailcore_authenticate_with_password", args=[restriction.id, page.id])
    return url, page


def guess(client, url, password):
    return client.post(url, {"password": password, "return_url": "/en/members/"})


def test_page_password_guesses_are_throttled(client, private_page):
    url, _page = private_page
    assert url.startswith("/en/")
    for _attempt in range(3):
        assert guess(client, url, "wrong").status_code == 200  # the form again, with an error
    response = guess(client, url, "right horse")
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    assert "Too many attempts" in response.content.decode()
    assert "not saved" not in response.content.decode()  # nothing is stored by this form
    assert "passwordrestrictions" not in str(client.session.keys())


def test_the_right_password_still_works_within_the_limit(client, private_page):
    url, _page = private_page
    guess(client, url, "wrong")
    assert guess(client, url, "right horse").status_code == 302


@pytest.fixture
def staff_member(db, settings):
    settings.PASSWORD_RATE_LIMIT = "3/15m"
    return get_user_model().objects.create_user("staff", "staff@example.org", "pw", is_staff=True)


def test_password_reset_requests_are_throttled(client, staff_member, mailoutbox):
    url = reverse("wagtailadmin_password_reset")
    assert url == "/admin/password_reset/"
    for _attempt in range(3):
        assert client.post(url, {"email": staff_member.email}).status_code == 302
    response = client.post(url, {"email": staff_member.email}, HTTP_ACCEPT_LANGUAGE="de")
    assert response.status_code == 429
    assert "Zu viele Versuche" in response.content.decode()
    assert len(mailoutbox) == 3


def test_one_address_is_not_flooded_from_many_addresses(client, staff_member, mailoutbox):
    url = reverse("wagtailadmin_password_reset")
    for n in range(3):
        client.post(url, {"email": staff_member.email}, REMOTE_ADDR=f"198.51.100.{n}")
    response = client.post(url, {"email": staff_member.email}, REMOTE_ADDR="198.51.100.9")
    assert response.status_code == 429
    assert len(mailoutbox) == 3
