from django.contrib.contenttypes.models import ContentType
from django.db.models import Count
from django.shortcuts import render
from django.utils.translation import gettext as _

from .models import Lead


def campaign_leads(request):
    """How many enquiries, bookings and submissions each campaign brought, and of what kind."""
    rows = (
        Lead.objects.values("campaign", "source", "medium", "content_type")
        .annotate(leads=Count("pk"))
        .order_by("-leads", "campaign")
    )
    kinds = {
        content_type.pk: content_type.model_class()._meta.verbose_name_plural
        for content_type in ContentType.objects.filter(pk__in={row["content_type"] for row in rows})
    }
    return render(
        request,
        "campaigns/admin/leads.html",
        {
            "rows": [{**row, "kind": kinds.get(row["content_type"], "")} for row in rows],
            "total": Lead.objects.count(),
            "page_title": _("Campaign leads"),
        },
    )
