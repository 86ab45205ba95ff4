"""Twelve demo stays: facts, and texts as (title, slug, summary, description) per language."""

import datetime

from borgo.demo import village

MEASURED = datetime.date(2026, 9, 15)
CENTRE = {"locality": "Castelmora", "postal_code": village.POSTAL_CODE}
MULINI = {"locality": "Piano dei Mulini", "postal_code": village.POSTAL_CODE}
SAN_VITO = {"locality": "San Vito", "postal_code": village.POSTAL_CODE}
WORK = {"has_desk": True, "has_ergonomic_chair": True, "is_quiet": True}
HOME_COMFORTS = {"has_kitchen": True, "has_washing_machine": True}

STAYS = [
    {
        "ref": "DEMO-A01",
        "photo": "appartamento",
        "facts": {
            **CENTRE,
            **WORK,
            **HOME_COMFORTS,
            "address": "Via del Forno 4",
            "latitude": "40.187600",
            "longitude": "15.873900",
            "accommodation_type": "apartment",
            "cin": "IT076099C2FORN0401",
            "capacity": 2,
            "bedrooms": 1,
            "price_per_night_from": 55,
            "monthly_price": 650,
            "minimum_stay_nights": 3,
            "long_stay_friendly": True,
            "wifi_download_mbps": 480,
            "wifi_measured_on": MEASURED,
            "featured": True,
            "contact_email": "casadelfornaio@example.org",
            "contact_phone": "+39 0971 555 101",
        },
        "texts": {
            "it": (
                "Casa del Fornaio",
                "casa-del-fornaio",
                "Bilocale sopra l'antico forno, a due minuti dalla sala di co-working.",
                "Un bilocale con scrivania vera, sedia ergonomica e fibra a 1 Gbit/s. "
                "Il forno al piano terra apre alle sette.",
            ),
            "en": (
                "The Baker's House",
                "the-bakers-house",
                "Two-room flat above the old bakery, two minutes from the co-working room.",
                "A two-room flat with a real desk, an ergonomic chair and 1 Gbit/s fibre. "
                "The bakery downstairs opens at seven.",
            ),
            "de": (
                "Haus des Bäckers",
                "haus-des-baeckers",
                "Zweizimmerwohnung über der alten Bäckerei, zwei Minuten vom Co-Working-Raum.",
                "Eine Zweizimmerwohnung mit echtem Schreibtisch, ergonomischem Stuhl und "
                "Glasfaser mit 1 Gbit/s. Die Bäckerei im Erdgeschoss öffnet um sieben.",
            ),
            "fr": (
                "La Maison du Boulanger",
                "la-maison-du-boulanger",
                "Deux-pièces au-dessus de l'ancienne boulangerie, à deux minutes du coworking.",
                "Un deux-pièces avec un vrai bureau, une chaise ergonomique et la fibre à "
                "1 Gbit/s. La boulangerie du rez-de-chaussée ouvre à sept heures.",
            ),
        },
    },
    {
        "ref": "DEMO-A02",
        "photo": "camera",
        "facts": {
            **CENTRE,
            **WORK,
            "address": "Vico Storto 2",
            "latitude": "40.187900",
            "longitude": "15.872800",
            "accommodation_type": "bnb",
            "cin": "IT076099B4VICO0202",
            "capacity": 4,
            "bedrooms": 2,
            "price_per_night_from": 45,
            "monthly_price": 690,
            "minimum_stay_nights": 1,
            "long_stay_friendly": True,
            "breakfast_included": True,
            "wifi_download_mbps": 420,
            "wifi_measured_on": MEASURED,
            "featured": True,
            "contact_email": "vicostorto@example.org",
        },
        "texts": {
            "it": (
                "B&B Vico Storto",
                "bb-vico-storto",
                "Due camere con colazione nel vicolo più fotografato del borgo.",
                "Colazione con pane del forno e marmellate di casa. Ogni camera ha una "
                "scrivania e una sedia comoda per lavorare.",
            ),
            "en": (
                "Vico Storto B&B",
                "vico-storto-bb",
                "Two rooms with breakfast in the village's most photographed alley.",
                "Breakfast with bread from the bakery and home-made jam. Each room has a "
                "desk and a comfortable chair for work.",
            ),
            "de": (
                "B&B Vico Storto",
                "bb-vico-storto",
                "Zwei Zimmer mit Frühstück in der meistfotografierten Gasse des Dorfes.",
                "Frühstück mit Brot aus der Bäckerei und hausgemachter Marmelade. Jedes "
                "Zimmer hat einen Schreibtisch und einen bequemen Stuhl zum Arbeiten.",
            ),
            "fr": (
                "B&B Vico Storto",
                "bb-vico-storto",
                "Deux chambres avec petit-déjeuner dans la ruelle "
                "la plus photographiée du village.",
                "Petit-déjeuner avec le pain de la boulangerie et des confitures maison. "
                "Chaque chambre a un bureau et une chaise confortable pour travailler.",
            ),
        },
    },
    {
        "ref": "DEMO-A03",
        "photo": "albergo",
        "facts": {
            **CENTRE,
            "address": "Piazza del Municipio 1",
            "latitude": "40.187300",
            "longitude": "15.873100",
            "accommodation_type": "hotel",
            "cin": "IT076099A1PIAZ0103",
            "capacity": 36,
            "bedrooms": 18,
            "price_per_night_from": 70,
            "minimum_stay_nights": 1,
            "has_desk": True,
            "breakfast_included": True,
            "has_parking": True,
            "step_free_access": True,
            "accessible_bathroom": True,
            "wifi_download_mbps": 350,
            "wifi_measured_on": MEASURED,
            "contact_email": "albergopiazza@example.org",
            "contact_phone": "+39 0971 555 103",
            "website": "https://albergo.example.org/",
        },
        "texts": {
            "it": (
                "Albergo della Piazza",
                "albergo-della-piazza",
                "Diciotto camere sulla piazza, con ascensore e ristorante.",
                "L'albergo storico del paese: camere accessibili, parcheggio e una sala "
                "colazioni che di pomeriggio diventa sala di lettura.",
            ),
            "en": (
                "Hotel on the Square",
                "hotel-on-the-square",
                "Eighteen rooms on the square, with a lift and a restaurant.",
                "The village's historic hotel: accessible rooms, parking and a breakfast room "
                "that becomes a reading room in the afternoon.",
            ),
            "de": (
                "Hotel am Platz",
                "hotel-am-platz",
                "Achtzehn Zimmer am Platz, mit Aufzug und Restaurant.",
                "Das historische Hotel des Dorfes: barrierefreie Zimmer, Parkplatz und ein "
                "Frühstücksraum, der nachmittags zum Lesesaal wird.",
            ),
            "fr": (
                "Hôtel de la Place",
                "hotel-de-la-place",
                "Dix-huit chambres sur la place, avec ascenseur et restaurant.",
                "L'hôtel historique du village : chambres accessibles, parking et une salle "
                "du petit-déjeuner qui devient salle de lecture l'après-midi.",
            ),
        },
    },
    {
        "ref": "DEMO-A04",
        "photo": "masseria",
        "facts": {
            **MULINI,
            **HOME_COMFORTS,
            "address": "Contrada Mulini 12",
            "latitude": "40.174200",
            "longitude": "15.856300",
            "accommodation_type": "agriturismo",
            "cin": "IT076099B6MULI1204",
            "capacity": 12,
            "bedrooms": 6,
            "price_per_night_from": 65,
            "monthly_price": 1100,
            "minimum_stay_nights": 2,
            "long_stay_friendly": True,
            "pets_allowed": True,
            "has_parking": True,
            "has_desk": True,
            "wifi_download_mbps": 85,
            "wifi_measured_on": MEASURED,
            "featured": True,
            "contact_email": "uliveto@example.org",
            "contact_phone": "+39 0971 555 104",
        },
        "texts": {
            "it": (
                "Agriturismo L'Uliveto",
                "agriturismo-luliveto",
                "Casale tra gli ulivi a Piano dei Mulini, vicino alla sala Il Frantoio.",
                "Olio, orto e cene con i prodotti dell'azienda. Rete FWA fino a 100 Mbit/s; "
                "la sala Il Frantoio è a cinque minuti a piedi.",
            ),
            "en": (
                "L'Uliveto farm stay",
                "luliveto-farm-stay",
                "Farmhouse among olive trees in Piano dei Mulini, near Il Frantoio co-working.",
                "Olive oil, a vegetable garden and dinners from the farm. FWA internet up to "
                "100 Mbit/s; the Il Frantoio room is a five-minute walk.",
            ),
            "de": (
                "Agriturismo L'Uliveto",
                "agriturismo-luliveto",
                "Bauernhaus zwischen Olivenbäumen in Piano dei Mulini, nahe Il Frantoio.",
                "Olivenöl, Gemüsegarten und Abendessen mit Produkten vom Hof. FWA-Internet "
                "bis 100 Mbit/s; der Raum Il Frantoio ist fünf Gehminuten entfernt.",
            ),
            "fr": (
                "Agritourisme L'Uliveto",
                "agritourisme-luliveto",
                "Ferme parmi les oliviers à Piano dei Mulini, près du coworking Il Frantoio.",
                "Huile d'olive, potager et dîners avec les produits de la ferme. Internet FWA "
                "jusqu'à 100 Mbit/s ; la salle Il Frantoio est à cinq minutes à pied.",
            ),
        },
    },
    {
        "ref": "DEMO-A05",
        "photo": "camera",
        "facts": {
            **CENTRE,
            "address": "Via della Torre 9",
            "latitude": "40.188400",
            "longitude": "15.874200",
            "accommodation_type": "room",
            "cin": "IT076099C5TORR0905",
            "capacity": 1,
            "bedrooms": 1,
            "price_per_night_from": 30,
            "monthly_price": 420,
            "minimum_stay_nights": 7,
            "long_stay_friendly": True,
            "has_desk": True,
            "is_quiet": True,
            "has_washing_machine": True,
            "wifi_download_mbps": 510,
            "wifi_measured_on": MEASURED,
            "contact_email": "torre9@example.org",
        },
        "texts": {
            "it": (
                "Stanza nella Torre",
                "stanza-nella-torre",
                "Camera singola silenziosa con vista sulla valle, per soggiorni lunghi.",
                "Una stanza in casa di una famiglia del paese, con bagno privato e uso "
                "della lavatrice. Ideale per chi lavora alla sala comunale.",
            ),
            "en": (
                "Room in the Tower",
                "room-in-the-tower",
                "Quiet single room with a view of the valley, for long stays.",
                "A room in a village family's house, with a private bathroom and use of the "
                "washing machine. Ideal if you work at the municipal co-working room.",
            ),
            "de": (
                "Zimmer im Turm",
                "zimmer-im-turm",
                "Ruhiges Einzelzimmer mit Blick ins Tal, für lange Aufenthalte.",
                "Ein Zimmer im Haus einer Familie aus dem Dorf, mit eigenem Bad und "
                "Waschmaschine. Ideal, wenn Sie im Co-Working-Raum der Gemeinde arbeiten.",
            ),
            "fr": (
                "Chambre de la Tour",
                "chambre-de-la-tour",
                "Chambre simple au calme avec vue sur la vallée, pour les longs séjours.",
                "Une chambre chez une famille du village, avec salle de bains privée et "
                "lave-linge. Idéale si vous travaillez au coworking municipal.",
            ),
        },
    },
    {
        "ref": "DEMO-A06",
        "photo": "camera",
        "facts": {
            **CENTRE,
            "address": "Largo San Rocco 3",
            "latitude": "40.186500",
            "longitude": "15.872100",
            "accommodation_type": "hostel",
            "cin": "IT076099B3ROCC0306",
            "capacity": 20,
            "bedrooms": 5,
            "price_per_night_from": 22,
            "monthly_price": 380,
            "minimum_stay_nights": 1,
            "long_stay_friendly": True,
            "has_kitchen": True,
            "wifi_download_mbps": 300,
            "wifi_measured_on": MEASURED,
            "contact_email": "ostello@example.org",
        },
        "texts": {
            "it": (
                "Ostello San Rocco",
                "ostello-san-rocco",
                "Letti in camerata e una cucina comune nell'ex convento.",
                "L'ostello della cooperativa giovanile: camerate da quattro, cucina comune e "
                "una terrazza dove si fa colazione d'estate.",
            ),
            "en": (
                "San Rocco Hostel",
                "san-rocco-hostel",
                "Dormitory beds and a shared kitchen in the former convent.",
                "The youth co-operative's hostel: four-bed dormitories, a shared kitchen and "
                "a terrace for breakfast in summer.",
            ),
            "de": (
                "Hostel San Rocco",
                "hostel-san-rocco",
                "Betten im Schlafsaal und eine Gemeinschaftsküche im ehemaligen Kloster.",
                "Das Hostel der Jugendgenossenschaft: Vierbettzimmer, Gemeinschaftsküche und "
                "eine Terrasse, auf der im Sommer gefrühstückt wird.",
            ),
            "fr": (
                "Auberge San Rocco",
                "auberge-san-rocco",
                "Lits en dortoir et cuisine commune dans l'ancien couvent.",
                "L'auberge de la coopérative de jeunes : dortoirs de quatre lits, cuisine "
                "commune et une terrasse pour le petit-déjeuner en été.",
            ),
        },
    },
    {
        "ref": "DEMO-A07",
        "photo": "appartamento",
        "facts": {
            **SAN_VITO,
            **WORK,
            **HOME_COMFORTS,
            "address": "Via San Vito 21",
            "latitude": "40.205800",
            "longitude": "15.897600",
            "accommodation_type": "apartment",
            "cin": "IT076099C2VITO2107",
            "capacity": 4,
            "bedrooms": 2,
            "price_per_night_from": 60,
            "monthly_price": 750,
            "minimum_stay_nights": 7,
            "long_stay_friendly": True,
            "has_parking": True,
            "pets_allowed": True,
            "wifi_download_mbps": 95,
            "wifi_measured_on": MEASURED,
            "contact_email": "sanvito21@example.org",
        },
        "texts": {
            "it": (
                "Casa Vista Valle",
                "casa-vista-valle",
                "Trilocale con giardino a San Vito, per famiglie e animali.",
                "Due camere, giardino recintato e uno studio con scrivania. "
                "Internet FWA misurato a 95 Mbit/s.",
            ),
            "en": (
                "Valley View House",
                "valley-view-house",
                "Three-room flat with a garden in San Vito, for families and pets.",
                "Two bedrooms, a fenced garden and a study with a desk. "
                "FWA internet measured at 95 Mbit/s.",
            ),
            "de": (
                "Haus Talblick",
                "haus-talblick",
                "Dreizimmerwohnung mit Garten in San Vito, für Familien und Haustiere.",
                "Zwei Schlafzimmer, ein eingezäunter Garten und ein Arbeitszimmer mit "
                "Schreibtisch. FWA-Internet, gemessen mit 95 Mbit/s.",
            ),
            "fr": (
                "Maison Vue sur la Vallée",
                "maison-vue-sur-la-vallee",
                "Trois-pièces avec jardin à San Vito, pour familles et animaux.",
                "Deux chambres, un jardin clos et un bureau. Internet FWA mesuré à 95 Mbit/s.",
            ),
        },
    },
    {
        "ref": "DEMO-A08",
        "photo": "appartamento",
        "facts": {
            **CENTRE,
            **WORK,
            **HOME_COMFORTS,
            "address": "Via del Castello 14",
            "latitude": "40.188900",
            "longitude": "15.873600",
            "accommodation_type": "apartment",
            "cin": "IT076099C2CAST1408",
            "capacity": 3,
            "bedrooms": 1,
            "price_per_night_from": 50,
            "monthly_price": 600,
            "minimum_stay_nights": 30,
            "long_stay_friendly": True,
            "wifi_download_mbps": 940,
            "wifi_measured_on": MEASURED,
            "contact_email": "castello14@example.org",
        },
        "texts": {
            "it": (
                "Monolocale del Castello",
                "monolocale-del-castello",
                "Monolocale sotto il castello, solo soggiorni da un mese in su.",
                "Fibra misurata a 940 Mbit/s, scrivania regolabile e cucina completa. "
                "Pensato per chi lavora da remoto per qualche mese.",
            ),
            "en": (
                "Castle Studio",
                "castle-studio",
                "Studio flat below the castle, for stays of a month or more.",
                "Fibre measured at 940 Mbit/s, an adjustable desk and a full kitchen. "
                "Made for people working remotely for a few months.",
            ),
            "de": (
                "Studio am Schloss",
                "studio-am-schloss",
                "Einzimmerwohnung unterhalb der Burg, nur ab einem Monat.",
                "Glasfaser, gemessen mit 940 Mbit/s, höhenverstellbarer Schreibtisch und "
                "voll ausgestattete Küche. Gedacht für mehrere Monate Remote-Arbeit.",
            ),
            "fr": (
                "Studio du Château",
                "studio-du-chateau",
                "Studio au pied du château, séjours d'un mois minimum.",
                "Fibre mesurée à 940 Mbit/s, bureau réglable et cuisine équipée. "
                "Pensé pour quelques mois de télétravail.",
            ),
        },
    },
    {
        "ref": "DEMO-A09",
        "photo": "camera",
        "facts": {
            **CENTRE,
            "address": "Via Roma 30",
            "latitude": "40.186900",
            "longitude": "15.874500",
            "accommodation_type": "bnb",
            "cin": "IT076099B4ROMA3009",
            "capacity": 6,
            "bedrooms": 3,
            "price_per_night_from": 50,
            "minimum_stay_nights": 1,
            "breakfast_included": True,
            "step_free_access": True,
            "contact_email": "viaroma30@example.org",
        },
        "texts": {
            "it": (
                "B&B La Meridiana",
                "bb-la-meridiana",
                "Tre camere al piano terra, senza gradini, lungo la via principale.",
                "Un B&B accessibile, con colazione servita in giardino sotto la meridiana.",
            ),
            "en": (
                "La Meridiana B&B",
                "la-meridiana-bb",
                "Three step-free ground-floor rooms on the main street.",
                "An accessible B&B, with breakfast served in the garden under the sundial.",
            ),
            "de": (
                "B&B La Meridiana",
                "bb-la-meridiana",
                "Drei stufenlose Zimmer im Erdgeschoss an der Hauptstraße.",
                "Ein barrierefreies B&B, Frühstück im Garten unter der Sonnenuhr.",
            ),
            "fr": (
                "B&B La Meridiana",
                "bb-la-meridiana",
                "Trois chambres de plain-pied, sans marches, sur la rue principale.",
                "Un B&B accessible, petit-déjeuner servi au jardin sous le cadran solaire.",
            ),
        },
    },
    {
        "ref": "DEMO-A10",
        "photo": "masseria",
        "facts": {
            **SAN_VITO,
            "address": "Contrada Serra 5",
            "latitude": "40.209100",
            "longitude": "15.902300",
            "accommodation_type": "agriturismo",
            "cin": "IT076099B6SERR0510",
            "capacity": 8,
            "bedrooms": 4,
            "price_per_night_from": 75,
            "minimum_stay_nights": 2,
            "pets_allowed": True,
            "has_parking": True,
            "breakfast_included": True,
            "contact_email": "laserra@example.org",
        },
        "texts": {
            "it": (
                "Agriturismo La Serra",
                "agriturismo-la-serra",
                "Quattro camere in una fattoria con cavalli sopra San Vito.",
                "Passeggiate a cavallo, formaggi dell'azienda e cielo stellato.",
            ),
            "en": (
                "La Serra farm stay",
                "la-serra-farm-stay",
                "Four rooms on a horse farm above San Vito.",
                "Horse rides, the farm's own cheese and starry skies.",
            ),
            "de": (
                "Agriturismo La Serra",
                "agriturismo-la-serra",
                "Vier Zimmer auf einem Pferdehof oberhalb von San Vito.",
                "Ausritte, Käse vom eigenen Hof und Sternenhimmel.",
            ),
            "fr": (
                "Agritourisme La Serra",
                "agritourisme-la-serra",
                "Quatre chambres dans une ferme équestre au-dessus de San Vito.",
                "Balades à cheval, fromages de la ferme et ciel étoilé.",
            ),
        },
    },
    {
        "ref": "DEMO-A11",
        "photo": "camera",
        "facts": {
            **MULINI,
            **WORK,
            "address": "Via del Mulino 2",
            "latitude": "40.175100",
            "longitude": "15.857900",
            "accommodation_type": "room",
            "cin": "IT076099C5MULI0211",
            "capacity": 2,
            "bedrooms": 1,
            "price_per_night_from": 35,
            "monthly_price": 480,
            "minimum_stay_nights": 14,
            "long_stay_friendly": True,
            "wifi_download_mbps": 90,
            "wifi_measured_on": MEASURED,
            "contact_email": "mulino2@example.org",
        },
        "texts": {
            "it": (
                "Camera del Mugnaio",
                "camera-del-mugnaio",
                "Camera doppia con scrivania accanto al vecchio mulino.",
                "Una camera con ingresso indipendente e una scrivania davanti al torrente.",
            ),
            "en": (
                "The Miller's Room",
                "the-millers-room",
                "Double room with a desk next to the old mill.",
                "A room with its own entrance and a desk facing the stream.",
            ),
            "de": (
                "Zimmer des Müllers",
                "zimmer-des-muellers",
                "Doppelzimmer mit Schreibtisch neben der alten Mühle.",
                "Ein Zimmer mit eigenem Eingang und einem Schreibtisch mit Blick auf den Bach.",
            ),
            "fr": (
                "La Chambre du Meunier",
                "la-chambre-du-meunier",
                "Chambre double avec bureau à côté du vieux moulin.",
                "Une chambre avec entrée indépendante et un bureau face au torrent.",
            ),
        },
    },
    {
        "ref": "DEMO-A12",
        "photo": "appartamento",
        "facts": {
            **CENTRE,
            **HOME_COMFORTS,
            "address": "Via delle Fontane 7",
            "latitude": "40.186100",
            "longitude": "15.873800",
            "accommodation_type": "apartment",
            "cin": "IT076099C2FONT0712",
            "capacity": 5,
            "bedrooms": 2,
            "price_per_night_from": 80,
            "monthly_price": 1200,
            "minimum_stay_nights": 3,
            "has_desk": True,
            "has_parking": True,
            "wifi_download_mbps": 460,
            "wifi_measured_on": MEASURED,
            "contact_email": "fontane7@example.org",
        },
        "texts": {
            "it": (
                "Casa delle Fontane",
                "casa-delle-fontane",
                "Appartamento ampio per famiglie vicino alla fontana vecchia.",
                "Due camere, un divano letto e un posto auto. La scuola è a trecento metri.",
            ),
            "en": (
                "Fountain House",
                "fountain-house",
                "Spacious family flat near the old fountain.",
                "Two bedrooms, a sofa bed and a parking space. The school is 300 metres away.",
            ),
            "de": (
                "Haus der Brunnen",
                "haus-der-brunnen",
                "Geräumige Familienwohnung beim alten Brunnen.",
                "Zwei Schlafzimmer, ein Schlafsofa und ein Parkplatz. Die Schule ist 300 Meter "
                "entfernt.",
            ),
            "fr": (
                "Maison des Fontaines",
                "maison-des-fontaines",
                "Grand appartement familial près de la vieille fontaine.",
                "Deux chambres, un canapé-lit et une place de parking. L'école est à 300 mètres.",
            ),
        },
    },
]
