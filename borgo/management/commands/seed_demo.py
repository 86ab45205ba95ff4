from contextlib import nullcontext
from importlib import import_module
from importlib.util import find_spec

from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.test.utils import override_settings
from wagtail.signal_handlers import (
    disable_reference_index_auto_update,
    reference_index_auto_update_disabled,
)

from borgo.demo.pages import DemoPages
from borgo.demo.users import ensure_demo_users
from borgo.site_setup import ensure_locale_synchronization
from borgo.staff import ensure_staff_groups


def app_seeders():
    """Each app's `demo` module (e.g. attractions/demo.py), in INSTALLED_APPS order.

    A seeder module defines `seed(demo, options)`, where `demo` is the DemoPages that built the
    village's pages, and may define `add_arguments(parser)` for options of its own.
    """
    return [
        import_module(f"{config.name}.demo")
        for config in apps.get_app_configs()
        if config.name != "borgo" and find_spec(f"{config.name}.demo") is not None
    ]


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
        for seeder in app_seeders():
            if hasattr(seeder, "add_arguments"):
                seeder.add_arguments(parser)

    def handle(self, *args, **options):
        if options["demo_users"] and not settings.DEBUG:
            raise CommandError("Demo accounts have well-known passwords: only with DEBUG=true.")
        # Translations are copied with the Italian slug and then renamed: that is no move a
        # visitor could have bookmarked, so it must not leave automatic redirects behind.
        # The reference index ("usage" in the admin) is rebuilt once at the end instead of on
        # each of the thousands of saves (a page is saved, revised, published, translated),
        # unless the caller keeps it off already (the test suite): Wagtail's switch does not nest.
        index_references = not getattr(reference_index_auto_update_disabled, "value", False)
        with (
            override_settings(WAGTAILREDIRECTS_AUTO_CREATE=False),
            transaction.atomic(),
            disable_reference_index_auto_update() if index_references else nullcontext(),
        ):
            groups = ensure_staff_groups()
            demo = DemoPages(self.stdout)
            demo.build()
            for seeder in app_seeders():
                seeder.seed(demo, options)
            if options["demo_users"]:
                ensure_demo_users(groups)
            # Last, so that the demo's own translations are made before any alias would be.
            ensure_locale_synchronization()
        if index_references:
            call_command("rebuild_references_index", verbosity=0)
        self.stdout.write(self.style.SUCCESS("Demo village ready."))
