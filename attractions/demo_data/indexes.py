"""The three indexes of the territory (see, do, services), in every language: indexes.yaml."""

from borgo.demo.data import load

INDEXES = load("attractions", "indexes")["indexes"]
