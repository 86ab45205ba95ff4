from django import template

from borgo.campaigns.attribution import campaign_from

register = template.Library()


@register.inclusion_tag("campaigns/campaign_fields.html", takes_context=True)
def campaign_fields(context):
    """Hidden inputs that carry the campaign of this visit into the form's submission."""
    return {"campaign": campaign_from(context["request"])}
