"""Every static file the admin's editing views ask for is in the production manifest.

The manifest storage refuses (a 500 in production) to name a file `collectstatic` did not
collect, as happened with the table block's Handsontable files while its contrib app was not
installed; development's plain storage never notices. So `collectstatic` runs here with the
manifest storage (without compression, which changes nothing in the manifest), and the edit
view of every page type and snippet is rendered under it: the render fails on a missing
entry, and every /static/ URL on the page must name a collected file.
"""

import io
import re

import pytest
from django.core.management import call_command
from django.test import override_settings

from tests.admin_targets import targets

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("seeded_demo")]

MANIFEST_STORAGE = "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"
STATIC_URL_PATTERN = re.compile(r"""(?:src|href)=["'](/static/[^"'?#]+)""")


@pytest.fixture(scope="module")
def collected_static(tmp_path_factory):
    root = tmp_path_factory.mktemp("static")
    storages = {
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        "staticfiles": {"BACKEND": MANIFEST_STORAGE},
    }
    with override_settings(STATIC_ROOT=root, STORAGES=storages, DEBUG=False):
        call_command("collectstatic", interactive=False, verbosity=0, stdout=io.StringIO())
        yield root


def test_every_static_file_of_the_admins_edit_views_is_in_the_manifest(
    collected_static, admin_client
):
    views = targets()
    assert any(label.startswith("snippet ") for label in views)
    missing = {}
    for label, (_kind, url) in views.items():
        response = admin_client.get(url)
        assert response.status_code == 200, (label, url, response.status_code)
        static_paths = STATIC_URL_PATTERN.findall(response.content.decode())
        assert static_paths, (label, url)
        absent = [path for path in static_paths if not (collected_static / path[8:]).exists()]
        if absent:
            missing[label] = absent
    assert not missing
