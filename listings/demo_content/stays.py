"""The demo's short stays, in every language: listings/demo_data/stays.yaml."""

from borgo.demo.data import load

STAYS = load("listings", "stays")["stays"]
