"""Listings, enquiries and owners' offers in the Wagtail admin, as snippets with filters,
search and export."""

import django_filters
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    HelpPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
    TitleFieldPanel,
)
from wagtail.admin.ui.tables import LocaleColumn, TitleColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from . import admin_panels
from .admin_actions import ExtendExpiryBulkAction, UnpublishBulkAction
from .calendar_admin import BookedPeriodViewSet, CalendarFeedViewSet
from .csv_admin import CSVImportViewSetMixin
from .home_sections import NEARBY_STAYS, featured_stays
from .models import Accommodation, Enquiry, OwnerSubmission, RealEstate
from .plan_admin import PlanRequestViewSet
from .seo_report import expired_listings, listing_titles
from .site_search import search_listings


def _location_panel():
    return MultiFieldPanel(
        [
            FieldPanel("address"),
            FieldRowPanel([FieldPanel("postal_code"), FieldPanel("locality")]),
            FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
        ],
        heading=_("Where"),
    )


def _texts_panels():
    return [
        TitleFieldPanel("title"),
        FieldPanel("slug"),
        FieldPanel("summary"),
        FieldPanel("description"),
        InlinePanel("gallery", heading=_("Photos"), label=_("Photo")),
    ]


def _publication_panels():
    return [
        MultiFieldPanel(
            [
                FieldPanel("contact_email"),
                FieldPanel("contact_phone"),
                FieldPanel("website"),
            ],
            heading=_("Contact"),
        ),
        MultiFieldPanel(
            [FieldPanel("expires_on"), FieldPanel("featured"), FieldPanel("external_ref")],
            heading=_("Publication"),
        ),
    ]


class AccommodationFilterSet(WagtailFilterSet):
    class Meta:
        model = Accommodation
        fields = [
            "accommodation_type",
            "long_stay_friendly",
            "has_desk",
            "live",
            "featured",
        ]


class RealEstateFilterSet(WagtailFilterSet):
    class Meta:
        model = RealEstate
        fields = ["deal", "property_type", "one_euro_scheme", "energy_class", "live"]


class EnquiryFilterSet(WagtailFilterSet):
    created_at = django_filters.DateFromToRangeFilter(label=_("Received"))

    class Meta:
        model = Enquiry
        fields = ["status", "email_sent", "created_at"]


class OwnerSubmissionFilterSet(WagtailFilterSet):
    created_at = django_filters.DateFromToRangeFilter(label=_("Received"))

    class Meta:
        model = OwnerSubmission
        fields = ["status", "owner_email_sent", "created_at"]


LISTING_EXPORT = ["title", "external_ref", "locality", "live", "expires_on", "updated_at"]


class AccommodationViewSet(CSVImportViewSetMixin, SnippetViewSet):
    model = Accommodation
    import_kind = "accommodation"
    icon = "home"
    menu_label = _("Accommodation")
    list_display = [
        "title",
        LocaleColumn(),
        "accommodation_type",
        "capacity",
        "monthly_price",
        "expires_on",
        "updated_at",
    ]
    list_export = LISTING_EXPORT + [
        "accommodation_type",
        "capacity",
        "price_per_night_from",
        "monthly_price",
        "cin",
    ]
    export_filename = "accommodation"
    filterset_class = AccommodationFilterSet
    search_fields = ["title", "summary", "external_ref"]
    search_backend_name = None  # plain database lookups on these fields; nothing to index
    edit_handler = TabbedInterface(
        [
            ObjectList(_texts_panels(), heading=_("Description")),
            ObjectList(
                [
                    FieldRowPanel([FieldPanel("accommodation_type"), FieldPanel("cin")]),
                    FieldRowPanel([FieldPanel("capacity"), FieldPanel("bedrooms")]),
                    MultiFieldPanel(
                        [
                            FieldRowPanel(
                                [FieldPanel("price_per_night_from"), FieldPanel("monthly_price")]
                            ),
                            FieldRowPanel(
                                [
                                    FieldPanel("minimum_stay_nights"),
                                    FieldPanel("long_stay_friendly"),
                                ]
                            ),
                        ],
                        heading=_("Prices and stays"),
                    ),
                ],
                heading=_("Facts"),
            ),
            ObjectList(
                [
                    MultiFieldPanel(
                        [
                            FieldRowPanel(
                                [
                                    FieldPanel("has_desk"),
                                    FieldPanel("has_ergonomic_chair"),
                                    FieldPanel("is_quiet"),
                                ]
                            ),
                            FieldRowPanel(
                                [FieldPanel("wifi_download_mbps"), FieldPanel("wifi_measured_on")]
                            ),
                        ],
                        heading=_("Remote work"),
                    ),
                    MultiFieldPanel(
                        [
                            FieldPanel("has_kitchen"),
                            FieldPanel("has_washing_machine"),
                            FieldPanel("has_parking"),
                            FieldPanel("breakfast_included"),
                            FieldPanel("pets_allowed"),
                        ],
                        heading=_("Amenities"),
                    ),
                    MultiFieldPanel(
                        [FieldPanel("step_free_access"), FieldPanel("accessible_bathroom")],
                        heading=_("Accessibility"),
                    ),
                ],
                heading=_("Work and comfort"),
            ),
            ObjectList([_location_panel(), *_publication_panels()], heading=_("Place and contact")),
        ]
    )


class RealEstateViewSet(CSVImportViewSetMixin, SnippetViewSet):
    model = RealEstate
    import_kind = "realestate"
    icon = "home"
    menu_label = _("Properties")
    list_display = [
        "title",
        LocaleColumn(),
        "deal",
        "property_type",
        "floor_area_m2",
        "energy_class",
        "expires_on",
    ]
    list_export = LISTING_EXPORT + [
        "deal",
        "property_type",
        "price",
        "monthly_rent",
        "floor_area_m2",
        "energy_class",
    ]
    export_filename = "properties"
    filterset_class = RealEstateFilterSet
    search_fields = ["title", "summary", "external_ref"]
    search_backend_name = None  # plain database lookups on these fields; nothing to index
    edit_handler = TabbedInterface(
        [
            ObjectList(_texts_panels(), heading=_("Description")),
            ObjectList(
                [
                    FieldRowPanel([FieldPanel("deal"), FieldPanel("property_type")]),
                    FieldRowPanel([FieldPanel("price"), FieldPanel("monthly_rent")]),
                    FieldRowPanel(
                        [
                            FieldPanel("floor_area_m2"),
                            FieldPanel("rooms"),
                            FieldPanel("bedrooms"),
                            FieldPanel("bathrooms"),
                        ]
                    ),
                    FieldRowPanel(
                        [FieldPanel("floor"), FieldPanel("year_built"), FieldPanel("condition")]
                    ),
                    FieldRowPanel(
                        [
                            FieldPanel("furnished"),
                            FieldPanel("has_garden"),
                            FieldPanel("has_terrace"),
                            FieldPanel("heating"),
                        ]
                    ),
                    MultiFieldPanel(
                        [
                            FieldRowPanel([FieldPanel("energy_class"), FieldPanel("energy_index")]),
                            FieldPanel("energy_exemption_basis"),
                        ],
                        heading=_("Energy performance certificate (APE)"),
                    ),
                    MultiFieldPanel(
                        [FieldPanel("one_euro_scheme"), FieldPanel("one_euro_conditions")],
                        heading=_("One-euro house"),
                    ),
                ],
                heading=_("Facts"),
            ),
            ObjectList(
                [_location_panel(), FieldPanel("address_precision"), *_publication_panels()],
                heading=_("Place and contact"),
            ),
        ]
    )


class EnquiryViewSet(SnippetViewSet):
    """Enquiries are messages: staff read them, change their status and export them."""

    model = Enquiry
    icon = "mail"
    menu_label = _("Enquiries")
    list_display = ["created_at", "name", "email", "listing_title", "status", "email_sent"]
    list_export = [
        "created_at",
        "name",
        "email",
        "listing_title",
        "arrival",
        "departure",
        "message",
        "status",
        "email_sent",
        "language",
    ]
    export_filename = "enquiries"
    filterset_class = EnquiryFilterSet
    search_fields = ["name", "email", "listing_title", "message"]
    search_backend_name = None
    panels = [
        FieldPanel("status"),
        MultiFieldPanel(
            [
                FieldPanel("listing_title", read_only=True),
                FieldPanel("name", read_only=True),
                FieldPanel("email", read_only=True),
                FieldPanel("arrival", read_only=True),
                FieldPanel("departure", read_only=True),
                FieldPanel("message", read_only=True),
                FieldPanel("language", read_only=True),
                FieldPanel("email_sent", read_only=True),
            ],
            heading=_("Message"),
        ),
    ]


class OwnerSubmissionViewSet(SnippetViewSet):
    """Offers from the public form: each links to its draft listing, which staff review and
    publish (or delete) under Accommodation or Properties; here they keep track."""

    model = OwnerSubmission
    icon = "form"
    menu_label = _("Owner submissions")
    list_display = [
        "created_at",
        TitleColumn(
            "listing_title",
            label=_("Draft listing"),
            get_url=lambda submission: submission.listing_admin_url,
        ),
        "name",
        "email",
        "status",
        "owner_email_sent",
    ]
    list_export = [
        "created_at",
        "listing_title",
        "name",
        "email",
        "phone",
        "language",
        "status",
        "owner_email_sent",
        "staff_email_sent",
    ]
    export_filename = "owner-submissions"
    filterset_class = OwnerSubmissionFilterSet
    search_fields = ["name", "email", "listing_title"]
    search_backend_name = None
    panels = [
        HelpPanel(template="listings/admin/submission_listing.html", heading=_("Draft listing")),
        FieldPanel("status"),
        MultiFieldPanel(
            [
                FieldPanel("listing_title", read_only=True),
                FieldPanel("name", read_only=True),
                FieldPanel("email", read_only=True),
                FieldPanel("phone", read_only=True),
                FieldPanel("language", read_only=True),
                FieldPanel("owner_email_sent", read_only=True),
                FieldPanel("staff_email_sent", read_only=True),
            ],
            heading=pgettext_lazy("of a listing", "Owner"),
        ),
    ]


class ListingsViewSetGroup(SnippetViewSetGroup):
    items = (
        AccommodationViewSet,
        BookedPeriodViewSet,
        CalendarFeedViewSet,
        RealEstateViewSet,
        OwnerSubmissionViewSet,
        EnquiryViewSet,
        PlanRequestViewSet,
    )
    menu_icon = "home"
    menu_label = _("Stays and homes")
    menu_name = "listings"


register_snippet(ListingsViewSetGroup)
hooks.register("register_bulk_action", UnpublishBulkAction)
hooks.register("register_bulk_action", ExtendExpiryBulkAction)


@hooks.register("construct_homepage_panels")
def add_queue_panels(request, panels):
    panels.extend(admin_panels.queue_panels(request.user))


# What listings add to pages they do not own (borgo.app_sections, borgo.search, seo.seo_report).
hooks.register("borgo_nearby", NEARBY_STAYS)
hooks.register("borgo_home_section", featured_stays)
hooks.register("borgo_site_search", search_listings)
hooks.register("seo_report_check", expired_listings)
hooks.register("seo_report_titles", listing_titles)
