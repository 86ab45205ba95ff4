from django.core.management.base import BaseCommand

from borgo.site_setup import ensure_home_page


class Command(BaseCommand):
    help = "Create the locales, the Italian home page and the default site if they are missing."

    def handle(self, *args, **options):
        home = ensure_home_page()
        self.stdout.write(f"Site ready: home page #{home.pk} ({home.title}).")
