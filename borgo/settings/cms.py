"""Wagtail's own settings: site name, admin, search, moderation."""

from .application import BASE_URL

# Wagtail.
WAGTAIL_SITE_NAME = "Borgo"
WAGTAILADMIN_BASE_URL = BASE_URL
# Wagtail's database search, stemming each language on PostgreSQL (borgo/search_backend.py).
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "borgo.search_backend",
        "SEARCH_CONFIGS": {"it": "italian", "en": "english", "de": "german", "fr": "french"},
    }
}

WAGTAIL_ENABLE_UPDATE_CHECK = False
# No third-party request from the admin: Gravatar would receive a hash of each staff member's
# e-mail on every admin page. Avatars are Wagtail's own default picture, or one uploaded in the
# account settings.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_MODERATION_ENABLED = True
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
