"""A small on-disk cache for what the extractor derives from the taxonomy (gazetteer, industry
lookups), so a fresh process need not import pandas and parse the taxonomy's YAML and CSV files.

Each entry is a pickle under :func:`cache_dir` holding ``{"format", "fingerprint", "value"}``.
The fingerprint hashes every source the value was derived from (the taxonomy's data files and
code, the extractor modules named by the caller, jieba's dictionary, library versions); a
missing, unreadable or stale file is ignored and rebuilt. Files are written atomically (a
temporary file, then a rename), so concurrent processes never read half a file.
"""

from __future__ import annotations

import atexit
import hashlib
import importlib.util
import logging
import os
import pickle
import sys
import tempfile
from pathlib import Path

logger = logging.getLogger(__name__)

FORMAT = 1


def cache_dir() -> Path | None:
    """Directory for built gazetteers: ``$INDUPATH_CACHE``, else ``$XDG_CACHE_HOME/indupath``, else
    ``~/.cache/indupath``; None (no caching) when ``INDUPATH_CACHE`` is ``off``, ``0``, ``none`` or empty."""
    env = os.environ.get("INDUPATH_CACHE")
    if env is not None:
        return None if env.strip() in ("", "off", "0", "none") else Path(env)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return Path(xdg) / "indupath" if xdg else Path.home() / ".cache" / "indupath"


def entry_path(directory: Path, name: str) -> Path:
    """The file of cache entry ``name`` in ``directory``. The compiled build (:mod:`indupath.extract.native`)
    keeps its own files (``name-native.pickle``): its fingerprint differs from the sources' (it hashes the
    compiled modules), so one shared file would be rebuilt each time a process of the other build ran."""
    from . import native

    return directory / f"{name}{'-native' if native.status()['native'] else ''}.pickle"


def _package_files(package: str) -> list[Path]:
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return []
    root = Path(next(iter(spec.submodule_search_locations)))
    return sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts)


def fingerprint(*modules: str, salt: str = "") -> str:
    """SHA-256 over the given extractor modules' files, the whole ``indupath.taxonomy`` package
    (data and code), jieba's dictionary and the library versions."""
    import ahocorasick

    from indupath import __version__

    h = hashlib.sha256()
    h.update(f"{FORMAT}|{__version__}|{sys.version_info[:2]}|{getattr(ahocorasick, '__version__', '')}|{salt}".encode())
    paths: list[Path] = []
    for name in modules:
        spec = importlib.util.find_spec(name)
        if spec is not None and spec.origin:
            paths.append(Path(spec.origin))
    paths += _package_files("indupath.taxonomy")
    jieba = importlib.util.find_spec("jieba")
    if jieba is not None and jieba.submodule_search_locations:
        paths.append(Path(next(iter(jieba.submodule_search_locations))) / "dict.txt")
    for path in paths:
        h.update(path.name.encode())
        try:
            h.update(path.read_bytes())
        except OSError:
            h.update(b"<missing>")
    return h.hexdigest()


def load(path: Path, fp: str) -> object | None:
    """The cached value when ``path`` exists and was built from sources with fingerprint ``fp``, else None."""
    try:
        with path.open("rb") as fh:
            payload = pickle.load(fh)
    except FileNotFoundError:
        return None
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, IndexError, TypeError,
            ValueError) as exc:
        logger.info("cache %s unreadable (%s); rebuilding", path, exc)
        return None
    if not isinstance(payload, dict) or payload.get("format") != FORMAT or payload.get("fingerprint") != fp:
        logger.info("cache %s is stale; rebuilding", path)
        return None
    return payload.get("value")


def store(path: Path, fp: str, value: object) -> None:
    """Write ``value`` atomically; a cache directory that cannot be written is only logged."""
    payload = {"format": FORMAT, "fingerprint": fp, "value": value}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(payload, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
    except OSError as exc:
        logger.info("cache %s not written (%s)", path, exc)


class PersistentMemo:
    """Results of a pure lookup (string → picklable value) remembered across processes.

    ``fingerprint_of`` names the extractor modules the lookup's code lives in (the taxonomy
    package is always included, see :func:`fingerprint`). Loaded from ``<cache_dir>/<name>.pickle`` (see :func:`entry_path`)
    on first use; new results are merged into the file at interpreter exit (a file another
    process wrote in the meantime is merged, not overwritten). With caching off it only
    remembers nothing, and the caller computes every value."""

    def __init__(self, name: str, *fingerprint_of: str, max_entries: int = 200_000) -> None:
        self.name = name
        self.modules = fingerprint_of
        self.max_entries = max_entries
        self.table: dict[str, object] = {}
        self.new: dict[str, object] = {}
        self.path: Path | None = None
        self.fp = ""
        self.loaded = False

    def _load(self) -> None:
        self.loaded = True
        directory = cache_dir()
        if directory is None:
            return
        self.path = entry_path(directory, self.name)
        self.fp = fingerprint(*self.modules, salt=self.name)
        value = load(self.path, self.fp)
        if isinstance(value, dict):
            self.table = value

    def get(self, key: str) -> object | None:
        """The remembered value, or None."""
        if not self.loaded:
            self._load()
        return self.table.get(key)

    def put(self, key: str, value: object) -> None:
        """Remember a value (written at exit)."""
        if not self.loaded:
            self._load()
        if self.path is None or len(self.table) >= self.max_entries:
            return
        if not self.new:
            atexit.register(self.save)
        self.table[key] = value
        self.new[key] = value

    def save(self) -> None:
        """Merge this process's new results into the cache file."""
        if self.path is None or not self.new:
            return
        current = load(self.path, self.fp)
        merged = dict(current) if isinstance(current, dict) else {}
        merged.update(self.new)
        store(self.path, self.fp, merged)
        self.new = {}
