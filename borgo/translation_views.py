"""wagtail-localize's views, wrapped so that every way of publishing a translation goes through
`borgo.translation_moderation` (see its docstring). `borgo/translation_hooks.py` routes the
library's URLs here and puts the translation editor's main action in the hands of moderation.

- *Sync translated pages/snippets* with "publish": each translation the user may not publish
  is saved as a draft and submitted to moderation.
- *Translate* (first submission): new translations start as drafts for everyone
  (`WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False`); for a user who may not publish, a
  translation that was live (an alias page) keeps its live content.
- *Convert to alias page* makes the page a live copy of the Italian one: only for users who
  may publish the page.
- The translation editor's publish: see `editor_action`.
"""

from contextlib import suppress

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from wagtail.models import Page, TranslatableMixin
from wagtail_localize.models import Translation
from wagtail_localize.views import convert
from wagtail_localize.views.submit_translations import (
    SubmitPageTranslationView,
    SubmitSnippetTranslationView,
)
from wagtail_localize.views.update_translations import UpdateTranslationsView

from .translation_moderation import (
    PUBLISHED,
    SUBMITTED,
    held_live_rows,
    save_translation,
    user_can_publish,
)


def report(request, instance, outcome):
    locale = instance.locale.get_display_name()
    if outcome == SUBMITTED:
        text = _("'%(object)s' in %(locale)s was saved and submitted to the Moderators.")
    elif outcome == PUBLISHED:
        text = _("'%(object)s' was published in %(locale)s.")
    else:
        text = _("'%(object)s' in %(locale)s was saved as a draft: a Moderator publishes it.")
    messages.success(request, text % {"object": instance, "locale": locale})


class ModeratedUpdateTranslationsView(UpdateTranslationsView):
    def form_valid(self, form):
        if not form.cleaned_data["publish_translations"]:
            return super().form_valid(form)
        # The library's update without its publish, then each target through moderation.
        form.cleaned_data["publish_translations"] = False
        response = super().form_valid(form)
        for translation in self.object.translations.filter(enabled=True):
            with suppress(ValidationError):
                outcome = save_translation(translation, self.request.user, publish=True)
                report(self.request, translation.get_target_instance(), outcome)
        return response


class HeldLiveRowsMixin:
    """The library's submission, keeping what is live of the targets for users who may not
    publish them (an alias page is live and the translation would overwrite it)."""

    def form_valid(self, form):
        if user_can_publish(self.request.user, self.object):
            return super().form_valid(form)
        targets = [
            self.object.get_translation_or_none(locale) for locale in form.cleaned_data["locales"]
        ]
        with held_live_rows([target for target in targets if target is not None]):
            return super().form_valid(form)


class ModeratedSubmitPageTranslationView(HeldLiveRowsMixin, SubmitPageTranslationView):
    pass


class ModeratedSubmitSnippetTranslationView(HeldLiveRowsMixin, SubmitSnippetTranslationView):
    pass


def convert_to_alias(request, page_id):
    page = get_object_or_404(Page, id=page_id)
    if not user_can_publish(request.user, page):
        raise PermissionDenied
    return convert.convert_to_alias(request, page_id)


def translation_of(instance):
    """The enabled translation whose target is `instance`, as wagtail-localize finds it."""
    if not isinstance(instance, TranslatableMixin):
        return None
    return Translation.objects.filter(
        source__object_id=instance.translation_key,
        target_locale_id=instance.locale_id,
        enabled=True,
    ).first()


def editor_action(request, instance):
    """The translation editor's main action ("Publish in …", or "Submit for moderation" for
    users who may not publish) posts `action=publish`: publish, or draft and workflow."""
    translation = translation_of(instance)
    if translation is None or request.POST.get("action") != "publish":
        return None
    if user_can_publish(request.user, instance):
        return None  # the library's own publish, with its messages
    try:
        outcome = save_translation(translation, request.user, publish=True)
    except ValidationError:
        messages.error(request, _("The translation could not be saved: check its fields."))
    else:
        report(request, translation.get_target_instance(), outcome)
    return redirect(request.path)
