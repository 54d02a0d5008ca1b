"""Writing the site and single files: every write of a build, `ingest` and the caches goes
through this package. (`new`, chronicle/authoring/scaffold.py, creates its one file itself with
O_EXCL, so that it can never replace a file a writer made meanwhile.)

A site is written as a whole: the new build goes into a staging folder beside the
output folder (unchanged files are hard-linked from the last build, so their bytes
and mtimes stay), then the two folders are exchanged in one atomic rename
(renameat2 RENAME_EXCHANGE on Linux). A build killed at any moment leaves `site/`
as the previous complete build or the new one; leftovers are removed by the next build.
`Staging` is that folder, filled file by file while the build renders. `patch_site` changes a
few files the same way through a hard-linked mirror of the site (the quick path).
Single files (ingest, caches) are written as temp file + os.replace.
"""
from .files import (append_durable, cleanup_leftovers, exclusive_lock, folder_identity, refuse_foreign_folder,
                    refuse_non_folder, write_file_atomic)
from .patch import drop_spare, mirror_site, patch_bodies, patch_site
from .staging import Staging, WriteResult

__all__ = ["Staging", "WriteResult", "append_durable", "cleanup_leftovers", "drop_spare", "exclusive_lock", "folder_identity",
           "mirror_site", "patch_bodies", "patch_site", "refuse_foreign_folder", "refuse_non_folder", "write_file_atomic"]
