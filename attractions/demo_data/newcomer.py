# ruff: noqa: E501 (one text per line reads better than wrapped prose)
"""The facts for newcomers of the demo: the temporary register, healthcare, airports and
stations. Distances and months come from borgo/demo/village.py, like the guide's."""

from borgo.demo.village import (
    BARI_AIRPORT,
    NAPLES_AIRPORT,
    POTENZA,
    SALERNO,
    TEMPORARY_REGISTER_MONTHS,
    VALLE_SAURO_STATION,
)

REGISTER_OFFICE = "municipio"  # the Italian slug of the service page of the registry office
REGISTRATION = {
    "it": {
        "register_documents": "Documento d'identità valido\nCodice fiscale\nContratto d'affitto registrato o dichiarazione di ospitalità del proprietario\nPermesso di soggiorno, per i cittadini di Paesi extra UE",
        "register_how": "Presenta all'Ufficio anagrafe, in municipio, la dichiarazione di dimora temporanea con i documenti qui sotto. L'ufficio ti iscrive nello schedario della popolazione temporanea in giornata e ti rilascia l'attestato da mostrare nelle sale co-working.",
        "residence_difference": "L'iscrizione temporanea non cambia la tua residenza, che resta nel tuo Comune o Paese. Se Castelmora diventa la tua casa abituale chiedi invece la residenza all'anagrafe: è quella che serve per gli incentivi comunali.",
    },
    "en": {
        "register_documents": "A valid identity document\nItalian tax code (codice fiscale)\nRegistered tenancy agreement or the owner's declaration of hospitality\nResidence permit, for citizens of non-EU countries",
        "register_how": "Hand in the declaration of temporary dwelling at the registry office in the town hall, with the documents below. The office enters you in the register of the temporary population the same day and gives you a certificate to show at the co-working rooms.",
        "residence_difference": "Temporary registration does not move your residence, which stays in your own municipality or country. If Castelmora becomes your usual home, apply for residence at the registry office instead: residence is what the municipal incentives require.",
    },
    "de": {
        "register_documents": "Gültiger Ausweis\nItalienische Steuernummer (codice fiscale)\nRegistrierter Mietvertrag oder Beherbergungserklärung des Eigentümers\nAufenthaltstitel, für Bürgerinnen und Bürger von Nicht-EU-Staaten",
        "register_how": "Geben Sie die Erklärung über den vorübergehenden Aufenthalt mit den unten genannten Unterlagen beim Meldeamt im Rathaus ab. Das Amt trägt Sie noch am selben Tag in das Register der vorübergehend Anwesenden ein und stellt Ihnen eine Bescheinigung für die Coworking-Räume aus.",
        "residence_difference": "Die vorübergehende Anmeldung verlegt Ihren Wohnsitz nicht; er bleibt in Ihrer Gemeinde oder Ihrem Land. Wird Castelmora Ihr ständiger Wohnort, beantragen Sie stattdessen beim Meldeamt den Wohnsitz: Ihn verlangen die Förderungen der Gemeinde.",
    },
    "fr": {
        "register_documents": "Une pièce d'identité valide\nCode fiscal italien (codice fiscale)\nBail enregistré ou déclaration d'hébergement du propriétaire\nTitre de séjour, pour les ressortissants de pays hors UE",
        "register_how": "Déposez la déclaration de séjour temporaire au service de la population, à la mairie, avec les documents ci-dessous. Le service vous inscrit le jour même au registre de la population temporaire et vous remet une attestation à présenter dans les salles de coworking.",
        "residence_difference": "L'inscription temporaire ne transfère pas votre résidence, qui reste dans votre commune ou votre pays. Si Castelmora devient votre domicile habituel, demandez plutôt la résidence au service de la population : c'est elle qu'exigent les aides de la commune.",
    },
}

# (months of stay needed, key of the demo page that says more or None, name per language)
BENEFITS = [
    (
        TEMPORARY_REGISTER_MONTHS,
        "moving-here",
        {
            "it": "Postazione libera gratuita nelle Sale Banda Larga",
            "en": "Free hot desk at the Sale Banda Larga co-working rooms",
            "de": "Kostenloser freier Arbeitsplatz in den Coworking-Räumen Sale Banda Larga",
            "fr": "Poste libre gratuit dans les salles de coworking Sale Banda Larga",
        },
    ),
    (
        TEMPORARY_REGISTER_MONTHS,
        None,
        {
            "it": "Abbonamento mensile all'autobus per Valle Sauro a tariffa residenti",
            "en": "Monthly bus pass to Valle Sauro at the residents' rate",
            "de": "Monatskarte für den Bus nach Valle Sauro zum Einwohnertarif",
            "fr": "Abonnement mensuel au bus pour Valle Sauro au tarif résidents",
        },
    ),
    (
        6,
        None,
        {
            "it": "Un orto comunale in concessione a Piano dei Mulini",
            "en": "A municipal vegetable plot in Piano dei Mulini",
            "de": "Ein Gemüsebeet der Gemeinde in Piano dei Mulini",
            "fr": "Un potager communal à Piano dei Mulini",
        },
    ),
]

# (visitor group, Italian slug of the service to go to, (cover, what to do, cost) per language)
HEALTHCARE = [
    (
        "eu",
        "ambulatorio-medico",
        {
            "it": (
                "Tessera europea di assicurazione malattia (TEAM)",
                "Con la tessera rilasciata dal tuo Paese ricevi le cure necessarie durante il soggiorno dal medico, in farmacia e in ospedale, alle stesse condizioni degli assistiti italiani.",
                "Gratuito, salvo il ticket che pagano anche gli italiani",
            ),
            "en": (
                "European Health Insurance Card (EHIC, TEAM in Italy)",
                "With the card issued by your country you get the care you need during your stay from the doctor, the pharmacy and the hospital, on the same terms as people insured in Italy.",
                "Free, apart from the prescription charge (ticket) Italians pay too",
            ),
            "de": (
                "Europäische Krankenversicherungskarte (EHIC, in Italien TEAM)",
                "Mit der Karte Ihres Landes erhalten Sie während des Aufenthalts die nötige Behandlung beim Arzt, in der Apotheke und im Krankenhaus, zu denselben Bedingungen wie in Italien Versicherte.",
                "Kostenlos, bis auf die Zuzahlung (ticket), die auch Einheimische leisten",
            ),
            "fr": (
                "Carte européenne d'assurance maladie (CEAM, TEAM en Italie)",
                "Avec la carte délivrée par votre pays, vous recevez les soins nécessaires pendant votre séjour chez le médecin, à la pharmacie et à l'hôpital, aux mêmes conditions que les assurés italiens.",
                "Gratuit, hors ticket modérateur que paient aussi les Italiens",
            ),
        },
    ),
    (
        "eu",
        "ambulatorio-medico",
        {
            "it": (
                "Modulo S1, per chi lavora per un'azienda del proprio Paese",
                "Se resti più di tre mesi e il tuo ente di assicurazione ti rilascia il modulo S1, portalo all'ASP di Potenza, nel distretto di Valle Sauro: ti iscrivi al Servizio sanitario nazionale e scegli un medico di famiglia.",
                "Gratuito",
            ),
            "en": (
                "S1 form, if you work for an employer in your own country",
                "If you stay more than three months and your insurer issues you an S1 form, take it to the ASP Potenza health office in the Valle Sauro district: you join the national health service and choose a family doctor.",
                "Free",
            ),
            "de": (
                "Formular S1, wenn Sie für einen Arbeitgeber in Ihrem Land arbeiten",
                "Wenn Sie länger als drei Monate bleiben und Ihre Krankenkasse Ihnen das Formular S1 ausstellt, bringen Sie es zur Gesundheitsbehörde ASP Potenza im Bezirk Valle Sauro: Sie werden in den staatlichen Gesundheitsdienst aufgenommen und wählen einen Hausarzt.",
                "Kostenlos",
            ),
            "fr": (
                "Formulaire S1, si vous travaillez pour un employeur de votre pays",
                "Si vous restez plus de trois mois et que votre caisse vous délivre le formulaire S1, apportez-le à l'ASP de Potenza, district de Valle Sauro : vous êtes inscrit au service national de santé et choisissez un médecin traitant.",
                "Gratuit",
            ),
        },
    ),
    (
        "non_eu",
        "ambulatorio-medico",
        {
            "it": (
                "Assicurazione sanitaria privata",
                "Serve una polizza valida in Italia per tutto il soggiorno, che copra visite, ricovero e pronto soccorso: è richiesta anche per il visto. Le visite si pagano e si chiedono a rimborso all'assicurazione.",
                "A tuo carico; una visita occasionale costa 15-25 €",
            ),
            "en": (
                "Private health insurance",
                "You need a policy valid in Italy for your whole stay that covers doctor's visits, hospital stays and the emergency department: the visa asks for it too. You pay for visits and claim them back from your insurer.",
                "At your expense; an occasional visit costs €15-25",
            ),
            "de": (
                "Private Krankenversicherung",
                "Sie brauchen eine in Italien gültige Police für den ganzen Aufenthalt, die Arztbesuche, Krankenhaus und Notaufnahme abdeckt; sie wird auch für das Visum verlangt. Arztbesuche zahlen Sie selbst und reichen sie bei der Versicherung ein.",
                "Auf eigene Kosten; ein einzelner Arztbesuch kostet 15-25 €",
            ),
            "fr": (
                "Assurance santé privée",
                "Il vous faut une assurance valable en Italie pour toute la durée du séjour, couvrant consultations, hospitalisation et urgences ; elle est aussi exigée pour le visa. Vous payez les consultations et vous faites rembourser par votre assureur.",
                "À vos frais ; une consultation ponctuelle coûte 15 à 25 €",
            ),
        },
    ),
    (
        "non_eu",
        "ambulatorio-medico",
        {
            "it": (
                "Iscrizione volontaria al Servizio sanitario nazionale",
                "Per soggiorni lunghi, con un permesso di soggiorno, puoi iscriverti all'ASP di Potenza pagando un contributo annuo: hai il medico di famiglia e le cure come gli assistiti italiani.",
                "Almeno 2.000 € l'anno",
            ),
            "en": (
                "Voluntary registration with the national health service (SSN)",
                "For long stays with a residence permit, you can register with ASP Potenza by paying a yearly contribution: you get a family doctor and care on the same terms as people insured in Italy.",
                "At least €2,000 a year",
            ),
            "de": (
                "Freiwillige Anmeldung beim staatlichen Gesundheitsdienst (SSN)",
                "Bei langen Aufenthalten mit Aufenthaltstitel können Sie sich gegen einen Jahresbeitrag bei der ASP Potenza anmelden: Sie erhalten einen Hausarzt und Behandlung wie in Italien Versicherte.",
                "Mindestens 2.000 € im Jahr",
            ),
            "fr": (
                "Inscription volontaire au service national de santé (SSN)",
                "Pour un long séjour avec un titre de séjour, vous pouvez vous inscrire à l'ASP de Potenza moyennant une cotisation annuelle : vous avez un médecin traitant et des soins aux mêmes conditions que les assurés italiens.",
                "Au moins 2 000 € par an",
            ),
        },
    ),
]

# (kind, code, (km, minutes by car), minutes by public transport, (name, how) per language)
HUBS = [
    (
        "railway",
        "",
        VALLE_SAURO_STATION,
        35,
        {
            "it": (
                "Stazione di Valle Sauro",
                "Autobus Valle Sauro – Castelmora – San Vito in coincidenza con i treni: 7 corse nei feriali, 4 il sabato.",
            ),
            "en": (
                "Valle Sauro railway station",
                "Valle Sauro – Castelmora – San Vito bus, timed to meet the trains: 7 runs on weekdays, 4 on Saturdays.",
            ),
            "de": (
                "Bahnhof Valle Sauro",
                "Bus Valle Sauro – Castelmora – San Vito mit Anschluss an die Züge: werktags 7 Fahrten, samstags 4.",
            ),
            "fr": (
                "Gare de Valle Sauro",
                "Bus Valle Sauro – Castelmora – San Vito, en correspondance avec les trains : 7 services en semaine, 4 le samedi.",
            ),
        },
    ),
    (
        "bus",
        "",
        POTENZA,
        75,
        {
            "it": (
                "Autostazione di Potenza",
                "Autobus regionale diretto fino alla piazza di Castelmora: 6 corse nei feriali, nessuna la domenica.",
            ),
            "en": (
                "Potenza bus station",
                "Direct regional bus to Castelmora's square: 6 runs on weekdays, none on Sundays.",
            ),
            "de": (
                "Busbahnhof Potenza",
                "Direkter Regionalbus bis zum Platz von Castelmora: werktags 6 Fahrten, sonntags keine.",
            ),
            "fr": (
                "Gare routière de Potenza",
                "Bus régional direct jusqu'à la place de Castelmora : 6 services en semaine, aucun le dimanche.",
            ),
        },
    ),
    (
        "railway",
        "",
        POTENZA,
        85,
        {
            "it": (
                "Potenza Centrale",
                "Treno regionale per Valle Sauro (45 min), poi l'autobus per Castelmora.",
            ),
            "en": (
                "Potenza Centrale",
                "Regional train to Valle Sauro (45 min), then the bus to Castelmora.",
            ),
            "de": (
                "Potenza Centrale",
                "Regionalzug nach Valle Sauro (45 min), dann der Bus nach Castelmora.",
            ),
            "fr": (
                "Potenza Centrale",
                "Train régional jusqu'à Valle Sauro (45 min), puis le bus pour Castelmora.",
            ),
        },
    ),
    (
        "railway",
        "",
        SALERNO,
        150,
        {
            "it": (
                "Salerno",
                "Frecciarossa e Intercity per Roma e Milano; treno regionale per Valle Sauro (1 h 30 min), poi l'autobus.",
            ),
            "en": (
                "Salerno",
                "High-speed and Intercity trains to Rome and Milan; regional train to Valle Sauro (1 h 30 min), then the bus.",
            ),
            "de": (
                "Salerno",
                "Hochgeschwindigkeits- und Intercity-Züge nach Rom und Mailand; Regionalzug nach Valle Sauro (1 h 30 min), dann der Bus.",
            ),
            "fr": (
                "Salerne",
                "TGV Frecciarossa et Intercity pour Rome et Milan ; train régional jusqu'à Valle Sauro (1 h 30), puis le bus.",
            ),
        },
    ),
    (
        "airport",
        "NAP",
        NAPLES_AIRPORT,
        210,
        {
            "it": (
                "Aeroporto di Napoli Capodichino",
                "Alibus per Napoli Centrale (20 min), treno per Salerno e Valle Sauro, poi l'autobus.",
            ),
            "en": (
                "Naples Capodichino Airport",
                "Alibus to Napoli Centrale (20 min), train via Salerno to Valle Sauro, then the bus.",
            ),
            "de": (
                "Flughafen Neapel-Capodichino",
                "Alibus zum Bahnhof Napoli Centrale (20 min), Zug über Salerno nach Valle Sauro, dann der Bus.",
            ),
            "fr": (
                "Aéroport de Naples-Capodichino",
                "Alibus jusqu'à Napoli Centrale (20 min), train via Salerne jusqu'à Valle Sauro, puis le bus.",
            ),
        },
    ),
    (
        "airport",
        "BRI",
        BARI_AIRPORT,
        255,
        {
            "it": (
                "Aeroporto di Bari",
                "Pullman diretto per Potenza (2 h 30 min), poi l'autobus regionale per Castelmora.",
            ),
            "en": (
                "Bari Airport",
                "Direct coach to Potenza (2 h 30 min), then the regional bus to Castelmora.",
            ),
            "de": (
                "Flughafen Bari",
                "Direkter Reisebus nach Potenza (2 h 30 min), dann der Regionalbus nach Castelmora.",
            ),
            "fr": (
                "Aéroport de Bari",
                "Car direct pour Potenza (2 h 30), puis le bus régional pour Castelmora.",
            ),
        },
    ),
]
