from django import template

from seo.metadata import metadata_for
from seo.structured_data import objects_for, render_json_ld

register = template.Library()


@register.simple_tag(takes_context=True)
def seo_metadata(context, language_urls, default_image=None):
    """The head metadata of the current page or view (see seo.metadata): `language_urls` its
    versions ({language: URL}), `default_image` shared when it has no picture of its own."""
    return metadata_for(context, language_urls, default_image)


@register.simple_tag(takes_context=True)
def structured_data(context):
    """The JSON-LD of the current page or view (see seo.structured_data)."""
    return render_json_ld(objects_for(context))
