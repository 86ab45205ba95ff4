# ruff: noqa: E501 -- translated prose reads better unwrapped than split mid-sentence.
"""Texts and facts of the co-working demo content (Castelmora), in every language.

Facts (numbers, hours, coordinates) are shared; texts are per language. The seeding code is in
coworking/demo.py.
"""

from datetime import time

from borgo.demo import village

WEEKDAYS = ["Mo", "Tu", "We", "Th", "Fr"]

INDEX = {
    "it": {
        "title": "Coworking",
        "slug": "coworking",
        "intro": "Due sale a banda ultralarga, aperte a residenti, turisti e lavoratori da remoto. "
        "Prenoti una postazione o una sala riunioni online.",
    },
    "en": {
        "title": "Co-working",
        "slug": "co-working",
        "intro": "Two ultra-broadband rooms, open to residents, visitors and remote workers. "
        "Book a desk or a meeting room online.",
    },
    "de": {
        "title": "Coworking",
        "slug": "coworking",
        "intro": "Zwei Räume mit Ultrabreitband, offen für Einheimische, Gäste und Remote-Arbeitende. "
        "Buchen Sie online einen Arbeitsplatz oder einen Besprechungsraum.",
    },
    "fr": {
        "title": "Coworking",
        "slug": "coworking",
        "intro": "Deux salles en très haut débit, ouvertes aux résidents, aux visiteurs et aux "
        "télétravailleurs. Réservez un poste ou une salle de réunion en ligne.",
    },
}

DESK_TEXTS = {
    "it": {"name": "Open space", "description": "Scrivanie con monitor esterno e presa di rete."},
    "en": {
        "name": "Open space",
        "description": "Desks with an external monitor and a network socket.",
    },
    "de": {
        "name": "Open Space",
        "description": "Tische mit externem Bildschirm und Netzwerkanschluss.",
    },
    "fr": {"name": "Open space", "description": "Bureaux avec écran externe et prise réseau."},
}

# The same passes in both rooms, sold by the municipality; the day pass needs no approval.
PASSES = [
    {
        "facts": {"length_days": 1, "price": 8, "requires_approval": False},
        "names": {
            "it": "Ingresso giornaliero",
            "en": "Day pass",
            "de": "Tageskarte",
            "fr": "Pass journée",
        },
    },
    {
        "facts": {"length_days": 7, "price": 30},
        "names": {
            "it": "Abbonamento settimanale",
            "en": "Week pass",
            "de": "Wochenkarte",
            "fr": "Pass semaine",
        },
    },
    {
        "facts": {"length_days": 30, "price": 90},
        "names": {
            "it": "Abbonamento mensile",
            "en": "Month pass",
            "de": "Monatskarte",
            "fr": "Pass mois",
        },
    },
]
BANK = {"bank_account_holder": "Comune di Castelmora", "iban": "IT60X0542811101000000123456"}

SPACES = [
    {
        "key": "ex-scuola",
        "facts": {
            "address": "Via Roma 12",
            "postal_code": village.POSTAL_CODE,
            "locality": "Castelmora",
            "latitude": "40.187600",
            "longitude": "15.873400",
            "download_mbps": 940,
            "upload_mbps": 290,
            "amenities": ["monitors", "printer", "phone_booth", "kitchen", "lockers", "bike_rack"],
            "step_free_access": True,
            "accessible_toilet": True,
            "adjustable_desks": True,
            "resident_free": True,
            **BANK,
            "email": "coworking@comune.castelmora.example",
            "phone": "+39 0971 000111",
        },
        "hours": [(WEEKDAYS, time(8), time(20)), (["Sa"], time(9), time(13))],
        "passes": PASSES,
        "resources": [
            {
                "facts": {
                    "kind": "desk_zone",
                    "seats": 20,
                    "slot_minutes": 240,
                    "opens": time(8),
                    "closes": time(20),
                    "min_minutes": 240,
                    "max_minutes": 480,
                    "horizon_days": 14,
                    "lead_time_hours": 1,
                },
                "texts": DESK_TEXTS,
            },
            {
                "facts": {
                    "kind": "meeting_room",
                    "seats": 8,
                    "slot_minutes": 60,
                    "opens": time(9),
                    "closes": time(19),
                    "min_minutes": 60,
                    "max_minutes": 240,
                    "horizon_days": 30,
                    "lead_time_hours": 24,
                    "requires_approval": True,
                },
                "texts": {
                    "it": {
                        "name": "Sala riunioni",
                        "description": "Schermo da 65 pollici e webcam per videoconferenze.",
                    },
                    "en": {
                        "name": "Meeting room",
                        "description": "65-inch screen and a webcam for video calls.",
                    },
                    "de": {
                        "name": "Besprechungsraum",
                        "description": "65-Zoll-Bildschirm und Webcam für Videokonferenzen.",
                    },
                    "fr": {
                        "name": "Salle de réunion",
                        "description": "Écran de 65 pouces et webcam pour les visioconférences.",
                    },
                },
            },
        ],
        "photos": [
            {
                "image": "coworking-ex-scuola",
                "title": "Sala coworking Ex Scuola Elementare",
                "alts": {
                    "it": "Le scrivanie dell'open space nelle vecchie aule della scuola",
                    "en": "The open-space desks in the school's old classrooms",
                    "de": "Die Schreibtische des Open Space in den alten Klassenzimmern der Schule",
                    "fr": "Les bureaux de l'open space dans les anciennes salles de classe de l'école",
                },
                "captions": {
                    "it": "L'open space nelle vecchie aule",
                    "en": "The open space in the old classrooms",
                    "de": "Der Open Space in den alten Klassenzimmern",
                    "fr": "L'open space dans les anciennes salles de classe",
                },
            }
        ],
        "texts": {
            "it": {
                "title": "Ex Scuola Elementare",
                "slug": "ex-scuola-elementare",
                "intro": "La vecchia scuola del centro è diventata una sala di coworking con fibra "
                "FTTH da 1 Gbit/s, venti postazioni, una sala riunioni e due cabine telefoniche.",
                "accessibility_notes": "Ingresso con rampa da Via Roma; ascensore per il primo piano.",
                "house_rules": "Le telefonate nelle cabine, per favore.\nLasciate la scrivania "
                "libera e pulita a fine giornata.\nIl caffè è offerto dalla Pro Loco.",
            },
            "en": {
                "title": "Former Primary School",
                "slug": "former-primary-school",
                "intro": "The old school in the centre is now a co-working room with 1 Gbit/s FTTH "
                "fibre, twenty desks, a meeting room and two phone booths.",
                "accessibility_notes": "Entrance ramp from Via Roma; lift to the first floor.",
                "house_rules": "Phone calls in the booths, please.\nLeave your desk clear and clean "
                "at the end of the day.\nCoffee is offered by the Pro Loco.",
            },
            "de": {
                "title": "Ehemalige Grundschule",
                "slug": "ehemalige-grundschule",
                "intro": "Die alte Schule im Ortskern ist heute ein Coworking-Raum mit 1 Gbit/s "
                "FTTH-Glasfaser, zwanzig Arbeitsplätzen, einem Besprechungsraum und zwei Telefonkabinen.",
                "accessibility_notes": "Eingang mit Rampe von der Via Roma; Aufzug in den ersten Stock.",
                "house_rules": "Telefonate bitte in den Kabinen.\nHinterlassen Sie Ihren Platz am "
                "Abend frei und sauber.\nDen Kaffee spendiert die Pro Loco.",
            },
            "fr": {
                "title": "Ancienne école primaire",
                "slug": "ancienne-ecole-primaire",
                "intro": "L'ancienne école du centre est devenue une salle de coworking avec fibre "
                "FTTH à 1 Gbit/s, vingt postes, une salle de réunion et deux cabines téléphoniques.",
                "accessibility_notes": "Entrée avec rampe depuis la Via Roma ; ascenseur vers le premier étage.",
                "house_rules": "Les appels dans les cabines, s'il vous plaît.\nLaissez votre bureau "
                "libre et propre en fin de journée.\nLe café est offert par la Pro Loco.",
            },
        },
    },
    {
        "key": "frantoio",
        "facts": {
            "address": "Contrada Piano dei Mulini 4",
            "postal_code": village.POSTAL_CODE,
            "locality": "Piano dei Mulini",
            "latitude": "40.174500",
            "longitude": "15.853800",
            "download_mbps": 95,
            "upload_mbps": 30,
            "amenities": ["kitchen", "parking", "bike_rack", "air_conditioning"],
            "step_free_access": True,
            "accessible_toilet": False,
            "adjustable_desks": False,
            "resident_free": True,
            **BANK,
            "email": "coworking@comune.castelmora.example",
            "phone": "+39 0971 000112",
        },
        "hours": [(WEEKDAYS, time(9), time(18))],
        "passes": PASSES,
        "resources": [
            {
                "facts": {
                    "kind": "desk_zone",
                    "seats": 10,
                    "slot_minutes": 60,
                    "opens": time(9),
                    "closes": time(18),
                    "min_minutes": 60,
                    "max_minutes": 540,
                    "horizon_days": 14,
                    "lead_time_hours": 1,
                },
                "texts": DESK_TEXTS,
            },
            {
                "facts": {
                    "kind": "meeting_room",
                    "seats": 6,
                    "slot_minutes": 60,
                    "opens": time(9),
                    "closes": time(18),
                    "min_minutes": 60,
                    "max_minutes": 180,
                    "horizon_days": 30,
                    "lead_time_hours": 24,
                    "requires_approval": True,
                },
                "texts": {
                    "it": {
                        "name": "Sala delle macine",
                        "description": "Tavolo per sei persone e schermo per le videochiamate.",
                    },
                    "en": {
                        "name": "Millstone room",
                        "description": "A table for six and a screen for video calls.",
                    },
                    "de": {
                        "name": "Mühlsteinraum",
                        "description": "Ein Tisch für sechs Personen und ein Bildschirm für Videoanrufe.",
                    },
                    "fr": {
                        "name": "Salle des meules",
                        "description": "Une table pour six personnes et un écran pour les visioconférences.",
                    },
                },
            },
        ],
        "photos": [
            {
                "image": "coworking-frantoio",
                "title": "Sala coworking Il Frantoio",
                "alts": {
                    "it": "Scrivanie accanto alle antiche macine in pietra del frantoio",
                    "en": "Desks beside the old stone millstones of the olive mill",
                    "de": "Schreibtische neben den alten steinernen Mühlsteinen der Ölmühle",
                    "fr": "Des bureaux à côté des anciennes meules de pierre du moulin à huile",
                },
                "captions": {
                    "it": "Le postazioni tra le macine in pietra",
                    "en": "The desks among the stone millstones",
                    "de": "Die Arbeitsplätze zwischen den Mühlsteinen",
                    "fr": "Les postes parmi les meules de pierre",
                },
            }
        ],
        "texts": {
            "it": {
                "title": "Il Frantoio",
                "slug": "il-frantoio",
                "intro": "L'antico frantoio di Piano dei Mulini ospita dieci postazioni tra le "
                "macine in pietra, con connessione FWA fino a 100 Mbit/s e parcheggio.",
                "accessibility_notes": "Tutto al piano terra; il bagno non è ancora accessibile.",
                "house_rules": "Chiudete le finestre quando uscite.\nGli ultimi spengono le luci.",
            },
            "en": {
                "title": "The Olive Mill",
                "slug": "the-olive-mill",
                "intro": "The old olive mill of Piano dei Mulini has ten desks among the stone "
                "millstones, an FWA connection of up to 100 Mbit/s and parking.",
                "accessibility_notes": "All on the ground floor; the toilet is not accessible yet.",
                "house_rules": "Close the windows when you leave.\nThe last to leave switch off the lights.",
            },
            "de": {
                "title": "Die Ölmühle",
                "slug": "die-oelmuehle",
                "intro": "Die alte Ölmühle von Piano dei Mulini bietet zehn Arbeitsplätze zwischen "
                "den Mühlsteinen, FWA-Internet bis 100 Mbit/s und Parkplätze.",
                "accessibility_notes": "Alles im Erdgeschoss; die Toilette ist noch nicht barrierefrei.",
                "house_rules": "Schließen Sie beim Gehen die Fenster.\nWer zuletzt geht, macht das Licht aus.",
            },
            "fr": {
                "title": "Le Moulin à huile",
                "slug": "le-moulin-a-huile",
                "intro": "L'ancien moulin à huile de Piano dei Mulini accueille dix postes parmi les "
                "meules de pierre, avec une connexion FWA jusqu'à 100 Mbit/s et un parking.",
                "accessibility_notes": "Tout est au rez-de-chaussée ; les toilettes ne sont pas encore accessibles.",
                "house_rules": "Fermez les fenêtres en partant.\nLes derniers éteignent la lumière.",
            },
        },
    },
]
