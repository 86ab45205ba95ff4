"""Ten attractions of Castelmora: culture, nature, food and wine (attractions.yaml)."""

from .texts import places

ATTRACTIONS = places("attractions", "attractions")
