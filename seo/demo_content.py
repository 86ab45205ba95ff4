"""The demo campaign's landing page, in every language: seo/demo_data/landing.yaml."""

from borgo.demo.data import load

LANDING = load("seo", "landing")["landing"]
