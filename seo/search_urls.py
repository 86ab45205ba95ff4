"""The site search, under each language's prefix (borgo.urls puts it in i18n_patterns)."""

from django.urls import path

from .search import search

urlpatterns = [path("", search, name="search")]
