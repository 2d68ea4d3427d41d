"""indupath: plan local economic development around new industries.

Read policy roadmaps, measure regional industrial structure, advise with
relatedness and economic complexity, track targets, and show it all.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("indupath")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0.0.0+src"

__all__ = ["__version__"]
