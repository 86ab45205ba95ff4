"""The demo campaign landing page (a LinkedIn campaign for remote workers), in four languages."""

LANDING = {
    "it": {
        "title": "Lavora da Castelmora per un mese",
        "slug": "lavora-da-castelmora",
        "hero_title": "Il tuo ufficio per un mese: un borgo con la fibra",
        "hero_text": "Scrivania gratuita per tre mesi a chi prende la residenza, fibra a 1 Gbit/s "
        "e affitti da 350 euro al mese nell'Appennino lucano.",
        "benefits": [
            (
                "Fibra fino a casa",
                "1 Gbit/s in download nel centro storico, linea di riserva nelle sale co-working.",
            ),
            (
                "Due sale co-working",
                "30 postazioni, una sala riunioni e due cabine "
                "telefoniche, gratis per i residenti.",
            ),
            (
                "Costi contenuti",
                "Affitti da 350 a 500 euro al mese e un contributo comunale "
                "per chi si trasferisce.",
            ),
        ],
        "form_intro": "Lasciaci un recapito: ti scriviamo entro due giorni lavorativi con "
        "alloggi liberi e date in sala co-working.",
        "subject": "Nuovo contatto dalla campagna",
        "thank_you": "<p>Grazie! Ti scriviamo entro due giorni lavorativi.</p>",
        "fields": [
            ("Nome e cognome", "singleline", True, ""),
            ("E-mail", "email", True, ""),
            ("Quando vorresti venire e per quanto tempo?", "multiline", False, ""),
            (
                "Acconsento al trattamento dei miei dati per essere ricontattato.",
                "checkbox",
                True,
                "Come descritto nell'informativa privacy del Comune.",
            ),
        ],
    },
    "en": {
        "title": "Work from Castelmora for a month",
        "slug": "work-from-castelmora",
        "hero_title": "Your office for a month: a village with fibre",
        "hero_text": "A free desk for three months if you take up residence, 1 Gbit/s fibre "
        "and rents from 350 euros a month in the Lucanian Apennines.",
        "benefits": [
            (
                "Fibre to the home",
                "1 Gbit/s download in the old town, with a backup line in the co-working rooms.",
            ),
            (
                "Two co-working rooms",
                "30 desks, a meeting room and two phone booths, free for residents.",
            ),
            (
                "Low costs",
                "Rents from 350 to 500 euros a month and a municipal grant for "
                "people who move here.",
            ),
        ],
        "form_intro": "Leave us your contact details: within two working days we will write "
        "with available homes and dates in the co-working room.",
        "subject": "New contact from the campaign",
        "thank_you": "<p>Thank you! We will write within two working days.</p>",
        "fields": [
            ("Full name", "singleline", True, ""),
            ("E-mail", "email", True, ""),
            ("When would you like to come, and for how long?", "multiline", False, ""),
            (
                "I agree to my data being processed so that I can be contacted.",
                "checkbox",
                True,
                "As described in the municipality's privacy notice.",
            ),
        ],
    },
    "de": {
        "title": "Einen Monat aus Castelmora arbeiten",
        "slug": "aus-castelmora-arbeiten",
        "hero_title": "Ihr Büro für einen Monat: ein Dorf mit Glasfaser",
        "hero_text": "Drei Monate kostenloser Arbeitsplatz, wenn Sie sich hier anmelden, "
        "1 Gbit/s Glasfaser und Mieten ab 350 Euro im Monat im lukanischen Apennin.",
        "benefits": [
            (
                "Glasfaser bis ins Haus",
                "1 Gbit/s im Download in der Altstadt, mit Ersatzleitung in den Coworking-Räumen.",
            ),
            (
                "Zwei Coworking-Räume",
                "30 Arbeitsplätze, ein Besprechungsraum und zwei "
                "Telefonkabinen, kostenlos für Einwohner.",
            ),
            (
                "Niedrige Kosten",
                "Mieten von 350 bis 500 Euro im Monat und ein Zuschuss der "
                "Gemeinde für Zuziehende.",
            ),
        ],
        "form_intro": "Hinterlassen Sie uns Ihre Kontaktdaten: Innerhalb von zwei Werktagen "
        "schreiben wir Ihnen freie Unterkünfte und Termine im Coworking-Raum.",
        "subject": "Neuer Kontakt aus der Kampagne",
        "thank_you": "<p>Vielen Dank! Wir schreiben Ihnen innerhalb von zwei Werktagen.</p>",
        "fields": [
            ("Vor- und Nachname", "singleline", True, ""),
            ("E-Mail", "email", True, ""),
            ("Wann möchten Sie kommen, und für wie lange?", "multiline", False, ""),
            (
                "Ich bin mit der Verarbeitung meiner Daten zur Kontaktaufnahme einverstanden.",
                "checkbox",
                True,
                "Wie in der Datenschutzerklärung der Gemeinde beschrieben.",
            ),
        ],
    },
    "fr": {
        "title": "Travailler un mois depuis Castelmora",
        "slug": "travailler-depuis-castelmora",
        "hero_title": "Votre bureau pour un mois : un village avec la fibre",
        "hero_text": "Un poste de travail gratuit pendant trois mois si vous vous installez, "
        "la fibre à 1 Gbit/s et des loyers dès 350 euros par mois dans l'Apennin lucanien.",
        "benefits": [
            (
                "La fibre jusqu'à la maison",
                "1 Gbit/s en téléchargement dans le centre "
                "historique, avec une ligne de secours dans les salles de coworking.",
            ),
            (
                "Deux salles de coworking",
                "30 postes, une salle de réunion et deux cabines "
                "téléphoniques, gratuits pour les résidents.",
            ),
            (
                "Des coûts modestes",
                "Des loyers de 350 à 500 euros par mois et une aide de la "
                "commune pour celles et ceux qui s'installent.",
            ),
        ],
        "form_intro": "Laissez-nous vos coordonnées : sous deux jours ouvrés, nous vous "
        "écrivons avec les logements disponibles et les dates en salle de coworking.",
        "subject": "Nouveau contact issu de la campagne",
        "thank_you": "<p>Merci ! Nous vous écrivons sous deux jours ouvrés.</p>",
        "fields": [
            ("Nom et prénom", "singleline", True, ""),
            ("E-mail", "email", True, ""),
            ("Quand aimeriez-vous venir, et pour combien de temps ?", "multiline", False, ""),
            (
                "J'accepte que mes données soient traitées pour être recontacté.",
                "checkbox",
                True,
                "Comme décrit dans la politique de confidentialité de la commune.",
            ),
        ],
    },
}
