# ruff: noqa: E501 -- translated prose reads better unwrapped than split mid-sentence.
"""The expression-of-interest questionnaire of the demo, in every language.

Choices are listed in the same order in every language: the admin summary relies on it.
"""

PAGE = {
    "it": {
        "title": "Manifestazione di interesse",
        "slug": "manifestazione-di-interesse",
        "intro": "Ci aiuti a dimensionare le sale di coworking: bastano due minuti.",
        "thank_you_text": "Grazie! Useremo le risposte per organizzare postazioni, uffici e sale riunioni.",
        "subject": "Nuova manifestazione di interesse",
    },
    "en": {
        "title": "Expression of interest",
        "slug": "expression-of-interest",
        "intro": "Help us size the co-working rooms: it takes two minutes.",
        "thank_you_text": "Thank you! We will use your answers to plan desks, offices and meeting rooms.",
        "subject": "New expression of interest",
    },
    "de": {
        "title": "Interessensbekundung",
        "slug": "interessensbekundung",
        "intro": "Helfen Sie uns, die Coworking-Räume zu planen: Es dauert zwei Minuten.",
        "thank_you_text": "Vielen Dank! Wir nutzen Ihre Antworten, um Arbeitsplätze, Büros und Besprechungsräume zu planen.",
        "subject": "Neue Interessensbekundung",
    },
    "fr": {
        "title": "Manifestation d'intérêt",
        "slug": "manifestation-d-interet",
        "intro": "Aidez-nous à dimensionner les salles de coworking : cela prend deux minutes.",
        "thank_you_text": "Merci ! Nous utiliserons vos réponses pour prévoir postes, bureaux et salles de réunion.",
        "subject": "Nouvelle manifestation d'intérêt",
    },
}

# clean name, field type, required, {language: (label, choices)}
QUESTIONS = [
    (
        "profile",
        "radio",
        True,
        {
            "it": (
                "Chi è?",
                "Residente\nPersona che torna a vivere qui\nLavoratore da remoto\nStudente\nStartup o impresa",
            ),
            "en": (
                "Who are you?",
                "Resident\nSomeone moving back here\nRemote worker\nStudent\nStartup or company",
            ),
            "de": (
                "Wer sind Sie?",
                "Einheimische Person\nRückkehrerin oder Rückkehrer\nRemote-Arbeitende Person\nStudierende Person\nStartup oder Unternehmen",
            ),
            "fr": (
                "Qui êtes-vous ?",
                "Résident\nPersonne qui revient vivre ici\nTélétravailleur\nÉtudiant\nStartup ou entreprise",
            ),
        },
    ),
    (
        "need",
        "checkboxes",
        True,
        {
            "it": (
                "Di cosa avrebbe bisogno?",
                "Una postazione tutti i giorni\nUn ufficio\nUna sala riunioni\nUn uso occasionale",
            ),
            "en": (
                "What would you need?",
                "A desk every day\nAn office\nA meeting room\nOccasional use",
            ),
            "de": (
                "Was würden Sie brauchen?",
                "Jeden Tag einen Arbeitsplatz\nEin Büro\nEinen Besprechungsraum\nGelegentliche Nutzung",
            ),
            "fr": (
                "De quoi auriez-vous besoin ?",
                "Un poste tous les jours\nUn bureau\nUne salle de réunion\nUne utilisation occasionnelle",
            ),
        },
    ),
    (
        "days_per_week",
        "dropdown",
        True,
        {
            "it": ("Quanti giorni alla settimana?", "1\n2–3\n4–5\n6–7"),
            "en": ("How many days a week?", "1\n2–3\n4–5\n6–7"),
            "de": ("Wie viele Tage pro Woche?", "1\n2–3\n4–5\n6–7"),
            "fr": ("Combien de jours par semaine ?", "1\n2–3\n4–5\n6–7"),
        },
    ),
    (
        "period",
        "dropdown",
        True,
        {
            "it": (
                "Quando?",
                "Entro tre mesi\nTra tre e sei mesi\nTra sei mesi e un anno\nNon so ancora",
            ),
            "en": (
                "When?",
                "Within three months\nIn three to six months\nIn six months to a year\nI don't know yet",
            ),
            "de": (
                "Wann?",
                "Innerhalb von drei Monaten\nIn drei bis sechs Monaten\nIn sechs Monaten bis einem Jahr\nIch weiß es noch nicht",
            ),
            "fr": (
                "Quand ?",
                "D'ici trois mois\nDans trois à six mois\nDans six mois à un an\nJe ne sais pas encore",
            ),
        },
    ),
    (
        "name",
        "singleline",
        True,
        {
            "it": ("Nome e cognome", ""),
            "en": ("Your name", ""),
            "de": ("Ihr Name", ""),
            "fr": ("Votre nom", ""),
        },
    ),
    (
        "email",
        "email",
        True,
        {
            "it": ("E-mail", ""),
            "en": ("E-mail", ""),
            "de": ("E-Mail", ""),
            "fr": ("E-mail", ""),
        },
    ),
    (
        "consent",
        "checkbox",
        True,
        {
            "it": ("Acconsento al trattamento dei miei dati per questa indagine.", ""),
            "en": ("I agree that my data is processed for this survey.", ""),
            "de": (
                "Ich bin mit der Verarbeitung meiner Daten für diese Umfrage einverstanden.",
                "",
            ),
            "fr": ("J'accepte que mes données soient traitées pour cette enquête.", ""),
        },
    ),
]
