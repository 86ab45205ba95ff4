# ruff: noqa: E501 -- translated prose reads better unwrapped than split mid-sentence.
"""Demo of "Plan your stay": the page's texts in every language (listings.demo publishes it),
and events next spring, so that a visitor planning March and April sees what happens meanwhile
(the co-working demo's events are all in the coming weeks)."""

from datetime import date, time

from django.utils import timezone

from coworking import demo_content as coworking_content
from coworking.demo import add_events
from coworking.demo_events import INDEX as EVENTS_INDEX
from coworking.models import CoworkingSpacePage, EventIndexPage

PAGE = {
    "it": {
        "title": "Pianifica il soggiorno",
        "slug": "pianifica",
        "intro": "Dite quando arrivate e quando ripartite: vi mostriamo dove dormire, la scrivania in coworking, gli eventi di quei giorni e quanto costa ogni mese.",
    },
    "en": {
        "title": "Plan your stay",
        "slug": "plan-your-stay",
        "intro": "Tell us when you arrive and when you leave: we show you where to sleep, a co-working desk, the events of those days and what each month costs.",
    },
    "de": {
        "title": "Aufenthalt planen",
        "slug": "aufenthalt-planen",
        "intro": "Sagen Sie uns, wann Sie ankommen und wann Sie abreisen: Wir zeigen Ihnen Unterkünfte, einen Coworking-Schreibtisch, die Veranstaltungen dieser Tage und was jeder Monat kostet.",
    },
    "fr": {
        "title": "Planifier son séjour",
        "slug": "planifier-son-sejour",
        "intro": "Dites-nous quand vous arrivez et quand vous repartez : nous vous montrons où dormir, un bureau en coworking, les événements de ces jours-là et ce que coûte chaque mois.",
    },
}

# (month, day) next spring, start, end, kind, space key, capacity: see coworking.demo_events.
SPRING_EVENTS = [
    {
        "spring_day": (3, 10),
        "times": (time(18), time(20)),
        "kind": "course",
        "space": "ex-scuola",
        "capacity": 15,
        "registration_url": "",
        "texts": {
            "it": {
                "title": "Corso di italiano per chi lavora da remoto",
                "slug": "corso-italiano-primavera",
                "summary": "Otto incontri serali per chi arriva: l'italiano del bar, del medico e del Comune.",
            },
            "en": {
                "title": "Italian course for remote workers",
                "slug": "italian-course-spring",
                "summary": "Eight evening lessons for newcomers: the Italian of the café, the doctor and the town hall.",
            },
            "de": {
                "title": "Italienischkurs für Remote-Arbeitende",
                "slug": "italienischkurs-fruehling",
                "summary": "Acht Abende für Neuankömmlinge: das Italienisch der Bar, des Arztes und des Rathauses.",
            },
            "fr": {
                "title": "Cours d'italien pour télétravailleurs",
                "slug": "cours-italien-printemps",
                "summary": "Huit soirées pour les nouveaux venus : l'italien du café, du médecin et de la mairie.",
            },
        },
    },
    {
        "spring_day": (3, 26),
        "times": (time(18, 30), time(20, 30)),
        "kind": "meetup",
        "space": "frantoio",
        "capacity": 25,
        "registration_url": "",
        "texts": {
            "it": {
                "title": "Meetup di primavera al Frantoio",
                "slug": "meetup-primavera-frantoio",
                "summary": "Chi lavora da remoto racconta progetti e strumenti; poi cena con i produttori della valle.",
            },
            "en": {
                "title": "Spring meetup at the Olive Mill",
                "slug": "spring-meetup-olive-mill",
                "summary": "Remote workers show their projects and tools; then dinner with the valley's producers.",
            },
            "de": {
                "title": "Frühlings-Meetup in der Ölmühle",
                "slug": "fruehlings-meetup-oelmuehle",
                "summary": "Remote-Arbeitende zeigen Projekte und Werkzeuge; danach Abendessen mit den Erzeugern des Tals.",
            },
            "fr": {
                "title": "Meetup de printemps au Moulin",
                "slug": "meetup-printemps-moulin",
                "summary": "Des télétravailleurs présentent projets et outils ; puis dîner avec les producteurs de la vallée.",
            },
        },
    },
    {
        "spring_day": (4, 15),
        "times": (time(17), time(19)),
        "kind": "community",
        "space": "ex-scuola",
        "capacity": 40,
        "registration_url": "",
        "texts": {
            "it": {
                "title": "Benvenuto ai nuovi residenti",
                "slug": "benvenuto-nuovi-residenti",
                "summary": "Il sindaco e le associazioni accolgono chi è arrivato: residenza temporanea, medico, scuola.",
            },
            "en": {
                "title": "Welcome to new residents",
                "slug": "welcome-new-residents",
                "summary": "The mayor and the associations welcome newcomers: temporary residence, doctor, school.",
            },
            "de": {
                "title": "Willkommen für neue Einwohner",
                "slug": "willkommen-neue-einwohner",
                "summary": "Bürgermeister und Vereine begrüßen die Neuen: vorübergehender Wohnsitz, Arzt, Schule.",
            },
            "fr": {
                "title": "Bienvenue aux nouveaux résidents",
                "slug": "bienvenue-nouveaux-residents",
                "summary": "Le maire et les associations accueillent les nouveaux venus : résidence temporaire, médecin, école.",
            },
        },
    },
]


def next_spring(today=None):
    """The first of March to come (a visitor plans the spring ahead)."""
    today = today or timezone.localdate()
    march = date(today.year, 3, 1)
    return march if today < march else date(today.year + 1, 3, 1)


def spring_events(today=None):
    """SPRING_EVENTS placed as coworking.demo places events: in days from today."""
    today = today or timezone.localdate()
    spring = next_spring(today)
    return [
        {**spec, "when": ((date(spring.year, *spec["spring_day"]) - today).days, *spec["times"])}
        for spec in SPRING_EVENTS
    ]


def seed_spring_events(demo):
    home = demo.pages["home"]
    index = EventIndexPage.objects.child_of(home).get(slug=EVENTS_INDEX["it"]["slug"])
    spaces = {
        spec["key"]: CoworkingSpacePage.objects.get(
            locale__language_code="it", slug=spec["texts"]["it"]["slug"]
        )
        for spec in coworking_content.SPACES
    }
    add_events(demo, index, spring_events(), spaces)
