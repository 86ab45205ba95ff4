"""The facts a newcomer decides on, for any page: `{% load newcomer %}`, then
`{% newcomer_facts %}` (temporary register and healthcare) and `{% travel_hubs %}` (airports
and stations). Each takes the level of its heading (`level=3`; 2 by default), renders in the
active language and reads a constant number of queries (four for the facts, one for the
stations), none once kept with the page chrome (borgo.memo)."""

from django import template
from django.utils.translation import get_language

from attractions.models import NewcomerFacts, TravelHub

register = template.Library()


def _levels(level):
    """The heading level asked for and the one below it, kept within h2–h6."""
    level = min(max(int(level), 2), 5)
    return {"level": level, "sublevel": level + 1}


@register.inclusion_tag("attractions/includes/newcomer_facts.html", takes_context=True)
def newcomer_facts(context, level=2):
    facts = NewcomerFacts.for_language(get_language())
    return {
        "request": context.get("request"),
        "facts": facts,
        "healthcare_groups": facts.healthcare_by_group() if facts else [],
        **_levels(level),
    }


@register.inclusion_tag("attractions/includes/travel_hubs.html", takes_context=True)
def travel_hubs(context, level=2):
    return {
        "request": context.get("request"),
        "hubs": TravelHub.for_language(get_language()),
        **_levels(level),
    }
