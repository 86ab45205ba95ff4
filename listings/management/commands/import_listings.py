from django.core.management.base import BaseCommand, CommandError

from listings.csv_import import KINDS, import_listings


class Command(BaseCommand):
    help = (
        "Import accommodation or real-estate listings from a CSV file (UTF-8, comma-separated, "
        "a header row of field names). Rows update the listing with the same external_ref or "
        "create it. Nothing is saved if any row is invalid, unless --skip-invalid."
    )

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--kind", required=True, choices=sorted(KINDS))
        parser.add_argument("--dry-run", action="store_true", help="Validate only; save nothing.")
        parser.add_argument(
            "--skip-invalid", action="store_true", help="Save the valid rows, report the others."
        )

    def handle(self, *args, file, kind, dry_run, skip_invalid, **options):
        try:
            with open(file, encoding="utf-8-sig", newline="") as handle:
                report = import_listings(handle, kind, dry_run=dry_run, skip_invalid=skip_invalid)
        except (OSError, UnicodeDecodeError) as error:
            raise CommandError(f"Cannot read {file}: {error}") from error
        for error in report.errors:
            self.stderr.write(str(error))
        if report.errors and not (skip_invalid and report.saved):
            raise CommandError(f"{len(report.errors)} problem(s) found: nothing was imported.")
        if dry_run:
            self.stdout.write(self.style.SUCCESS("Every row is valid (dry run: nothing saved)."))
            return
        self.stdout.write(
            self.style.SUCCESS(f"Imported: {report.created} created, {report.updated} updated.")
        )
