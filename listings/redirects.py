"""A permanent redirect from a published listing's old address when its slug changes.

Listings are routes of their index page, not pages, so Wagtail's own redirects for renamed
pages never see them. Each language's listing is saved on its own (by the editor, the CSV
import or a wagtail-localize sync), so each gets the redirect of its own address.
"""

from django.db.models.signals import post_save, pre_save
from wagtail.contrib.redirects.models import Redirect

from .models.pages import listing_url


def remember_published_slug(sender, instance, update_fields=None, **kwargs):
    """The slug the public knew before this save: only a live listing has one."""
    instance._published_slug = None
    if instance.pk and (update_fields is None or "slug" in update_fields):
        before = sender.objects.filter(pk=instance.pk, live=True).values("slug").first()
        instance._published_slug = before["slug"] if before else None


def redirect_old_address(sender, instance, created, **kwargs):
    old_slug = getattr(instance, "_published_slug", None)
    if not old_slug or old_slug == instance.slug or not instance.live:
        return
    code = instance.locale.language_code
    old_url = listing_url(instance, code, slug=old_slug)
    new_url = listing_url(instance, code)
    if not old_url or not new_url:
        return  # no live index page in this language: the listing had no address
    # Earlier redirects to the old address go straight to the new one: no chains of 301s.
    Redirect.objects.filter(redirect_link=old_url).update(redirect_link=new_url)
    Redirect.objects.update_or_create(
        old_path=Redirect.normalise_path(old_url),
        site=None,
        defaults={
            "redirect_link": new_url,
            "redirect_page": None,
            "is_permanent": True,
            "automatically_created": True,
        },
    )


def connect(models):
    for model in models:
        pre_save.connect(remember_published_slug, sender=model, dispatch_uid=f"slug-{model}")
        post_save.connect(redirect_old_address, sender=model, dispatch_uid=f"redirect-{model}")
