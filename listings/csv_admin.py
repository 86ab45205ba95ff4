"""The CSV import in the admin (Stays and homes › Accommodation or Properties › Import CSV).

Staff upload a file; the view runs the import as a dry run (listings/csv_import.py, the same
Resource as `import_listings`) and shows every problem of every row, or what would be created
and updated. Confirming runs it again for real. The file travels in the confirm form itself
(a hidden field) rather than in a temporary file or the cache: nothing is kept on a web server
between the two steps, and the confirmed text is validated again before it is saved.
"""

from django import forms
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import path, reverse_lazy
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.widgets.button import HeaderButton
from wagtail.snippets.views.snippets import IndexView

from .csv_import import import_dataset, read_csv

MAX_BYTES = 2 * 1024 * 1024


class UploadForm(forms.Form):
    csv_file = forms.FileField(
        label=_("CSV file"),
        help_text=_(
            "UTF-8, comma-separated, a header row of field names; see the samples in the README."
        ),
    )

    def clean_csv_file(self):
        """The file's text, once it is known to be a CSV table."""
        upload = self.cleaned_data["csv_file"]
        if upload.size > MAX_BYTES:
            raise forms.ValidationError(_("The file is larger than 2 MB."))
        try:
            text = upload.read().decode("utf-8-sig")
            read_csv(text)
        except UnicodeDecodeError as error:
            raise forms.ValidationError(_("The file is not UTF-8 text.")) from error
        except ValueError as error:
            raise forms.ValidationError(str(error)) from error
        return text


class ConfirmForm(forms.Form):
    csv_text = forms.CharField(widget=forms.HiddenInput, strip=False)


class CSVImportView(PermissionCheckedMixin, WagtailAdminTemplateMixin, FormView):
    """Upload → preview (dry run) → confirm. Editors need to add and change the listings."""

    template_name = "listings/admin/csv_import.html"
    kind = model = index_url_name = None
    header_icon = "upload"

    permission_required = "add"

    def user_has_permission(self, permission):
        """Importing creates and changes listings: it takes both permissions."""
        user = self.request.user
        return all(self.permission_policy.user_has_permission(user, a) for a in ("add", "change"))

    def get_page_title(self):
        return _("Import %(items)s from CSV") % {"items": self.model._meta.verbose_name_plural}

    def get_form_class(self):
        return ConfirmForm if "csv_text" in self.request.POST else UploadForm

    def form_valid(self, form):
        text = form.cleaned_data.get("csv_text") or form.cleaned_data["csv_file"]
        confirmed = isinstance(form, ConfirmForm)
        result, errors = import_dataset(self.kind, read_csv(text), dry_run=not confirmed)
        if confirmed and not errors:
            messages.success(
                self.request,
                _("Imported: %(new)s created, %(update)s updated.") % result.totals,
            )
            return redirect(self.index_url_name)
        return self.render_to_response(
            self.get_context_data(
                form=UploadForm(),
                errors=errors,
                totals=result.totals if result else None,
                rows=result.valid_rows() if result else [],
                confirm_form=None if errors else ConfirmForm(initial={"csv_text": text}),
            )
        )


class ImportableIndexView(IndexView):
    """The listing with an "Import CSV" button next to "Add"."""

    import_url_name = None

    @property
    def header_buttons(self):
        buttons = list(super().header_buttons)
        if self.permission_policy.user_has_permission(self.request.user, "add"):
            buttons.append(
                HeaderButton(_("Import CSV"), url=self.import_url_name, icon_name="upload")
            )
        return buttons


class CSVImportViewSetMixin:
    """For a listing SnippetViewSet: the import view at import/ and its button."""

    import_kind = None
    index_view_class = ImportableIndexView

    def get_index_view_kwargs(self, **kwargs):
        return super().get_index_view_kwargs(
            import_url_name=reverse_lazy(self.get_url_name("import")), **kwargs
        )

    def get_urlpatterns(self):
        view = CSVImportView.as_view(
            kind=self.import_kind,
            model=self.model,
            index_url_name=self.get_url_name("list"),
        )
        return super().get_urlpatterns() + [path("import/", view, name="import")]
