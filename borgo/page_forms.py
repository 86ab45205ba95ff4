"""The page editor's form: a slug clash names and links the page that holds the slug.

Autosave saves a new page as a draft as soon as it has a title, so a half-filled page that was
abandoned (and its copies in the other languages, made by the locale synchronisation) holds
its slug unseen: Wagtail's own error only says the slug is in use. This one says by which page,
whether it is a draft never published, and links to it, where it can be finished or deleted.
"""

from django.utils.html import format_html
from django.utils.translation import gettext as _
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.contrib.forms.forms import WagtailAdminFormPageForm


def slug_holder(form):
    """The other page under the same parent whose slug the form asks for, if any."""
    parent = form.parent_page
    slug = form.data.get(form.add_prefix("slug"))
    if parent is None or not slug:
        return None
    siblings = parent.get_children().filter(slug=slug)
    if form.instance.pk:
        siblings = siblings.exclude(pk=form.instance.pk)
    return siblings.specific().first()


def slug_clash_message(page, user):
    if page.first_published_at is None:
        text = _(
            "This slug is taken by the draft “%(title)s”, saved but never published (perhaps "
            "by autosave). Carry on with that draft or delete it, or choose another slug."
        )
    else:
        text = _("This slug is taken by the page “%(title)s”. Choose another slug.")
    text %= {"title": page.get_admin_display_title()}
    url = AdminURLFinder(user).get_edit_url(page)
    if not url:
        return text
    return format_html('{} <a href="{}">{}</a>', text, url, _("Open it"))


class SlugClashMixin:
    def clean(self):
        cleaned_data = super().clean()
        if "slug" in self.errors and (holder := slug_holder(self)) is not None:
            self.errors["slug"] = self.error_class([slug_clash_message(holder, self.for_user)])
        return cleaned_data


class PageForm(SlugClashMixin, WagtailAdminPageForm):
    """The base form of the project's page types."""


class FormPageForm(SlugClashMixin, WagtailAdminFormPageForm):
    """The base form of the project's form-builder page types."""
