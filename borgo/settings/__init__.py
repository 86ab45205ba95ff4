"""Settings for Borgo, read from the environment only (django-environ, optional `.env`).

Every variable is documented in the README. The defaults give a working embedded set-up
(SQLite file, local-memory cache, console email); with DEBUG=false the project refuses to start
without a real SECRET_KEY and turns the HTTPS protections on.

A package of modules with one job each, gathered here (no setting is defined in two of them,
so their order does not matter) so that DJANGO_SETTINGS_MODULE stays
`borgo.settings` everywhere (manage.py, wsgi, the Dockerfile, CI, deploy files):
environment (the variables, BASE_DIR, DEBUG), application (apps, middleware, templates,
database, logging), caching, security (secret key, HTTPS, CSP, rate limits, sign-in lock-out),
work (task queue, e-mail), languages, files (static, media, uploads) and cms (Wagtail). A
setting is read from the environment in one module only; another module that needs it imports
it from there.
"""

from .application import *  # noqa: F403
from .caching import *  # noqa: F403
from .cms import *  # noqa: F403
from .environment import *  # noqa: F403
from .files import *  # noqa: F403
from .languages import *  # noqa: F403
from .security import *  # noqa: F403
from .work import *  # noqa: F403
