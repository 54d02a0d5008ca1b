"""The Pagefind index: the service client (service.py), its files made deterministic
(canonical.py), the partitions of the archive (partitions.py) and the search stage that
indexes them on both cores and reuses what did not change (stage.py)."""
from .canonical import PAGEFIND_DIR, canonicalise
from .service import _Service, pagefind_files

__all__ = ["PAGEFIND_DIR", "_Service", "canonicalise", "pagefind_files"]
