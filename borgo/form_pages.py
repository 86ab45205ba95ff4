"""What every public Wagtail form-builder page (questionnaire, campaign landing page) needs
against abuse: a rate limit per client IP, and a honeypot that bots are thanked for."""

from .autocomplete import AutocompleteFormBuilder
from .honeypot import FORM_PAGE_FIELD, HoneypotFormBuilder, is_filled
from .page_forms import FormPageForm
from .ratelimit import limit_posts


class PublicFormBuilder(AutocompleteFormBuilder, HoneypotFormBuilder):
    """The editor's fields with autocomplete tokens, then the honeypot."""


class ProtectedFormPageMixin:
    base_form_class = FormPageForm
    form_builder = PublicFormBuilder
    rate_limit_kind = None  # the form kind the limit counts posts under, e.g. "questionnaire"

    def serve(self, request, *args, **kwargs):
        if request.method == "POST":
            limit_posts(request, self.rate_limit_kind)
            if is_filled(request.POST, FORM_PAGE_FIELD):
                return self.render_landing_page(request, None, *args, **kwargs)
        return super().serve(request, *args, **kwargs)
