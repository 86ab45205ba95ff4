# ruff: noqa: E501 -- translated prose reads better unwrapped than split mid-sentence.
"""Texts and facts of the demo connectivity page (Castelmora), in every language."""

from datetime import timedelta

from borgo.demo import village

PAGE = {
    "it": {
        "title": "Connettività",
        "slug": "connettivita",
        "intro": "Fibra fino a casa nel centro storico, wireless fisso nelle frazioni e Wi-Fi "
        "pubblico gratuito in piazza: ecco quanto è veloce internet a Castelmora, misurato da noi.",
    },
    "en": {
        "title": "Connectivity",
        "slug": "connectivity",
        "intro": "Fibre to the home in the old centre, fixed wireless in the hamlets and free "
        "public Wi-Fi in the square: this is how fast the internet is in Castelmora, measured by us.",
    },
    "de": {
        "title": "Internet",
        "slug": "internet",
        "intro": "Glasfaser bis ins Haus im Ortskern, Funk-Internet in den Ortsteilen und "
        "kostenloses öffentliches WLAN auf der Piazza: So schnell ist das Internet in Castelmora, "
        "von uns gemessen.",
    },
    "fr": {
        "title": "Connectivité",
        "slug": "connectivite",
        "intro": "La fibre jusqu'au domicile dans le centre historique, le sans-fil fixe dans les "
        "hameaux et le Wi-Fi public gratuit sur la place : voici le débit d'internet à "
        "Castelmora, mesuré par nos soins.",
    },
}

OFFERS = [
    {
        "facts": {
            "technology": "ftth",
            "download_mbps": 1000,
            "upload_mbps": 300,
            "latency_ms": 8,
            "providers": "Open Fiber, TIM, Fastweb, Iliad",
        },
        "coverage": {
            "it": "Centro storico e San Vito.",
            "en": "Old centre and San Vito.",
            "de": "Ortskern und San Vito.",
            "fr": "Centre historique et San Vito.",
        },
    },
    {
        "facts": {
            "technology": "fwa",
            "download_mbps": village.FWA_DOWNLOAD_MBPS,
            "upload_mbps": 20,
            "latency_ms": 25,
            "providers": "Eolo, Linkem",
        },
        "coverage": {
            "it": "Piano dei Mulini e le case sparse.",
            "en": "Piano dei Mulini and the outlying houses.",
            "de": "Piano dei Mulini und die Einzelhöfe.",
            "fr": "Piano dei Mulini et les maisons isolées.",
        },
    },
    {
        "facts": {
            "technology": "4g",
            "download_mbps": 150,
            "upload_mbps": 40,
            "latency_ms": 35,
            "providers": "TIM, Vodafone, WindTre, Iliad",
        },
        "coverage": {
            "it": "Tutto il territorio comunale.",
            "en": "The whole municipality.",
            "de": "Das ganze Gemeindegebiet.",
            "fr": "Tout le territoire de la commune.",
        },
    },
]

HOTSPOTS = [
    {
        "facts": {
            "network_name": "Castelmora-WiFi",
            "address": village.TOWN_HALL_ADDRESS,
            "locality": "Castelmora",
            "latitude": "40.187300",
            "longitude": "15.873100",
        },
        "name": {
            "it": "Piazza del Municipio",
            "en": "Town hall square",
            "de": "Rathausplatz",
            "fr": "Place de la mairie",
        },
    },
    {
        "facts": {
            "network_name": "Castelmora-WiFi",
            "address": "Contrada Piano dei Mulini",
            "locality": "Piano dei Mulini",
            "latitude": "40.174200",
            "longitude": "15.854100",
        },
        "name": {
            "it": "Giardini di Piano dei Mulini",
            "en": "Piano dei Mulini gardens",
            "de": "Gärten von Piano dei Mulini",
            "fr": "Jardins de Piano dei Mulini",
        },
    },
]

METHOD = {
    "it": "Ookla Speedtest, via cavo, mediana di 5 prove",
    "en": "Ookla Speedtest, wired, median of 5 runs",
    "de": "Ookla Speedtest, per Kabel, Median aus 5 Messungen",
    "fr": "Ookla Speedtest, filaire, médiane de 5 essais",
}

# (days ago, in the centre, down, up, latency, place per language)
SPEED_TESTS = [
    (
        20,
        True,
        938,
        287,
        7,
        {
            "it": "Ex Scuola, postazione 4",
            "en": "Former school, desk 4",
            "de": "Ehemalige Schule, Platz 4",
            "fr": "Ancienne école, poste 4",
        },
    ),
    (
        45,
        False,
        94,
        21,
        24,
        {
            "it": "Il Frantoio",
            "en": "The Olive Mill",
            "de": "Die Ölmühle",
            "fr": "Le Moulin à huile",
        },
    ),
    (
        400,
        True,
        612,
        198,
        9,
        {
            "it": "Biblioteca comunale",
            "en": "Municipal library",
            "de": "Gemeindebibliothek",
            "fr": "Bibliothèque municipale",
        },
    ),
]


def tested_on(today, days_ago):
    return today - timedelta(days=days_ago)
