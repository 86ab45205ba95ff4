"""`check --deploy`: the public address that every link the site sends out is built on."""

from urllib.parse import urlsplit

from django.conf import settings
from django.core import checks
from django.core.exceptions import ImproperlyConfigured

LOOPBACK_HOSTS = {"localhost", "127.0.0.1", "::1"}


@checks.register(checks.Tags.security, deploy=True)
def check_base_url(app_configs=None, **kwargs):
    from .site_setup import site_address

    try:
        site_address(settings.BASE_URL)
    except ImproperlyConfigured as error:
        return [checks.Error(str(error), id="borgo.E001")]
    hostname = urlsplit(settings.BASE_URL).hostname
    if hostname in LOOPBACK_HOSTS or hostname.endswith(".localhost"):
        return [
            checks.Warning(
                f"BASE_URL is {settings.BASE_URL}: links in e-mails, calendar feeds, sitemaps "
                "and structured data would point to this machine.",
                hint="Set BASE_URL to the public address, e.g. https://www.castelmora.example.",
                id="borgo.W001",
            )
        ]
    return []
