"""import_listings: good, bad and mixed files; dry run; skip-invalid; upsert by reference."""

import io
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.db import IntegrityError, transaction

from listings.models import Accommodation, RealEstate

from .factories import AccommodationFactory

pytestmark = pytest.mark.django_db
SAMPLES = Path(__file__).resolve().parents[2] / "listings" / "samples"
HEADER = (
    "external_ref,title,summary,accommodation_type,cin,capacity,price_per_night_from,"
    "contact_email,long_stay_friendly\n"
)
GOOD = "AG-1,Casa Uno,Bella casa.,room,IT076099C5ABCD01,2,40,a@example.org,no\n"
BAD_CIN = "AG-2,Casa Due,Bella casa.,room,IT12,2,40,a@example.org,no\n"
BAD_BOOL = "AG-3,Casa Tre,Bella casa.,room,IT076099C5ABCD03,2,40,a@example.org,forse\n"


def run(path, *args):
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("import_listings", str(path), *args, stdout=out, stderr=err)
    except CommandError as error:
        return False, out.getvalue(), err.getvalue() + str(error)
    return True, out.getvalue(), err.getvalue()


def write(tmp_path, text):
    path = tmp_path / "agency.csv"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("kind", "model"), [("accommodation", Accommodation), ("realestate", RealEstate)]
)
def test_sample_files_import_and_reimport_updates(homes, kind, model):
    ok, out, err = run(SAMPLES / f"{kind}.csv", "--kind", kind)
    assert ok, err
    assert model.objects.filter(live=True).count() == 3
    ok, out, _err = run(SAMPLES / f"{kind}.csv", "--kind", kind)
    assert ok and "0 created, 3 updated" in out
    assert model.objects.count() == 3


def test_a_bad_row_stops_the_whole_file_and_is_reported(homes, tmp_path):
    path = write(tmp_path, HEADER + GOOD + BAD_CIN + BAD_BOOL)
    ok, _out, err = run(path, "--kind", "accommodation")
    assert not ok
    assert "line 3, cin:" in err
    assert "line 4, long_stay_friendly:" in err
    assert "nothing was imported" in err
    assert not Accommodation.objects.exists()


def test_skip_invalid_saves_the_good_rows(homes, tmp_path):
    path = write(tmp_path, HEADER + GOOD + BAD_CIN)
    ok, out, err = run(path, "--kind", "accommodation", "--skip-invalid")
    assert ok and "1 created" in out and "line 3, cin:" in err
    assert list(Accommodation.objects.values_list("external_ref", flat=True)) == ["AG-1"]


def test_dry_run_saves_nothing(homes, tmp_path):
    ok, out, _err = run(write(tmp_path, HEADER + GOOD), "--kind", "accommodation", "--dry-run")
    assert ok and "dry run" in out
    assert not Accommodation.objects.exists()


def test_update_changes_the_existing_listing(homes, tmp_path):
    run(write(tmp_path, HEADER + GOOD), "--kind", "accommodation")
    ok, out, _err = run(
        write(tmp_path, HEADER + GOOD.replace(",40,", ",55,")), "--kind", "accommodation"
    )
    assert ok and "1 updated" in out
    assert Accommodation.objects.get().price_per_night_from == 55


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("title,summary\nCasa,Bella\n", "line 1, external_ref"),
        (HEADER.replace("title", "colour") + GOOD, "unknown columns"),
        (HEADER + GOOD + GOOD, "line 3, external_ref"),
        (HEADER + GOOD.replace("AG-1", ""), "line 2, external_ref"),
        (HEADER.replace("\n", ",expired\n") + GOOD.replace("\n", ",yes\n"), "unknown columns"),
    ],
)
def test_broken_files_are_refused(homes, tmp_path, text, expected):
    ok, _out, err = run(write(tmp_path, text), "--kind", "accommodation")
    assert not ok and expected in err
    assert not Accommodation.objects.exists()


def test_unreadable_file(homes, tmp_path):
    path = tmp_path / "binary.csv"
    path.write_bytes(b"\xff\xfe\x00bad")
    ok, _out, err = run(path, "--kind", "accommodation")
    assert not ok and "Cannot read" in err


def test_new_rows_with_the_same_title_get_different_slugs(homes, tmp_path):
    twin = GOOD.replace("AG-1", "AG-9").replace("C5ABCD01", "C5ABCD09")
    ok, out, err = run(write(tmp_path, HEADER + GOOD + twin), "--kind", "accommodation")
    assert ok, err
    assert sorted(Accommodation.objects.values_list("slug", flat=True)) == [
        "casa-uno",
        "casa-uno-2",
    ]


def test_two_rows_asking_for_the_same_slug_are_refused(homes, tmp_path):
    header = HEADER.replace("title,", "title,slug,")
    first = GOOD.replace("Casa Uno,", "Casa Uno,casa,")
    second = first.replace("AG-1", "AG-9").replace("C5ABCD01", "C5ABCD09")
    ok, _out, err = run(write(tmp_path, header + first + second), "--kind", "accommodation")
    assert not ok and "line 3, slug:" in err
    assert not Accommodation.objects.exists()


def test_a_title_taken_by_another_listing_gets_a_free_slug(homes, tmp_path):
    AccommodationFactory(title="Casa Uno", slug="casa-uno", external_ref="OTHER")
    ok, _out, err = run(write(tmp_path, HEADER + GOOD), "--kind", "accommodation")
    assert ok, err
    assert Accommodation.objects.get(external_ref="AG-1").slug == "casa-uno-2"


def test_slugs_are_unique_per_language_in_the_database(homes):
    AccommodationFactory(slug="casa")
    with pytest.raises(IntegrityError), transaction.atomic():
        AccommodationFactory(slug="casa")


def test_the_edit_view_shows_the_imported_data(homes, tmp_path):
    """The admin edits the latest revision: an import must not leave an older one there."""
    listing = AccommodationFactory(external_ref="AG-1", price_per_night_from=30)
    listing.save_revision().publish()
    ok, _out, err = run(write(tmp_path, HEADER + GOOD), "--kind", "accommodation")
    assert ok, err
    listing.refresh_from_db()
    assert listing.price_per_night_from == 40
    assert listing.latest_revision.as_object().price_per_night_from == 40
    assert listing.live_revision == listing.latest_revision
    assert not listing.has_unpublished_changes


def test_an_unpublished_listing_stays_unpublished(homes, tmp_path):
    listing = AccommodationFactory(external_ref="AG-1", live=False)
    ok, _out, err = run(write(tmp_path, HEADER + GOOD), "--kind", "accommodation")
    assert ok, err
    listing.refresh_from_db()
    assert not listing.live
    assert listing.latest_revision.as_object().price_per_night_from == 40


def test_reimporting_with_an_empty_slug_keeps_the_listings_slug(homes, tmp_path):
    text = HEADER.replace("title,", "title,slug,") + GOOD.replace("Casa Uno,", "Casa Uno,,")
    run(write(tmp_path, text), "--kind", "accommodation")
    ok, _out, err = run(write(tmp_path, text), "--kind", "accommodation")
    assert ok, err
    assert Accommodation.objects.get().slug == "casa-uno"
