"""The CSV import in the admin, as an Editor: upload, dry-run preview with every problem of
every row, in Italian; confirm; listings created."""

import pytest
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from listings.models import Accommodation

from .test_csv_import import BAD_BOOL, BAD_CIN, GOOD, HEADER

pytestmark = pytest.mark.django_db
URL = "wagtailsnippets_listings_accommodation:"


@pytest.fixture
def editor(listing_editor):
    return listing_editor


def upload(client, text):
    csv_file = SimpleUploadedFile("agency.csv", text.encode(), content_type="text/csv")
    return client.post(reverse(URL + "import"), {"csv_file": csv_file})


def test_the_listing_links_to_the_import(editor):
    body = editor.get(reverse(URL + "list")).content.decode()
    assert reverse(URL + "import") in body
    assert "Importazione CSV" in body


def test_every_problem_of_every_row_is_shown_in_italian_and_nothing_saved(editor):
    missing_ref = GOOD.replace("AG-1", "").replace("Casa Uno", "Casa Quattro")
    bad_date_and_cin = GOOD.replace("AG-1", "AG-5").replace("C5ABCD01", "X")
    text = HEADER.replace("\n", ",expires_on\n") + "".join(
        row.replace("\n", f",{date}\n")
        for row, date in [
            (GOOD, ""),
            (BAD_CIN, ""),
            (BAD_BOOL, ""),
            (missing_ref, ""),
            (bad_date_and_cin, "31-12-2027"),
        ]
    )
    body = upload(editor, text).content.decode()
    assert "riga 3, cin:" in body
    assert "riga 4, long_stay_friendly: “forse” non è sì o no." in body
    assert "riga 5, external_ref:" in body
    # A value that cannot be read does not hide the row's other problems.
    assert "riga 6, expires_on:" in body and "riga 6, cin:" in body
    assert "nulla è stato importato" in body
    assert 'name="csv_text"' not in body  # no confirmation with errors
    assert not Accommodation.objects.exists()


def test_preview_then_confirm_creates_the_listings(editor):
    twin = GOOD.replace("AG-1", "AG-2").replace("C5ABCD01", "C5ABCD02")
    response = upload(editor, HEADER + GOOD + twin)
    body = response.content.decode()
    assert "creerà 2 annunci e ne aggiornerà 0" in body
    for line in (2, 3):
        assert f"<td>{line}</td><td>Casa Uno</td><td>da creare</td>" in body
    assert not Accommodation.objects.exists()  # a dry run
    csv_text = response.context["confirm_form"].initial["csv_text"]
    response = editor.post(reverse(URL + "import"), {"csv_text": csv_text})
    assert response.status_code == 302
    assert sorted(Accommodation.objects.values_list("external_ref", flat=True)) == ["AG-1", "AG-2"]
    assert all(listing.live for listing in Accommodation.objects.all())


def test_staff_without_the_listing_permissions_cannot_import(client, django_user_model, homes):
    """Someone who may use the admin, but not add and change listings."""
    user = django_user_model.objects.create_user("guest", "guest@example.org", "pw")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    response = client.get(reverse(URL + "import"))
    assert response.status_code in (302, 403)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\xff\xfe\x00bad", "Il file non è testo UTF-8."),
        (
            b"external_ref,title\nAG-1,Casa,troppo\n",
            "Una riga ha più celle della riga di intestazione.",
        ),
    ],
)
def test_unreadable_files_are_a_form_error(editor, content, message):
    csv_file = SimpleUploadedFile("agency.csv", content, content_type="text/csv")
    response = editor.post(reverse(URL + "import"), {"csv_file": csv_file})
    assert response.status_code == 200
    assert message in response.content.decode()
