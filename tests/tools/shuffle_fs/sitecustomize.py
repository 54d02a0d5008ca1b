"""Loaded via PYTHONPATH by tests/test_determinism.py: the file system lists directories in a
random order (seeded by CHRONICLE_SHUFFLE_SEED), so any code that relies on listing order shows it."""
import os
import random

_seed = os.environ.get("CHRONICLE_SHUFFLE_SEED")
if _seed is not None:
    _rng = random.Random(int(_seed))
    _listdir, _scandir = os.listdir, os.scandir

    def listdir(path="."):
        names = _listdir(path)
        _rng.shuffle(names)
        return names

    class _Shuffled:
        def __init__(self, it):
            self._it = it
            self._entries = list(it)
            _rng.shuffle(self._entries)

        def __iter__(self):
            return iter(self._entries)

        def __next__(self):
            if not self._entries:
                raise StopIteration
            return self._entries.pop(0)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.close()

        def close(self):
            getattr(self._it, "close", lambda: None)()

    def scandir(path="."):
        return _Shuffled(_scandir(path))

    os.listdir = listdir
    os.scandir = scandir
