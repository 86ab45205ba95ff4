from django.core.management.base import BaseCommand

from borgo.site_setup import ensure_home_page, ensure_locale_synchronization
from borgo.staff import ensure_staff_groups


class Command(BaseCommand):
    help = (
        "Create what an empty database needs: locales kept in step with Italian, the Italian "
        "home page, the default site, the staff groups and their workflow."
    )

    def handle(self, *args, **options):
        home = ensure_home_page()
        ensure_locale_synchronization()
        ensure_staff_groups()
        self.stdout.write(f"Site ready: home page #{home.pk} ({home.title}).")
