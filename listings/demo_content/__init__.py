"""Texts and facts of the demo listings (the seeding code is listings/demo.py)."""
