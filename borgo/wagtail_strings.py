"""Wagtail 8 strings its Italian catalogue lacks, so that the project's catalogues carry them.

Wagtail's own catalogues translate the admin; where Wagtail 8's Italian one has no entry for a
string the admin shows (the page listing's "1-4 of 4 pages", the editing-session warnings, the
scheduling log…), `make messages` extracts it from here into locale/, where it is translated in
all four languages: Italian by us, German and French copied from Wagtail's own catalogues so
that they change nothing. Remove a string once Wagtail's Italian catalogue has it.

Found by extracting Wagtail's source (xgettext) and comparing with its Italian catalogues; the
API-token and search-promotion strings are left out: those apps are not installed.
"""

from django.utils.translation import gettext_noop

WAGTAIL_STRINGS_MISSING_IN_ITALIAN = (
    gettext_noop("%(model_name)s scheduled for publishing at %(go_live_at)s"),
    gettext_noop("%(model_name)s scheduled for publishing"),
    gettext_noop("%(model_name)s unscheduled for publishing at %(go_live_at)s"),
    gettext_noop("%(model_name)s unscheduled from publishing"),
    gettext_noop("Meta description is empty"),
    gettext_noop("Add a concise description for search engines"),
    gettext_noop("Locked by"),
    gettext_noop("Anyone"),
    gettext_noop('You do not have permission to publish pages at "%(page_title)s"'),
    gettext_noop("unknown number"),
    gettext_noop("- Select an option -"),
    gettext_noop("Maximum filesize: %(max_upload_size)s."),
    gettext_noop("View latest version"),
    gettext_noop("Currently idle"),
    gettext_noop("Proceeding will overwrite the changes you made in that window."),
    gettext_noop("Proceeding will overwrite the changes made by %(user_name)s."),
    gettext_noop("Alternatively, you can view the latest version in a new tab."),
    gettext_noop("A network error occurred"),
    gettext_noop(
        "Troubleshoot your connection to the site before proceeding. "
        "Open the editor in a separate tab to view the last saved version."
    ),
    gettext_noop("Cancelled by %(cancelled_by)s"),
    gettext_noop("Actions (footer)"),
    gettext_noop(
        "%(start_index)s-%(end_index)s of %(items_count)s %(model_name)s across entire site."
    ),
    gettext_noop(
        "%(start_index)s-%(end_index)s of %(items_count)s %(model_name)s in "
        "'<span class=\"w-title-ellipsis\">%(title)s</span>'."
    ),
    gettext_noop("%(start_index)s-%(end_index)s of %(items_count)s %(model_name)s"),
)
