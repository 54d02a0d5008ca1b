"""Raw news digests -> tagged Markdown articles. See docs in run.py and the readers."""
from .detect import LAYOUTS
from .run import FileReport, IngestReport, ingest_files, parse, pending_sources

__all__ = ["LAYOUTS", "FileReport", "IngestReport", "ingest_files", "parse", "pending_sources"]
