# ruff: noqa: E501 -- translated prose reads better unwrapped than split mid-sentence.
"""Texts and facts of the demo events (Castelmora): dates relative to today, so they stay upcoming."""

from datetime import time

from borgo.demo import village

INDEX = {
    "it": {
        "title": "Eventi",
        "slug": "eventi",
        "intro": "Incontri, corsi e meetup nelle sale di coworking e in paese.",
    },
    "en": {
        "title": "Events",
        "slug": "events",
        "intro": "Meetings, courses and meetups in the co-working rooms and around the village.",
    },
    "de": {
        "title": "Veranstaltungen",
        "slug": "veranstaltungen",
        "intro": "Treffen, Kurse und Meetups in den Coworking-Räumen und im Dorf.",
    },
    "fr": {
        "title": "Événements",
        "slug": "evenements",
        "intro": "Rencontres, formations et meetups dans les salles de coworking et au village.",
    },
}

# days from today, start, end, kind, space key (or None), capacity, registration url
EVENTS = [
    {
        "when": (3, time(18), time(20)),
        "kind": "meetup",
        "space": "ex-scuola",
        "capacity": 30,
        "registration_url": "",
        "texts": {
            "it": {
                "title": "Aperitivo dei lavoratori da remoto",
                "slug": "aperitivo-remote-worker",
                "summary": "Conosciamoci: chi lavora da remoto a Castelmora si presenta, con prodotti del territorio.",
            },
            "en": {
                "title": "Remote workers' aperitivo",
                "slug": "remote-workers-aperitivo",
                "summary": "Let's meet: the people who work remotely from Castelmora introduce themselves, with local food.",
            },
            "de": {
                "title": "Aperitivo der Remote-Arbeitenden",
                "slug": "aperitivo-remote-arbeit",
                "summary": "Lernen wir uns kennen: Wer von Castelmora aus remote arbeitet, stellt sich vor, mit regionalen Spezialitäten.",
            },
            "fr": {
                "title": "Apéritif des télétravailleurs",
                "slug": "aperitif-teletravailleurs",
                "summary": "Faisons connaissance : ceux qui télétravaillent depuis Castelmora se présentent, avec des produits du terroir.",
            },
        },
    },
    {
        "when": (8, time(9, 30), time(13)),
        "kind": "course",
        "space": "ex-scuola",
        "capacity": 15,
        "registration_url": "https://www.comune.castelmora.example/corsi",
        "texts": {
            "it": {
                "title": "Corso di competenze digitali di base",
                "slug": "corso-competenze-digitali",
                "summary": "Posta elettronica, SPID e servizi online del Comune: un corso gratuito per i residenti.",
            },
            "en": {
                "title": "Basic digital skills course",
                "slug": "basic-digital-skills-course",
                "summary": "E-mail, SPID digital identity and the municipality's online services: a free course for residents.",
            },
            "de": {
                "title": "Kurs für digitale Grundkenntnisse",
                "slug": "kurs-digitale-grundkenntnisse",
                "summary": "E-Mail, die digitale Identität SPID und die Online-Dienste der Gemeinde: ein kostenloser Kurs für Einheimische.",
            },
            "fr": {
                "title": "Formation aux compétences numériques de base",
                "slug": "formation-competences-numeriques",
                "summary": "Messagerie, identité numérique SPID et services en ligne de la commune : une formation gratuite pour les résidents.",
            },
        },
    },
    {
        "when": (12, time(17), time(19)),
        "kind": "community",
        "space": "frantoio",
        "capacity": None,
        "registration_url": "",
        "texts": {
            "it": {
                "title": "Presentazione della rete FWA nelle frazioni",
                "slug": "presentazione-rete-fwa",
                "summary": "Tecnici e operatori spiegano come attivare la connessione senza fili fino a 100 Mbit/s.",
            },
            "en": {
                "title": "Presenting the fixed-wireless network in the hamlets",
                "slug": "fixed-wireless-network-presentation",
                "summary": "Engineers and providers explain how to get the wireless connection of up to 100 Mbit/s.",
            },
            "de": {
                "title": "Vorstellung des Funknetzes in den Ortsteilen",
                "slug": "vorstellung-funknetz",
                "summary": "Techniker und Anbieter erklären, wie Sie den Funkanschluss mit bis zu 100 Mbit/s bekommen.",
            },
            "fr": {
                "title": "Présentation du réseau sans fil dans les hameaux",
                "slug": "presentation-reseau-sans-fil",
                "summary": "Techniciens et opérateurs expliquent comment obtenir la connexion sans fil jusqu'à 100 Mbit/s.",
            },
        },
    },
    {
        "when": (20, time(10), time(17)),
        "kind": "community",
        "space": None,
        "capacity": 40,
        "registration_url": "https://www.comune.castelmora.example/camminata",
        "venue": {
            "venue_name": "Piazza del Municipio",
            "address": "Piazza del Municipio 1",
            "postal_code": village.POSTAL_CODE,
            "locality": "Castelmora",
            "latitude": "40.187300",
            "longitude": "15.873100",
        },
        "texts": {
            "it": {
                "title": "Camminata a San Vito per i nuovi arrivati",
                "slug": "camminata-san-vito",
                "summary": "Una giornata a piedi fino a San Vito e ritorno, per conoscere il territorio e chi ci vive.",
            },
            "en": {
                "title": "Walk to San Vito for newcomers",
                "slug": "walk-to-san-vito",
                "summary": "A day on foot to San Vito and back, to get to know the land and the people who live here.",
            },
            "de": {
                "title": "Wanderung nach San Vito für Neuankömmlinge",
                "slug": "wanderung-san-vito",
                "summary": "Ein Tag zu Fuß nach San Vito und zurück, um die Gegend und ihre Menschen kennenzulernen.",
            },
            "fr": {
                "title": "Randonnée à San Vito pour les nouveaux arrivants",
                "slug": "randonnee-san-vito",
                "summary": "Une journée à pied jusqu'à San Vito et retour, pour découvrir le territoire et ceux qui y vivent.",
            },
        },
    },
]
