"""What every public Wagtail form-builder page (questionnaire, campaign landing page) needs
against abuse: a rate limit per client IP, and a honeypot that bots are thanked for; and
Post/Redirect/Get, so that reloading the thank-you page sends no answer twice."""

from django.http import HttpResponseRedirect

from .autocomplete import AutocompleteFormBuilder
from .honeypot import FORM_PAGE_FIELD, HoneypotFormBuilder, is_filled
from .page_forms import FormPageForm
from .ratelimit import limit_posts

SENT_PARAMETER = "sent"


class PublicFormBuilder(AutocompleteFormBuilder, HoneypotFormBuilder):
    """The editor's fields with autocomplete tokens, then the honeypot."""


class ProtectedFormPageMixin:
    base_form_class = FormPageForm
    form_builder = PublicFormBuilder
    rate_limit_kind = None  # the form kind the limit counts posts under, e.g. "questionnaire"

    def serve(self, request, *args, **kwargs):
        if request.method == "GET" and request.GET.get(SENT_PARAMETER) == "1":
            return super().render_landing_page(request, None, *args, **kwargs)
        if request.method == "POST":
            limit_posts(request, self.rate_limit_kind)
            if is_filled(request.POST, FORM_PAGE_FIELD):
                return self.render_landing_page(request, None, *args, **kwargs)
        return super().serve(request, *args, **kwargs)

    def render_landing_page(self, request, form_submission=None, *args, **kwargs):
        """After a post, a 303 to the thank-you page (the page's own URL, `?sent=1`).

        The thank-you templates show nothing of the answer, so the page is the same for
        everyone and may be cached like any other; a bot thanked by the honeypot gets it too.
        Previews (Wagtail's "landing" mode) are GETs and render it directly."""
        if request.method != "POST":
            return super().render_landing_page(request, form_submission, *args, **kwargs)
        return HttpResponseRedirect(f"{self.get_url(request)}?{SENT_PARAMETER}=1", status=303)
