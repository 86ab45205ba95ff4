# ruff: noqa: E501 (one text per line reads better than wrapped prose)
"""Six activities around Castelmora; the first has a GPX track."""

from .texts import EVERY_DAY, Place, Texts


def effort(difficulty, minutes, km, metres, seasons=("spring", "summer", "autumn")):
    return {
        "difficulty": difficulty,
        "duration_minutes": minutes,
        "distance_km": km,
        "elevation_gain_m": metres,
        **{
            f"in_{season}": season in seasons for season in ("spring", "summer", "autumn", "winter")
        },
    }


ACTIVITIES = [
    Place(
        "sentiero-dei-mulini",
        "hiking",
        "",
        "40.187300",
        "15.873100",
        "Piazza Municipio",
        "Castelmora",
        [],
        {
            "it": Texts(
                "Sentiero dei Mulini",
                "sentiero-dei-mulini",
                "Anello dalla piazza ai vecchi mulini ad acqua di Piano dei Mulini, tra castagni e ruscelli.",
                "Il sentiero che scende nel bosco verso i mulini",
            ),
            "en": Texts(
                "Mills Trail",
                "mills-trail",
                "A loop from the square to the old water mills of Piano dei Mulini, through chestnut woods and streams.",
                "The path going down through the woods to the mills",
            ),
            "de": Texts(
                "Mühlenweg",
                "muehlenweg",
                "Ein Rundweg vom Platz zu den alten Wassermühlen von Piano dei Mulini, durch Kastanienwälder und an Bächen entlang.",
                "Der Weg, der durch den Wald zu den Mühlen hinabführt",
            ),
            "fr": Texts(
                "Sentier des Moulins",
                "sentier-des-moulins",
                "Une boucle de la place aux anciens moulins à eau de Piano dei Mulini, entre châtaigniers et ruisseaux.",
                "Le sentier qui descend dans les bois vers les moulins",
            ),
        },
        featured=True,
        extra=effort("easy", 150, "6.5", 320),
    ),
    Place(
        "anello-monte-serra-mtb",
        "cycling",
        "",
        "40.188000",
        "15.875000",
        "Via del Castello",
        "Castelmora",
        [],
        {
            "it": Texts(
                "Anello del Monte Serra in mountain bike",
                "anello-monte-serra-mtb",
                "Trentadue chilometri di sterrati e mulattiere fino al belvedere, per ciclisti allenati.",
                "Una mountain bike su una strada bianca tra i prati",
            ),
            "en": Texts(
                "Monte Serra mountain-bike loop",
                "monte-serra-mtb-loop",
                "Thirty-two kilometres of dirt roads and mule tracks up to the viewpoint, for trained cyclists.",
                "A mountain bike on a dirt road between meadows",
            ),
            "de": Texts(
                "Mountainbike-Runde Monte Serra",
                "mountainbike-runde-monte-serra",
                "Zweiunddreißig Kilometer Schotterwege und Saumpfade bis zum Aussichtspunkt, für trainierte Radfahrer.",
                "Ein Mountainbike auf einem Schotterweg zwischen Wiesen",
            ),
            "fr": Texts(
                "Boucle VTT du Monte Serra",
                "boucle-vtt-monte-serra",
                "Trente-deux kilomètres de chemins de terre et de muletiers jusqu'au belvédère, pour cyclistes entraînés.",
                "Un VTT sur un chemin de terre entre les prés",
            ),
        },
        extra=effort("hard", 180, "32.0", 900),
    ),
    Place(
        "falesia-della-rocca",
        "climbing",
        "",
        "40.199000",
        "15.864000",
        "Località La Rocca",
        "Castelmora",
        [],
        {
            "it": Texts(
                "Falesia della Rocca",
                "falesia-della-rocca",
                "Quaranta vie attrezzate su calcare, dal 5a al 7b, a dieci minuti dal parcheggio.",
                "Un arrampicatore sulla parete di calcare",
            ),
            "en": Texts(
                "La Rocca crag",
                "la-rocca-crag",
                "Forty bolted limestone routes, from 5a to 7b, ten minutes from the car park.",
                "A climber on the limestone wall",
            ),
            "de": Texts(
                "Klettergarten La Rocca",
                "klettergarten-la-rocca",
                "Vierzig eingebohrte Kalksteinrouten von 5a bis 7b, zehn Minuten vom Parkplatz.",
                "Ein Kletterer an der Kalksteinwand",
            ),
            "fr": Texts(
                "Falaise de La Rocca",
                "falaise-de-la-rocca",
                "Quarante voies équipées sur calcaire, du 5a au 7b, à dix minutes du parking.",
                "Un grimpeur sur la paroi calcaire",
            ),
        },
        extra=effort("moderate", 240, None, None),
    ),
    Place(
        "sci-di-fondo-piano-grande",
        "skiing",
        "",
        "40.220000",
        "15.930000",
        "Località Piano Grande",
        "Castelmora",
        [(EVERY_DAY, "09:00", "16:30")],
        {
            "it": Texts(
                "Sci di fondo a Piano Grande",
                "sci-di-fondo-piano-grande",
                "Quindici chilometri di piste battute sull'altopiano, con noleggio sci e scuola.",
                "Una pista di fondo battuta tra i faggi innevati",
                "Noleggio completo 15 € al giorno.",
            ),
            "en": Texts(
                "Cross-country skiing at Piano Grande",
                "cross-country-skiing-piano-grande",
                "Fifteen kilometres of groomed trails on the plateau, with ski hire and a school.",
                "A groomed cross-country trail among snowy beeches",
                "Full equipment hire €15 a day.",
            ),
            "de": Texts(
                "Langlauf in Piano Grande",
                "langlauf-piano-grande",
                "Fünfzehn Kilometer gespurte Loipen auf der Hochebene, mit Skiverleih und Skischule.",
                "Eine gespurte Loipe zwischen verschneiten Buchen",
                "Komplette Ausrüstung 15 € pro Tag.",
            ),
            "fr": Texts(
                "Ski de fond à Piano Grande",
                "ski-de-fond-piano-grande",
                "Quinze kilomètres de pistes damées sur le plateau, avec location de skis et école.",
                "Une piste de fond damée entre des hêtres enneigés",
                "Location complète 15 € par jour.",
            ),
        },
        extra=effort("easy", 120, "15.0", 150, seasons=("winter",)),
    ),
    Place(
        "maneggio-piano-dei-mulini",
        "horse_riding",
        "",
        "40.176000",
        "15.860000",
        "Contrada Mulini 9",
        "Piano dei Mulini",
        [(["Tu", "We", "Th", "Fr", "Sa", "Su"], "09:00", "18:00")],
        {
            "it": Texts(
                "Passeggiate a cavallo ai Mulini",
                "passeggiate-a-cavallo",
                "Uscite di un'ora o di mezza giornata con cavalli murgesi, anche per principianti.",
                "Due cavalli neri sul sentiero lungo il torrente",
                "Un'ora 25 €, mezza giornata 60 €.",
            ),
            "en": Texts(
                "Horse rides at the Mills",
                "horse-rides",
                "One-hour or half-day rides on Murgese horses, beginners welcome.",
                "Two black horses on the path along the stream",
                "One hour €25, half a day €60.",
            ),
            "de": Texts(
                "Ausritte an den Mühlen",
                "ausritte",
                "Ausritte von einer Stunde oder einem halben Tag auf Murgese-Pferden, auch für Anfänger.",
                "Zwei schwarze Pferde auf dem Weg am Bach",
                "Eine Stunde 25 €, ein halber Tag 60 €.",
            ),
            "fr": Texts(
                "Balades à cheval aux Moulins",
                "balades-a-cheval",
                "Sorties d'une heure ou d'une demi-journée sur des chevaux Murgese, débutants bienvenus.",
                "Deux chevaux noirs sur le chemin le long du torrent",
                "Une heure 25 €, demi-journée 60 €.",
            ),
        },
        phone="+39 0971 930901",
        by_appointment=True,
        extra=effort("easy", 60, "5.0", 100),
    ),
    Place(
        "piscina-comunale",
        "swimming",
        "",
        "40.185000",
        "15.876000",
        "Via dello Sport 1",
        "Castelmora",
        [(EVERY_DAY, "10:00", "19:00")],
        {
            "it": Texts(
                "Piscina comunale all'aperto",
                "piscina-comunale",
                "Vasca da 25 metri e vasca per bambini con vista sulla valle, aperta d'estate.",
                "La piscina all'aperto con le montagne sullo sfondo",
                "Ingresso 6 €, residenti 3 €.",
            ),
            "en": Texts(
                "Open-air municipal pool",
                "municipal-pool",
                "A 25-metre pool and a children's pool overlooking the valley, open in summer.",
                "The open-air pool with the mountains behind",
                "Admission €6, residents €3.",
            ),
            "de": Texts(
                "Städtisches Freibad",
                "freibad",
                "Ein 25-Meter-Becken und ein Kinderbecken mit Blick ins Tal, im Sommer geöffnet.",
                "Das Freibad mit den Bergen im Hintergrund",
                "Eintritt 6 €, Einwohner 3 €.",
            ),
            "fr": Texts(
                "Piscine municipale en plein air",
                "piscine-municipale",
                "Un bassin de 25 mètres et une pataugeoire avec vue sur la vallée, ouverts en été.",
                "La piscine en plein air avec les montagnes en arrière-plan",
                "Entrée 6 €, résidents 3 €.",
            ),
        },
        access=(True, True, True),
        extra=effort("easy", None, None, None, seasons=("summer",)),
    ),
]

# The Mills Trail as a GPX loop: down to Piano dei Mulini and back up by the stream.
MILLS_TRAIL_POINTS = [
    (40.1873, 15.8731),
    (40.1861, 15.8712),
    (40.1843, 15.8690),
    (40.1822, 15.8668),
    (40.1801, 15.8641),
    (40.1779, 15.8617),
    (40.1760, 15.8598),
    (40.1748, 15.8572),
    (40.1757, 15.8551),
    (40.1779, 15.8560),
    (40.1803, 15.8589),
    (40.1826, 15.8623),
    (40.1847, 15.8661),
    (40.1862, 15.8697),
    (40.1873, 15.8731),
]
