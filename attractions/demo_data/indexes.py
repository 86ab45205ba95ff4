# ruff: noqa: E501 (one text per line reads better than wrapped prose)
"""The three section pages of the territory, in every language."""

INDEXES = {
    "see": {
        "it": (
            "Vedere",
            "vedere",
            "Chiese, torri, laghi, cascate, cantine e produttori: cosa vedere a Castelmora e dintorni.",
        ),
        "en": (
            "See",
            "see",
            "Churches, towers, lakes, waterfalls, wineries and producers: what to see in and around Castelmora.",
        ),
        "de": (
            "Sehenswertes",
            "sehenswertes",
            "Kirchen, Türme, Seen, Wasserfälle, Weingüter und Erzeuger: Sehenswertes in und um Castelmora.",
        ),
        "fr": (
            "À voir",
            "a-voir",
            "Églises, tours, lacs, cascades, caves et producteurs : ce qu'il faut voir à Castelmora et aux alentours.",
        ),
    },
    "do": {
        "it": (
            "Fare",
            "fare",
            "Escursioni, bicicletta, arrampicata, sci, equitazione e nuoto tra i monti della Lucania.",
        ),
        "en": (
            "Do",
            "do",
            "Hiking, cycling, climbing, skiing, horse riding and swimming in the Lucanian mountains.",
        ),
        "de": (
            "Erleben",
            "erleben",
            "Wandern, Radfahren, Klettern, Skifahren, Reiten und Schwimmen in den Bergen der Basilikata.",
        ),
        "fr": (
            "À faire",
            "a-faire",
            "Randonnée, vélo, escalade, ski, équitation et natation dans les montagnes de Lucanie.",
        ),
    },
    "services": {
        "it": (
            "Servizi",
            "servizi",
            "Medico, farmacia, ospedale, autobus e stazione, scuole, negozi, posta e Comune: tutto quello che serve per vivere qui.",
        ),
        "en": (
            "Services",
            "services",
            "Doctor, pharmacy, hospital, buses and the station, schools, shops, post office and town hall: all you need to live here.",
        ),
        "de": (
            "Dienste",
            "dienste",
            "Arzt, Apotheke, Krankenhaus, Bus und Bahnhof, Schulen, Geschäfte, Post und Rathaus: alles, was Sie zum Leben hier brauchen.",
        ),
        "fr": (
            "Services",
            "services",
            "Médecin, pharmacie, hôpital, bus et gare, écoles, commerces, poste et mairie : tout ce qu'il vous faut pour vivre ici.",
        ),
    },
}
