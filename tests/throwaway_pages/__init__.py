"""A page type made only by following README's "How to add a page type", for
tests/test_page_type_recipe.py: installed by tests/settings.py alone, never in production."""
