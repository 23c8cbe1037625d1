"""danvan: an archive of Vietnamese "dân vận" articles from district and city portals."""

__version__ = "0.1.0"
