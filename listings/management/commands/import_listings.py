from django.core.management.base import BaseCommand, CommandError, no_translations

from listings.csv_import import KINDS, import_dataset, read_csv


class Command(BaseCommand):
    help = (
        "Import accommodation or real-estate listings from a CSV file (UTF-8, comma-separated, "
        "a header row of field names). Rows update the listing with the same external_ref or "
        "create it. Nothing is saved if any row is invalid, unless --skip-invalid. Uses the "
        "same import-export Resource as the admin's import."
    )

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--kind", required=True, choices=sorted(KINDS))
        parser.add_argument("--dry-run", action="store_true", help="Validate only; save nothing.")
        parser.add_argument(
            "--skip-invalid", action="store_true", help="Save the valid rows, report the others."
        )

    @no_translations  # scripted imports log in English; the admin's import speaks the user's
    def handle(self, *args, file, kind, dry_run, skip_invalid, **options):
        try:
            with open(file, encoding="utf-8-sig", newline="") as handle:
                dataset = read_csv(handle.read())
        except (OSError, ValueError) as error:  # UnicodeDecodeError is a ValueError
            raise CommandError(f"Cannot read {file}: {error}") from error
        result, errors = import_dataset(kind, dataset, dry_run=True)
        for error in errors:
            self.stderr.write(str(error))
        if errors and not (skip_invalid and result is not None):
            raise CommandError(f"{len(errors)} problem(s) found: nothing was imported.")
        if dry_run:
            self.stdout.write(self.style.SUCCESS("Every row is valid (dry run: nothing saved)."))
            return
        invalid = {error.line - 2 for error in errors}
        valid = read_csv(dataset.export("csv"))
        for index in sorted(invalid, reverse=True):
            del valid[index]
        result, _errors = import_dataset(kind, valid, dry_run=False)
        totals = result.totals
        self.stdout.write(
            self.style.SUCCESS(f"Imported: {totals['new']} created, {totals['update']} updated.")
        )
