"""The config a build reads: config.yaml, or the defaults when the project has none at the usual
place; a base path given on the command line wins over the file's. Used by the build, the
preview and `check` (which reads config and content without the build)."""
from __future__ import annotations

from dataclasses import replace

from ..config import Config, default_config, load_config, normalise_base_path
from ..errors import ConfigError
from .options import PROJECT_ROOT, BuildOptions


def read_config(options: BuildOptions) -> Config:
    if not options.config_path.exists() and options.config_path == PROJECT_ROOT / "config.yaml":
        config = default_config(str(options.config_path))
        return config if options.base_path is None else _with_base(config, options.base_path)
    return load_config(options.config_path, options.base_path)


def _with_base(config: Config, base_path: str) -> Config:
    try:
        return replace(config, base_path=normalise_base_path(base_path))
    except ValueError as exc:
        raise ConfigError("--base-path", None, str(exc)) from None
