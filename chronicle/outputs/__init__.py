"""Outputs made beside the pages: feeds, sitemap, robots.txt, offline files, service worker, zip, search."""
