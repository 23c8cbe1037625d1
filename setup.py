"""Build shim for `scrapyd-deploy`, which runs `setup.py bdist_egg`; the metadata is in pyproject.toml."""

from setuptools import setup

setup()
