"""Demo campaign landing page, seeded by `seed_demo` after the village's pages."""

from borgo.demo import village

from .demo_content import LANDING
from .models import LandingFormField, LandingPage


def landing_page(texts, municipality_email, image):
    return LandingPage(
        title=texts["title"],
        slug=texts["slug"],
        hero_title=texts["hero_title"],
        hero_text=texts["hero_text"],
        hero_image=image,
        benefits=[("benefit", benefit) for benefit in texts["benefits"]],
        form_intro=texts["form_intro"],
        thank_you_text=texts["thank_you"],
        to_address=municipality_email,
        from_address=municipality_email,
        subject=texts["subject"],
        form_fields=[LandingFormField(**field) for field in texts["fields"]],
    )


def seed(demo, options):
    home = demo.pages["home"]
    email = village.EMAIL
    image = demo.images["sala-coworking"]
    italian = LandingPage.objects.child_of(home).filter(slug=LANDING["it"]["slug"]).first()
    if italian is None:
        italian = home.add_child(instance=landing_page(LANDING["it"], email, image))
        italian.save_revision().publish()
    for locale in demo.other_locales():
        demo.translate(italian, landing_page(LANDING[locale.language_code], email, image), locale)
