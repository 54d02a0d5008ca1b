"""Pure indexing of loaded articles: topics, years and months, neighbours, related articles."""
