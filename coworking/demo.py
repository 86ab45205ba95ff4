"""Demo co-working content for seed_demo: the index and two spaces, in every language.

Idempotent: pages are found by their Italian slug under their parent and never overwritten.
"""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone

from borgo.demo import village
from borgo.demo.images import get_or_create_image, paint

from . import demo_connectivity as connectivity
from . import demo_content as content
from . import demo_events as events
from . import demo_questionnaire as questionnaire
from .models import (
    BookableResource,
    BroadbandOffer,
    ClosureDay,
    ConnectivityPage,
    CoworkingIndexPage,
    CoworkingSpacePage,
    DeskPass,
    EventIndexPage,
    EventPage,
    QuestionnaireField,
    QuestionnairePage,
    SpaceGalleryImage,
    SpeedTest,
    WifiHotspot,
)


def seed(demo, options):
    _connectivity(demo)
    index = _index(demo)
    spaces = {spec["key"]: _space(demo, index, spec) for spec in content.SPACES}
    _events(demo, spaces)
    _questionnaire(demo)


def _child(parent, model, slug):
    return model.objects.child_of(parent).filter(slug=slug).first()


def _connectivity_page(language, today):
    return ConnectivityPage(
        show_in_menus=True,
        **connectivity.PAGE[language],
        offers=[
            BroadbandOffer(sort_order=n, coverage=offer["coverage"][language], **offer["facts"])
            for n, offer in enumerate(connectivity.OFFERS)
        ],
        hotspots=[
            WifiHotspot(sort_order=n, name=spot["name"][language], **spot["facts"])
            for n, spot in enumerate(connectivity.HOTSPOTS)
        ],
        speed_tests=[
            SpeedTest(
                sort_order=n,
                tested_on=connectivity.tested_on(today, test["days_ago"]),
                in_centre=test["in_centre"],
                download_mbps=test["download_mbps"],
                upload_mbps=test["upload_mbps"],
                latency_ms=test["latency_ms"],
                place=test["place"][language],
                method=connectivity.METHOD[language],
            )
            for n, test in enumerate(connectivity.SPEED_TESTS)
        ],
    )


def _connectivity(demo):
    home = demo.pages["home"]
    today = timezone.localdate()
    page = _child(home, ConnectivityPage, connectivity.PAGE["it"]["slug"])
    if page is None:
        page = home.add_child(instance=_connectivity_page("it", today))
        page.save_revision().publish()
        demo.stdout.write(f"  + {page.url_path}")
    for locale in demo.other_locales():
        demo.translate(page, _connectivity_page(locale.language_code, today), locale)


def _index_page(language):
    return CoworkingIndexPage(show_in_menus=True, **content.INDEX[language])


def _index(demo):
    home = demo.pages["home"]
    index = (
        CoworkingIndexPage.objects.child_of(home).filter(slug=content.INDEX["it"]["slug"]).first()
    )
    if index is None:
        index = home.add_child(instance=_index_page("it"))
        index.save_revision().publish()
        demo.stdout.write(f"  + {index.url_path}")
    for locale in demo.other_locales():
        demo.translate(index, _index_page(locale.language_code), locale)
    demo.pages["coworking"] = index
    return index


def _space_page(spec, language, images):
    """The space in one language: shared facts, that language's texts, resources and photos."""
    this_year = timezone.localdate().year
    return CoworkingSpacePage(
        **spec["facts"],
        **spec["texts"][language],
        opening_hours=[
            ("hours", {"days": days, "opens": opens, "closes": closes})
            for days, opens, closes in spec["hours"]
        ],
        resources=[
            BookableResource(sort_order=order, **resource["facts"], **resource["texts"][language])
            for order, resource in enumerate(spec["resources"])
        ],
        desk_passes=[
            DeskPass(sort_order=order, name=desk_pass["names"][language], **desk_pass["facts"])
            for order, desk_pass in enumerate(spec["passes"])
        ],
        gallery_images=[
            SpaceGalleryImage(
                sort_order=order,
                image=images[photo["image"]],
                alt_text=photo["alts"][language],
                caption=photo["captions"][language],
            )
            for order, photo in enumerate(spec["photos"])
        ],
        closure_days=[
            ClosureDay(
                sort_order=n,
                date=date(year, *village.PATRON_FEAST),
                reason=content.PATRON_FEAST_NAMES[language],
            )
            for n, year in enumerate((this_year, this_year + 1))
        ],
    )


def _space(demo, index, spec):
    images = {
        photo["image"]: get_or_create_image(
            photo["title"],
            f"{photo['image']}.jpg",
            paint(photo["image"]),
            description=photo["alts"]["it"],
        )
        for photo in spec["photos"]
    }
    slug = spec["texts"]["it"]["slug"]
    space = CoworkingSpacePage.objects.child_of(index).filter(slug=slug).first()
    if space is None:
        space = index.add_child(instance=_space_page(spec, "it", images))
        space.save_revision().publish()
        demo.stdout.write(f"  + {space.url_path}")
    for locale in demo.other_locales():
        demo.translate(space, _space_page(spec, locale.language_code, images), locale)
    return space


def _event_page(spec, language, spaces, today):
    days, starts, ends = spec["when"]
    day = today + timedelta(days=days)
    zone = ZoneInfo(settings.TIME_ZONE)
    return EventPage(
        **spec["texts"][language],
        **spec.get("venue", {}),
        start=datetime.combine(day, starts, tzinfo=zone),
        end=datetime.combine(day, ends, tzinfo=zone),
        kind=spec["kind"],
        space=spaces[spec["space"]] if spec["space"] else None,
        capacity=spec["capacity"],
        registration_url=spec["registration_url"],
    )


def _events(demo, spaces):
    home = demo.pages["home"]
    index = _child(home, EventIndexPage, events.INDEX["it"]["slug"])
    if index is None:
        index = home.add_child(instance=EventIndexPage(show_in_menus=True, **events.INDEX["it"]))
        index.save_revision().publish()
        demo.stdout.write(f"  + {index.url_path}")
    for locale in demo.other_locales():
        code = locale.language_code
        demo.translate(index, EventIndexPage(show_in_menus=True, **events.INDEX[code]), locale)
    add_events(demo, index, events.EVENTS, spaces)


def add_events(demo, index, specs, spaces):
    """Publish the events of `specs` (see demo_events) under the Italian events index, in
    every language; `spaces` maps space keys to the Italian space pages."""
    today = timezone.localdate()
    for spec in specs:
        event = _child(index, EventPage, spec["texts"]["it"]["slug"])
        if event is None:
            event = index.add_child(instance=_event_page(spec, "it", spaces, today))
            event.save_revision().publish()
            demo.stdout.write(f"  + {event.url_path}")
        for locale in demo.other_locales():
            # The space is the Italian page: wagtail-localize links its translation.
            demo.translate(event, _event_page(spec, locale.language_code, spaces, today), locale)


def _questionnaire_page(language):
    return QuestionnairePage(
        show_in_menus=False,
        **questionnaire.PAGE[language],
        form_fields=[
            QuestionnaireField(
                sort_order=order,
                clean_name=question["clean_name"],
                field_type=question["field_type"],
                required=question["required"],
                **question["texts"][language],  # label, choices
            )
            for order, question in enumerate(questionnaire.QUESTIONS)
        ],
    )


def _questionnaire(demo):
    home = demo.pages["home"]
    page = _child(home, QuestionnairePage, questionnaire.PAGE["it"]["slug"])
    if page is None:
        page = home.add_child(instance=_questionnaire_page("it"))
        page.save_revision().publish()
        demo.stdout.write(f"  + {page.url_path}")
    for locale in demo.other_locales():
        demo.translate(page, _questionnaire_page(locale.language_code), locale)
