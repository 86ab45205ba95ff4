"""The demo campaign's landing page, in every language: borgo/campaigns/demo_data/landing.yaml."""

from borgo.demo.data import load

LANDING = load("borgo/campaigns", "landing")["landing"]
