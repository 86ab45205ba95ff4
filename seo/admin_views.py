from django.shortcuts import render
from django.utils.translation import gettext as _

from .seo_report import all_findings


def seo_report(request):
    """The SEO report: every problem found, each with a link to fix it."""
    findings = all_findings()
    return render(
        request,
        "seo/admin/seo_report.html",
        {
            "findings": findings,
            "total": sum(len(items) for items in findings.values()),
            "page_title": _("SEO report"),
        },
    )
