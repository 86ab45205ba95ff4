"""Settings of the test suite (pyproject's pytest DJANGO_SETTINGS_MODULE): the project's, and
the test-only apps.

`tests.throwaway_pages` holds a page type written by README's recipe alone, for
tests/test_page_type_recipe.py. Production, manage.py and the WSGI app use `borgo.settings`,
which never names it; the browser tests' site inherits these settings from the test process,
so the throw-away type is also edited there like every other page type. Nothing else differs.
"""

from borgo.settings import *  # noqa: F403
from borgo.settings import INSTALLED_APPS

INSTALLED_APPS = [*INSTALLED_APPS, "tests.throwaway_pages"]
