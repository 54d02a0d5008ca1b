"""The full build records every output file's stat key from what its staging folder kept and
wrote (write/staging.Staging.stat_keys), not from a walk of the site: the keys must be the
site's own, or the next build would never find the site up to date (or, worse, trust a file it
should not). After a title edit with search on, the recorded keys equal a walk of the site, and
the next build has nothing to do."""
from __future__ import annotations

import pytest

from chronicle.build.cache import BuildCache, output_stats
from test_search_metadata import _edit
from tools.faultlib import make_corpus, run_build, wrote_nothing

pytestmark = pytest.mark.slow


def test_recorded_stat_keys_are_the_sites_after_a_metadata_edit(tmp_path):
    corpus = make_corpus(tmp_path / "corpus", 60, search_partition=16)
    site = tmp_path / "site"
    assert run_build(corpus, site, True).returncode == 0
    article = sorted((corpus / "content" / "articles").glob("*.md"))[25]
    for prefix in ("Keys once: ", "Keys twice: "):
        _edit(article, r'^title: "(Keys once: )?', f'title: "{prefix}')
        r = run_build(corpus, site, True)
        assert r.returncode == 0, r.stderr
        state = BuildCache.open(site, True).state
        assert state is not None and state.output_stats == output_stats(site)
    again = run_build(corpus, site, True)
    assert again.returncode == 0 and wrote_nothing(again), again.stdout + again.stderr
