"""`{{ day|local_date }}`, `{{ start|local_date:"long_time" }}`, `{{ amount|price }}`: see
borgo.local_formats."""

from django import template

from borgo import local_formats

register = template.Library()
register.filter("local_date", local_formats.local_date)
register.filter("price", local_formats.price)
