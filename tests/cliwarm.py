"""Imported by the CLI server (tests/cliserver.py) before it forks any build: the project's
layouts compiled into the render environment's memory (render/environment.py), so that each
forked build starts with them compiled, as a second build in one process (`serve`) does. A
layout a test edits is compiled again by the build that reads it: the cache checks the text."""
from __future__ import annotations

from chronicle.build.options import PROJECT_ROOT
from chronicle.render.environment import make_environment

_LAYOUTS = PROJECT_ROOT / "layouts"
_env = make_environment(_LAYOUTS)
for _path in sorted(_LAYOUTS.glob("*.html")) + sorted(_LAYOUTS.glob("partials/*.html")) + sorted(_LAYOUTS.glob("outputs/*")):
    _env.get_template(_path.relative_to(_LAYOUTS).as_posix())
