"""Demo stays and homes for Castelmora (texts in listings/demo_data), in every language.

Listings are found by their external reference and index pages by their Italian slug, so that
seeding twice changes nothing. `--listings N` adds N generated listings for scale tests.
"""

import random
import uuid
from decimal import Decimal

from wagtail.models import Locale

from borgo.demo.images import get_or_create_image, paint
from borgo.demo.translation import publish_translation

from . import plan_demo
from .demo_content.availability import BOOKED, FEED_UID, FEEDS, TOURIST_TAX
from .demo_content.common import INDEX_PAGES, PHOTOS
from .demo_content.homes import EXEMPTION, HOMES, ONE_EURO_CONDITIONS
from .demo_content.stays import STAYS
from .models import (
    Accommodation,
    AccommodationImage,
    AccommodationIndexPage,
    AccommodationType,
    BookedPeriod,
    CalendarFeed,
    PlanStayPage,
    RealEstate,
    RealEstateImage,
    RealEstateIndexPage,
    TouristTaxSettings,
)

GENERATED_PREFIX = "GEN-"
CENTRE = (Decimal("40.1873"), Decimal("15.8731"))


def add_arguments(parser):
    parser.add_argument(
        "--listings",
        type=int,
        default=0,
        metavar="N",
        help="Also generate N extra listings (stays and homes) for scale tests.",
    )


def seed(demo, options):
    photos = {
        key: get_or_create_image(
            spec["title"], f"listing-{key}.jpg", paint(key), description=spec["it"]
        )
        for key, spec in PHOTOS.items()
    }
    _index_page(demo, AccommodationIndexPage, INDEX_PAGES["stays"])
    _index_page(demo, RealEstateIndexPage, INDEX_PAGES["homes"])
    for spec in STAYS:
        _listing(demo, Accommodation, AccommodationImage, spec, photos)
    for spec in HOMES:
        _listing(demo, RealEstate, RealEstateImage, spec, photos)
    _availability()
    _tourist_tax()
    _index_page(demo, PlanStayPage, plan_demo.PAGE)
    plan_demo.seed_spring_events(demo)
    if options.get("listings"):
        generate_listings(options["listings"], photos)


def _index_page(demo, page_class, texts):
    home = demo.pages["home"]
    page = page_class.objects.child_of(home).filter(slug=texts["it"]["slug"]).first()
    if page is None:
        page = home.add_child(instance=page_class(**texts["it"], show_in_menus=True))
        page.save_revision().publish()
        demo.stdout.write(f"  + {page.url_path}")
    for locale in demo.other_locales():
        demo.translate(page, page_class(**texts[locale.language_code], show_in_menus=True), locale)
    return page


def _texts(spec, language, model, image_model, photos):
    fields = dict(spec["texts"][language])  # title, slug, summary, description
    if model is RealEstate:
        facts = spec["facts"]
        if facts.get("one_euro_scheme"):
            fields["one_euro_conditions"] = ONE_EURO_CONDITIONS[language]
        if facts["energy_class"] == "exempt":
            fields["energy_exemption_basis"] = EXEMPTION[language]
    photo = spec["photo"]
    fields["gallery"] = [image_model(image=photos[photo], alt_text=PHOTOS[photo][language])]
    return fields


def _listing(demo, model, image_model, spec, photos):
    italian = Locale.objects.get(language_code="it")
    listing = model.objects.filter(external_ref=spec["ref"], locale=italian).first()
    if listing is None:
        listing = model(
            **spec["facts"],
            **_texts(spec, "it", model, image_model, photos),
            external_ref=spec["ref"],
            locale=italian,
        )
        listing.full_clean()
        listing.save()
        listing.save_revision().publish()
        demo.stdout.write(f"  + {model._meta.verbose_name}: {listing.title}")
    for locale in demo.other_locales():
        # Not demo.translate(): it reports the new page's url_path, which snippets lack.
        if listing.get_translation_or_none(locale) is None:
            unsaved = model(**_texts(spec, locale.language_code, model, image_model, photos))
            publish_translation(listing, locale, unsaved)


def _availability():
    """The demo's booked periods and feed, on the Italian copies (they apply to every one)."""
    for ref, periods in BOOKED.items():
        stay = Accommodation.objects.get(external_ref=ref, locale__language_code="it")
        feed = None
        if ref in FEEDS:
            feed, _new = CalendarFeed.objects.get_or_create(accommodation=stay, **FEEDS[ref])
        for arrival, departure, source, note in periods:
            BookedPeriod.objects.get_or_create(
                accommodation=stay,
                arrival=arrival,
                departure=departure,
                defaults={
                    "source": source,
                    "note": note,
                    "feed": feed if source == "feed" else None,
                    "uid": FEED_UID if source == "feed" else "",
                },
            )


def _tourist_tax():
    """The village's tax, unless staff have set one already."""
    settings = TouristTaxSettings.load()
    if not settings.charged:
        for name, value in TOURIST_TAX.items():
            setattr(settings, name, value)
        settings.save()


def generate_listings(count, photos):
    """`count` extra Italian listings, half stays and half homes, in a few bulk queries."""
    italian = Locale.objects.get(language_code="it")
    rng = random.Random(count)
    for model, image_model, build in (
        (Accommodation, AccommodationImage, _generated_stay),
        (RealEstate, RealEstateImage, _generated_home),
    ):
        wanted = [
            f"{GENERATED_PREFIX}{model.__name__[:3].upper()}-{n:05d}" for n in range(count // 2)
        ]
        existing = set(
            model.objects.filter(external_ref__in=wanted).values_list("external_ref", flat=True)
        )
        new = [build(ref, italian, rng) for ref in wanted if ref not in existing]
        model.objects.bulk_create(new, batch_size=500)
        created = model.objects.filter(external_ref__in=[item.external_ref for item in new])
        photo = rng.choice(list(photos))
        image_model.objects.bulk_create(
            [
                image_model(
                    listing=listing,
                    image=photos[photo],
                    alt_text=PHOTOS[photo]["it"],
                    locale=italian,
                    translation_key=uuid.uuid4(),
                    sort_order=0,
                )
                for listing in created.only("pk")
            ],
            batch_size=500,
        )


def _near_village(rng):
    """A point within about 2.5 km of the centre."""
    lat, lng = CENTRE
    return {
        "latitude": lat + Decimal(rng.randint(-250, 250)) / 10000,
        "longitude": lng + Decimal(rng.randint(-250, 250)) / 10000,
        "locality": "Castelmora",
    }


def _generated_stay(ref, locale, rng):
    number = ref.rsplit("-", 1)[1]
    kind = rng.choice(AccommodationType.values)
    return Accommodation(
        **_near_village(rng),
        title=f"Alloggio {number}",
        slug=f"alloggio-{number}",
        summary="Alloggio generato per le prove di carico.",
        contact_email="prove@example.org",
        external_ref=ref,
        locale=locale,
        translation_key=uuid.uuid4(),
        accommodation_type=kind,
        cin=f"IT076099C2GEN{number}",
        capacity=rng.randint(1, 6),
        bedrooms=1,
        price_per_night_from=rng.randint(25, 120),
        monthly_price=rng.randint(350, 1400),
        long_stay_friendly=rng.random() < 0.5,
        has_desk=rng.random() < 0.6,
        has_ergonomic_chair=rng.random() < 0.4,
    )


def _generated_home(ref, locale, rng):
    number = ref.rsplit("-", 1)[1]
    rent = rng.random() < 0.5
    return RealEstate(
        **_near_village(rng),
        title=f"Casa {number}",
        slug=f"casa-{number}",
        summary="Casa generata per le prove di carico.",
        contact_email="prove@example.org",
        external_ref=ref,
        locale=locale,
        translation_key=uuid.uuid4(),
        deal="rent" if rent else "sale",
        property_type=rng.choice(["apartment", "house", "rustico"]),
        monthly_rent=rng.randint(250, 900) if rent else None,
        price=None if rent else rng.randint(15000, 200000),
        floor_area_m2=rng.randint(35, 250),
        rooms=rng.randint(1, 8),
        condition="good",
        energy_class=rng.choice(["C", "D", "E", "F", "G"]),
        energy_index=Decimal(rng.randint(60, 260)),
    )
