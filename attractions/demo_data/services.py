"""Ten everyday services, from the family doctor to the railway station, each with the languages
its staff speak: services.yaml."""

from .texts import places

SERVICES = places("services", "services")
