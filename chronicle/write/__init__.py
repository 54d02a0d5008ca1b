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
# The package imports nothing itself: `ingest` writes single files and batches (files.py,
# batch.py) and never a site, so importing the site writer (patch.py, staging.py and what they
# import, Markupsafe among it) cost every ingest's start for nothing. Each caller imports the
# module it uses: files.py (single files, the lock, the folder checks), batch.py (many files made
# durable together), staging.py (Staging: a site written whole), patch.py (the quick path).
