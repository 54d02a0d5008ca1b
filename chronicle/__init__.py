"""Chronicle: a static site generator for news-summary archives."""

__version__ = "0.1.0"
