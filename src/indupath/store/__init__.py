"""The store: one DuckDB file with reference tables, roadmaps, observations and an audit log.

``from indupath.store import Store``; see :mod:`indupath.store.core`.
"""

from indupath.store.core import Store, open_store
from indupath.store.schema import CURRENT_VERSION, TABLES
from indupath.store.units import normalize_unit

__all__ = ["CURRENT_VERSION", "TABLES", "Store", "normalize_unit", "open_store"]
