"""Demo facts for newcomers: the Italian originals, translated through wagtail-localize like a
translator would (borgo/demo/translation.py). Left alone when they exist, so seeding twice
changes nothing. Texts live in attractions/demo_data/newcomer.yaml."""

from wagtail.models import Locale

from borgo.demo.translation import publish_translation

from .demo_data.newcomer import BENEFITS, HEALTHCARE, HUBS, REGISTER_OFFICE, REGISTRATION
from .models import HealthcareEntry, NewcomerFacts, RegistrationBenefit, ServicePage, TravelHub


def seed(demo):
    italian = Locale.objects.get(language_code="it")
    services = {
        page.slug: page
        for page in ServicePage.objects.filter(
            locale=italian, slug__in=[REGISTER_OFFICE, *(slug for _g, slug, _t in HEALTHCARE)]
        )
    }
    facts = NewcomerFacts.objects.filter(locale=italian).first()
    if facts is None:
        facts = _facts(demo, services, "it")
        facts.locale = italian
        facts.full_clean()
        facts.save()
        demo.stdout.write("  + facts for newcomers")
    _translate(demo, facts, lambda language: _facts(demo, services, language))
    for kind, code, (km, car_minutes), public_minutes, texts in HUBS:
        name, how = texts["it"]
        hub = TravelHub.objects.filter(locale=italian, name=name).first()
        if hub is None:
            hub = TravelHub(
                locale=italian,
                name=name,
                how=how,
                kind=kind,
                code=code,
                distance_km=km,
                minutes_by_car=car_minutes,
                minutes_by_public_transport=public_minutes,
            )
            hub.full_clean()
            hub.save()
            demo.stdout.write(f"  + {hub}")
        _translate(demo, hub, lambda language, texts=texts: _hub_texts(texts, language))


def _translate(demo, source, unsaved_in):
    for locale in demo.other_locales():
        if source.get_translation_or_none(locale) is None:
            publish_translation(source, locale, unsaved_in(locale.language_code))


def _facts(demo, services, language):
    """The facts in `language`, with their benefits and healthcare entries, not yet saved."""
    facts = NewcomerFacts(**REGISTRATION[language], register_office=services[REGISTER_OFFICE])
    facts.benefits = [
        RegistrationBenefit(
            name=names[language],
            months_needed=months,
            page=demo.pages[page_key] if page_key else None,
            sort_order=order,
        )
        for order, (months, page_key, names) in enumerate(BENEFITS)
    ]
    facts.healthcare = [
        HealthcareEntry(
            group=group,
            title=texts[language][0],
            description=texts[language][1],
            cost=texts[language][2],
            service=services[slug],
            sort_order=order,
        )
        for order, (group, slug, texts) in enumerate(HEALTHCARE)
    ]
    return facts


def _hub_texts(texts, language):
    name, how = texts[language]
    return TravelHub(name=name, how=how)
