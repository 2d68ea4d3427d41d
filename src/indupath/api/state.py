"""The application's shared state: one open store, guarded by a lock, and a small result cache.

DuckDB connections must not be used from two threads at once, and FastAPI runs
synchronous endpoints in a thread pool, so every use of the store goes through
:meth:`AppState.store`, which holds a re-entrant lock. Read results that are
expensive to compute (map layers, analyses) are memoised in :attr:`AppState.cache`
and the cache is cleared on every write.
"""

from __future__ import annotations

import secrets
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from indupath.errors import ConfigError

T = TypeVar("T")


class ResultCache:
    """A bounded least-recently-used cache of computed results, keyed by a tuple."""

    def __init__(self, maxsize: int = 2048) -> None:
        self.maxsize = maxsize
        self._data: OrderedDict[tuple[Any, ...], Any] = OrderedDict()
        self._lock = threading.Lock()

    def get_or_compute(self, key: tuple[Any, ...], compute: Callable[[], T]) -> T:
        """The cached value for ``key``, computing (and storing) it on a miss."""
        with self._lock:
            if key in self._data:
                self._data.move_to_end(key)
                return self._data[key]  # type: ignore[no-any-return]
        value = compute()
        with self._lock:
            self._data[key] = value
            while len(self._data) > self.maxsize:
                self._data.popitem(last=False)
        return value

    def peek(self, key: tuple[Any, ...]) -> Any:
        """The cached value for ``key`` or None, without computing."""
        with self._lock:
            if key in self._data:
                self._data.move_to_end(key)
                return self._data[key]
        return None

    def put(self, key: tuple[Any, ...], value: Any) -> None:
        """Store ``value`` under ``key``."""
        with self._lock:
            self._data[key] = value
            while len(self._data) > self.maxsize:
                self._data.popitem(last=False)

    def clear(self) -> None:
        """Forget every cached value (after a write)."""
        with self._lock:
            self._data.clear()


@dataclass
class AppState:
    """What the API keeps between requests."""

    db_path: Path | None
    read_only: bool
    secret_key: str = field(default_factory=lambda: secrets.token_urlsafe(32))
    cache: ResultCache = field(default_factory=ResultCache)
    _lock: threading.RLock = field(default_factory=threading.RLock)
    _store: Any = None

    @contextmanager
    def store(self) -> Iterator[Any]:
        """The open :class:`indupath.store.Store`, held under the lock for the ``with`` block."""
        if self.db_path is None:
            raise ConfigError("no database: start the server with --db FILE (or set INDUPATH_DB)")
        with self._lock:
            if self._store is None:
                from indupath.store import Store

                self._store = Store.open(self.db_path, read_only=self.read_only)
            yield self._store

    def close(self) -> None:
        """Close the store if it was opened."""
        with self._lock:
            if self._store is not None:
                close = getattr(self._store, "close", None)
                if close is not None:
                    close()
                self._store = None
