"""Content to documents: the scan of content/, front matter, YAML nodes, Markdown, articles."""
