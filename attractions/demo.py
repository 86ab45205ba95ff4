"""Demo territory of Castelmora: the three indexes and their places, in every language, and
the facts for newcomers (attractions/demo_newcomer.py).

Pages are found by their Italian slug under their parent and left alone when they exist, so
seeding twice changes nothing. Texts live in attractions/demo_data/*.yaml.
"""

from django.core.files.base import ContentFile
from wagtail.documents.models import Document

from borgo.demo import village
from borgo.demo.images import get_or_create_image, paint

from .demo_data.activities import ACTIVITIES, MILLS_TRAIL_POINTS
from .demo_data.attractions import ATTRACTIONS
from .demo_data.indexes import INDEXES
from .demo_data.services import SERVICES
from .demo_newcomer import seed as seed_newcomer_facts
from .models import (
    ActivityIndexPage,
    ActivityPage,
    AttractionIndexPage,
    AttractionPage,
    ServiceIndexPage,
    ServicePage,
)

SECTIONS = [
    ("see", AttractionIndexPage, AttractionPage, ATTRACTIONS),
    ("do", ActivityIndexPage, ActivityPage, ACTIVITIES),
    ("services", ServiceIndexPage, ServicePage, SERVICES),
]
GPX_TRACKS = {"sentiero-dei-mulini": ("Sentiero dei Mulini (GPX)", MILLS_TRAIL_POINTS)}


def seed(demo, options):
    home = demo.pages["home"]
    for key, index_model, place_model, places in SECTIONS:
        index = _index(demo, home, key, index_model)
        for place in places:
            _place(demo, index, place_model, place)
    seed_newcomer_facts(demo)


def _index(demo, home, key, model):
    texts = INDEXES[key]

    def unsaved(language):
        return model(**texts[language], show_in_menus=True)

    index = model.objects.child_of(home).filter(slug=texts["it"]["slug"]).first()
    if index is None:
        index = home.add_child(instance=unsaved("it"))
        index.save_revision().publish()
        demo.stdout.write(f"  + {index.url_path}")
    for locale in demo.other_locales():
        demo.translate(index, unsaved(locale.language_code), locale)
    return index


def _place(demo, index, model, place):
    texts_it = place.texts["it"]
    image = get_or_create_image(
        texts_it.title, f"{place.key}.jpg", paint(place.key), description=texts_it.alt
    )
    page = model.objects.child_of(index).filter(slug=texts_it.slug).first()
    if page is None:
        page = index.add_child(instance=_unsaved(model, place, "it", image))
        page.save_revision().publish()
        demo.stdout.write(f"  + {page.url_path}")
    for locale in demo.other_locales():
        demo.translate(page, _unsaved(model, place, locale.language_code, image), locale)


def _unsaved(model, place, language, image):
    """A page of `place` in `language`, with its picture, not yet in the tree."""
    texts = place.texts[language]
    step_free, toilet, parking = place.access
    notes_field = "newcomer_notes" if model is ServicePage else "seasonal_notes"
    fields = {
        "title": texts.title,
        "slug": texts.slug,
        "summary": texts.summary,
        "category": place.category,
        "address": place.address,
        "postal_code": village.POSTAL_CODE,
        "locality": place.locality,
        "latitude": place.lat,
        "longitude": place.lng,
        "opening_hours": [
            ("rule", {"days": days, "opens": opens, "closes": closes})
            for days, opens, closes in place.hours
        ],
        "by_appointment": place.by_appointment,
        "phone": place.phone,
        "prices": texts.prices,
        notes_field: texts.notes,
        "step_free_access": step_free,
        "accessible_toilet": toilet,
        "disabled_parking": parking,
        "featured": place.featured,
        **place.extra,
    }
    if place.kind:
        fields["kind"] = place.kind
    if place.key in GPX_TRACKS:
        fields["gpx_track"] = _gpx_document(*GPX_TRACKS[place.key])
    page = model(**fields)
    page.gallery_images = [
        model._meta.get_field("gallery_images").related_model(
            image=image, alt_text=texts.alt, sort_order=0
        )
    ]
    return page


def _gpx_document(title, points):
    document = Document.objects.filter(title=title).first()
    if document is None:
        document = Document(title=title)
        document.file.save("sentiero-dei-mulini.gpx", ContentFile(gpx(title, points)), save=False)
        document.save()
    return document


def gpx(name, points):
    """A GPX 1.1 document with one track through `points`."""
    trackpoints = "".join(f'<trkpt lat="{lat}" lon="{lng}"/>' for lat, lng in points)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<gpx version="1.1" creator="Borgo" xmlns="http://www.topografix.com/GPX/1/1">'
        f"<trk><name>{name}</name><trkseg>{trackpoints}</trkseg></trk></gpx>"
    ).encode()
