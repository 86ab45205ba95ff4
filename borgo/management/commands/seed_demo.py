from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.test.utils import override_settings

from borgo.demo.pages import DemoPages
from borgo.demo.users import ensure_demo_users
from borgo.staff import ensure_staff_groups


class Command(BaseCommand):
    help = (
        "Load the demo village (Castelmora) in every language. Idempotent: what exists is kept, "
        "what is missing is created."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--demo-users",
            action="store_true",
            help="Also create the demo admin accounts (local development only, needs DEBUG).",
        )

    def handle(self, *args, **options):
        if options["demo_users"] and not settings.DEBUG:
            raise CommandError("Demo accounts have well-known passwords: only with DEBUG=true.")
        # Translations are copied with the Italian slug and then renamed: that is no move a
        # visitor could have bookmarked, so it must not leave automatic redirects behind.
        with override_settings(WAGTAILREDIRECTS_AUTO_CREATE=False), transaction.atomic():
            groups = ensure_staff_groups()
            DemoPages(self.stdout).build()
            if options["demo_users"]:
                ensure_demo_users(groups)
        self.stdout.write(self.style.SUCCESS("Demo village ready."))
