"""The project's catalogues must not change the translation of Wagtail's (or Django's) strings.

Django merges every catalogue into one: the project's (locale/, then borgo, attractions…, which
come first in INSTALLED_APPS) win over Wagtail's. A project string with the same msgid as one
of Wagtail's but another translation therefore changes Wagtail's admin too: the speed tests'
"Upload" column once turned the image uploader's "Carica" into "Upload". A project string that
means something else takes a context (pgettext, `translate … context`); one that means the same
takes the same translation.
"""

from pathlib import Path

import django
import polib
import pytest
from django.apps import apps

ROOT = Path(__file__).resolve().parent.parent
PROJECT_APPS = {"borgo", "attractions", "coworking", "listings", "seo"}


def third_party_translations(code):
    """msgid → msgstr of every installed app's catalogue but ours, and Django's own."""
    dirs = [Path(django.__file__).parent / "conf" / "locale"] + [
        Path(config.path) / "locale"
        for config in apps.get_app_configs()
        if config.label not in PROJECT_APPS
    ]
    found = {}
    for locale_dir in dirs:
        path = locale_dir / code / "LC_MESSAGES" / "django.po"
        if path.exists():
            for entry in polib.pofile(str(path)):
                if entry.translated() and not entry.msgctxt and not entry.msgid_plural:
                    found.setdefault(entry.msgid, set()).add(entry.msgstr)
    return found


@pytest.mark.parametrize("code", ["it", "de", "fr"])
def test_project_catalogues_do_not_shadow_wagtail_or_django(code):
    theirs = third_party_translations(code)
    shadowed = []
    for path in [ROOT / "locale"] + [ROOT / app / "locale" for app in sorted(PROJECT_APPS)]:
        po = path / code / "LC_MESSAGES" / "django.po"
        if not po.exists():
            continue
        for entry in polib.pofile(str(po)):
            if entry.msgctxt or entry.msgid not in theirs:
                continue
            if entry.msgstr not in theirs[entry.msgid]:
                shadowed.append((po.parts[-5], entry.msgid, entry.msgstr, theirs[entry.msgid]))
    assert shadowed == []
