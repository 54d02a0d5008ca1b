"""The build: options, the pipeline that orchestrates the stages, the cache, and the incremental paths."""
