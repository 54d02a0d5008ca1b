"""The Pagefind index, built with its Python API from the HTML we already hold in memory."""
from __future__ import annotations

import asyncio
from typing import Iterable

from .errors import OutputError
from .model import OutputFile

PAGEFIND_DIR = "pagefind"


def pagefind_files(pages: Iterable[OutputFile]) -> list[OutputFile]:
    """Index the given HTML pages (only their data-pagefind-body parts count) -> the index files."""
    try:
        return asyncio.run(_index(list(pages)))
    except OutputError:
        raise
    except Exception as exc:  # the Pagefind service is a separate binary; report, don't trace
        raise OutputError(PAGEFIND_DIR, None, f"Pagefind indexing failed: {exc}") from None


async def _index(pages: list[OutputFile]) -> list[OutputFile]:
    from pagefind.index import IndexConfig, PagefindIndex

    config = IndexConfig(output_path=PAGEFIND_DIR, keep_index_url=True)
    async with PagefindIndex(config=config) as index:
        for page in pages:
            await index.add_html_file(content=page.data.decode("utf-8"), url="/" + page.path)
        files = await index.get_files()
    out = []
    for f in files:
        path = f["path"].replace("\\", "/").lstrip("/")
        if not path.startswith(PAGEFIND_DIR + "/"):
            path = f"{PAGEFIND_DIR}/{path}"
        out.append(OutputFile(path, bytes(f["content"])))
    return sorted(out, key=lambda f: f.path)
