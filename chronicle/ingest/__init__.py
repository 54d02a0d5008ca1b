"""Raw news digests -> tagged Markdown articles.

Pipeline per raw file (all pure except the last step):
  run.read_raw        bytes -> text; one IngestError for undecodable, empty, binary or huge input
  detect.detect       which layout: war-day, tag-page, listing, summary-list, single, generic
  readers/*           layout -> [Story] (title as printed, date + basis, source, labels, notes)
  compose.compose     Story -> Draft: clean paragraphs (pull quotes, credits, promos, furniture
                      dropped; paragraphs restored), derived headline when none is printed,
                      summary (text.lead), tags (tagging.Tagger over config topics), stable id
  run.ingest_files    writes through write.write_file_atomic and keeps the ledger
                      `<into>/.ingested.json`, so re-runs change nothing and writers' edits and
                      deletions are respected; the same story from two digests is written once.
"""
from .detect import LAYOUTS
from .run import FileReport, IngestReport, ingest_files, parse, pending_sources

__all__ = ["LAYOUTS", "FileReport", "IngestReport", "ingest_files", "parse", "pending_sources"]
