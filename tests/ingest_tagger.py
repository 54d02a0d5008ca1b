"""The tags the importer gives a text, as `build.py ingest` gives them with the project's config.yaml:
what the tag tests of single texts call."""
from __future__ import annotations

from pathlib import Path

from chronicle.config import load_config
from chronicle.ingest.run import tagger_for

_CONFIG = load_config(Path(__file__).resolve().parent.parent / "config.yaml")


def tags(lang: str, title: str, text: str) -> list[str]:
    return tagger_for(_CONFIG).tags_with_evidence(title, text, text, [], lang=lang)[0]
