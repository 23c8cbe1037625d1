"""Extraction: pure functions from a page's HTML to article fields."""
