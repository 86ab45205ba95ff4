"""Admin: a flat, filterable listing of each place type, grouped in a "Territory" menu, and
the facts for newcomers (temporary register, healthcare, airports and stations) as snippets."""

from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.views.pages.listing import PageFilterSet
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from borgo.app_sections import NearbyProvider

from .home_sections import featured_places
from .models import ActivityPage, AttractionPage, NewcomerFacts, ServicePage, TravelHub
from .nearby import find_places_nearby
from .site_search import search_categories


def listing_viewset(model, icon, name, extra_filters=()):
    """A PageListingViewSet of `model` with filters by category (and `extra_filters`)."""
    filterset = type(
        f"{model.__name__}FilterSet",
        (PageFilterSet,),
        {"Meta": type("Meta", (), {"model": model, "fields": ["category", *extra_filters]})},
    )
    viewset = type(
        f"{model.__name__}ListingViewSet",
        (PageListingViewSet,),
        {
            "model": model,
            "icon": icon,
            # PageListingViewSet has no label of its own: without one the menu shows bare icons.
            "menu_label": capfirst(model._meta.verbose_name_plural),
            "filterset_class": filterset,
        },
    )
    return viewset(name)


class TerritoryViewSetGroup(ViewSetGroup):
    menu_label = _("Territory")
    menu_icon = "site"
    items = (
        listing_viewset(AttractionPage, "image", "attraction_pages", ["kind", "featured"]),
        listing_viewset(ActivityPage, "pick", "activity_pages", ["difficulty"]),
        listing_viewset(ServicePage, "help", "service_pages", ["kind"]),
    )


@hooks.register("register_admin_viewset")
def register_territory_listings():
    return TerritoryViewSetGroup()


class NewcomerFactsViewSet(SnippetViewSet):
    model = NewcomerFacts
    icon = "info-circle"
    menu_label = _("Registration and healthcare")


class TravelHubViewSet(SnippetViewSet):
    model = TravelHub
    icon = "site"
    list_display = ["name", "kind", "code", "distance_km", "minutes_by_car"]
    list_filter = ["kind"]


class NewcomersViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Newcomers")
    menu_icon = "info-circle"
    items = (NewcomerFactsViewSet, TravelHubViewSet)


register_snippet(NewcomersViewSetGroup)


# What the territory adds to pages it does not own (borgo.app_sections, borgo.search).
hooks.register("borgo_home_section", featured_places)
hooks.register(
    "borgo_nearby",
    NearbyProvider(
        _("Places nearby"), "attractions/includes/nearby_places.html", find_places_nearby
    ),
)
hooks.register("borgo_site_search", search_categories)
