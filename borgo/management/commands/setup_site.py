from django.core.management.base import BaseCommand
from wagtail.models import Site

from borgo.site_setup import ensure_home_page, ensure_locale_synchronization
from borgo.staff import ensure_staff_groups


class Command(BaseCommand):
    help = (
        "Create what an empty database needs, and bring an existing one up to date: locales "
        "kept in step with Italian, the Italian home page, the default Site on BASE_URL, the "
        "staff groups and their workflow. Safe to run after every deploy."
    )

    def handle(self, *args, **options):
        home = ensure_home_page()
        ensure_locale_synchronization()
        ensure_staff_groups()
        site = Site.objects.get(is_default_site=True)
        self.stdout.write(f"Site ready at {site.root_url}: home page #{home.pk} ({home.title}).")
