"""The demo village, seeded once for every test of this package.

Seeding through wagtail-localize is the slowest step of the suite, so the tests that look at the
seeded demo live here and share one seed (a parallel run keeps them on one worker): a
transaction around the package, rolled back at its end; each test asks for `db` too and so runs
in a savepoint of it, and none sees another's changes.
"""

import io

import pytest
from django.core.management import call_command
from django.db import transaction


@pytest.fixture(scope="package")
def seeded_demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("seed_demo", stdout=io.StringIO())
        yield
        transaction.set_rollback(True)
