"""Raw news digests -> tagged Markdown articles.

Pipeline per raw file (all pure except the last step):
  run.read_raw        bytes -> text; one IngestError for undecodable, empty, binary or huge input
  run.capture_of      the capture date: --captured, a date in the file name, or a 'captured:' line
  formats             RSS/Atom, JSON Feed and CSV digests read by real parsers; HTML -> block lines
  detect.detect       which layout: war-day, tag-page, listing, summary-list, single, generic
  readers/*           layout -> [Story]; 'generic' = records.py (delimited lines, tables) or
                      evidence.py (lines classified by lines.py, items cut along the page's
                      repeating pattern, fields read by items.py: when.py dates, outlets.py)
  compose.compose     Story -> Draft: clean paragraphs, derived title when none is printed,
                      summary, tags (tagging.Tagger over vocab.merged: built-in vocabulary +
                      config topics, plus entities.py names), stable id
  run.ingest_files    writes through write.write_file_atomic and keeps the ledger
                      `<into>/.ingested.json`, so re-runs change nothing and writers' edits and
                      deletions are respected; the same story from two digests is written once.
"""
from importlib import import_module

# The package's names, each from its module, imported when first asked for (PEP 562): a build
# reads the built-in vocabulary (vocab.py) for tags config.yaml does not name, and importing the
# whole importer for it cost every such build about 0.1 s.
_FROM = {"LAYOUTS": "detect", "FileReport": "run", "IngestReport": "run", "ingest_files": "run",
         "parse": "run", "pending_sources": "reading", "unread_sources": "reading"}

__all__ = list(_FROM)


def __getattr__(name: str):
    if name in _FROM:
        return getattr(import_module(f".{_FROM[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
