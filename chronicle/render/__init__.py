"""Pages: the Jinja environment and page plan, rendering on every core, charts and fingerprints."""
