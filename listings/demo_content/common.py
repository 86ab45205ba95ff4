"""Index pages and the shared photos of the demo listings, in every language."""

INDEX_PAGES = {
    "stays": {
        "it": {
            "title": "Dormire",
            "slug": "dormire",
            "intro": "Camere, B&B e appartamenti per una settimana o per tre mesi, "
            "con il codice CIN e la velocità del Wi-Fi misurata.",
        },
        "en": {
            "title": "Stay",
            "slug": "stay",
            "intro": "Rooms, B&Bs and flats for a week or for three months, "
            "with their CIN code and measured Wi-Fi speed.",
        },
        "de": {
            "title": "Übernachten",
            "slug": "uebernachten",
            "intro": "Zimmer, B&Bs und Wohnungen für eine Woche oder drei Monate, "
            "mit CIN-Code und gemessener WLAN-Geschwindigkeit.",
        },
        "fr": {
            "title": "Séjourner",
            "slug": "sejourner",
            "intro": "Chambres, B&B et appartements pour une semaine ou trois mois, "
            "avec leur code CIN et le débit Wi-Fi mesuré.",
        },
    },
    "homes": {
        "it": {
            "title": "Vivere qui",
            "slug": "vivere-qui",
            "intro": "Case in affitto e in vendita a Castelmora e nelle frazioni, "
            "comprese le case a 1 euro del Comune.",
        },
        "en": {
            "title": "Live here",
            "slug": "live-here",
            "intro": "Houses to rent and to buy in Castelmora and its hamlets, "
            "including the municipality's one-euro houses.",
        },
        "de": {
            "title": "Hier wohnen",
            "slug": "hier-wohnen",
            "intro": "Häuser zur Miete und zum Kauf in Castelmora und den Ortsteilen, "
            "darunter die 1-Euro-Häuser der Gemeinde.",
        },
        "fr": {
            "title": "Vivre ici",
            "slug": "vivre-ici",
            "intro": "Maisons à louer et à vendre à Castelmora et dans ses hameaux, "
            "y compris les maisons à un euro de la commune.",
        },
    },
}

PHOTOS = {
    "camera": {
        "title": "Camera con scrivania",
        "it": "Camera luminosa con scrivania vicino alla finestra",
        "en": "Bright room with a desk by the window",
        "de": "Helles Zimmer mit Schreibtisch am Fenster",
        "fr": "Chambre lumineuse avec un bureau près de la fenêtre",
    },
    "appartamento": {
        "title": "Appartamento nel centro storico",
        "it": "Soggiorno con cucina e tavolo da lavoro",
        "en": "Living room with kitchen and work table",
        "de": "Wohnzimmer mit Küche und Arbeitstisch",
        "fr": "Séjour avec cuisine et table de travail",
    },
    "albergo": {
        "title": "Albergo in piazza",
        "it": "Facciata in pietra dell'albergo sulla piazza",
        "en": "Stone front of the hotel on the square",
        "de": "Steinfassade des Hotels am Platz",
        "fr": "Façade en pierre de l'hôtel sur la place",
    },
    "masseria": {
        "title": "Agriturismo tra gli ulivi",
        "it": "Casale tra gli ulivi con le colline sullo sfondo",
        "en": "Farmhouse among olive trees with hills behind",
        "de": "Bauernhaus zwischen Olivenbäumen vor den Hügeln",
        "fr": "Ferme parmi les oliviers, collines en arrière-plan",
    },
    "casa-pietra": {
        "title": "Casa in pietra",
        "it": "Casa in pietra con porta in legno in un vicolo",
        "en": "Stone house with a wooden door in an alley",
        "de": "Steinhaus mit Holztür in einer Gasse",
        "fr": "Maison en pierre avec porte en bois dans une ruelle",
    },
    "rudere": {
        "title": "Casa da ristrutturare",
        "it": "Casa da ristrutturare con il tetto da rifare",
        "en": "House to restore, its roof to be rebuilt",
        "de": "Sanierungsbedürftiges Haus, das Dach muss erneuert werden",
        "fr": "Maison à restaurer, toiture à refaire",
    },
}
