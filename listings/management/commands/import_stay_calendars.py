from django.core.management.base import BaseCommand

from listings.calendar_import import import_all_feeds


class Command(BaseCommand):
    help = (
        "Fetch every stay's calendar feed (iCal export URL) and replace its booked periods; a "
        "feed that cannot be read keeps its periods, records the error and is e-mailed to "
        "staff. Run it periodically, e.g. every 30 minutes from cron."
    )

    def handle(self, *args, **options):
        imported, bad = import_all_feeds()
        for feed in bad:
            self.stderr.write(f"{feed.accommodation} ({feed.url}): {feed.last_error}")
        self.stdout.write(f"{imported} calendar feed(s) imported, {len(bad)} with errors.")
