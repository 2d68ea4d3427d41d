"""The extractor's compiled build: its modules compiled to C with mypyc, used only when built from these sources.

``scripts/build_native.py`` (run by ``make venv`` and the targets that need it) compiles the modules named in
:data:`MODULES` with mypyc into ``_native/`` beside them and writes a manifest, ``_native/BUILD.json``, with
the SHA-256 of every source it compiled, the interpreter's extension suffix and the mypy version. The build
runs the same Python source; it is about 1.3 times faster because the interpreter no longer dispatches each
operation (``benchmarks/bench_extract.py`` times both builds in one run).

:func:`activate`, called by :mod:`indupath.extract` before it imports any stage, puts ``_native/`` first on the
package's search path only when every compiled module's source still has the SHA-256 of the manifest and the
extension suffix is this interpreter's. Otherwise the Python sources run: a module edited after the build
never runs as stale compiled code, and a checkout without a C compiler simply runs the sources.
``INDUPATH_NATIVE=0`` (or ``off``, ``no``, ``false``) runs the sources whatever is built.

This module itself is never compiled.
"""

from __future__ import annotations

import hashlib
import importlib.machinery
import importlib.util
import json
import logging
import os
import sys
from pathlib import Path

logger = logging.getLogger(__name__)

# The modules compiled, in import order of no importance (mypyc compiles them as one group). Left out: this
# module, the package's __init__, the protocols (runtime-checkable, which a compiled class cannot be), the
# on-disk cache and the document readers (I/O bound, run once).
MODULES = (
    "context", "evaluate", "extractor", "fastre", "industries", "measures", "metric_industries", "numbers",
    "regions", "segment", "tables", "targets", "tiers",
)
PACKAGE_DIR = Path(__file__).resolve().parent
NATIVE_DIR = PACKAGE_DIR / "_native"
MANIFEST = NATIVE_DIR / "BUILD.json"
GROUP = "indupath_extract_native"  # the shared library's module name: <GROUP>__mypyc
_OFF = ("0", "off", "no", "false")

_active: bool | None = None
_reason = "not checked"


def source_digest(module: str) -> str:
    """SHA-256 of a compiled module's Python source."""
    return hashlib.sha256((PACKAGE_DIR / f"{module}.py").read_bytes()).hexdigest()


def extension_suffix() -> str:
    """The file suffix of this interpreter's extension modules (``.cpython-311-x86_64-linux-gnu.so``)."""
    return importlib.machinery.EXTENSION_SUFFIXES[0]


def _check(*, switch: bool = True) -> str | None:
    """None when the compiled build may be used, else why not; ``switch=False`` leaves INDUPATH_NATIVE out
    (the build script asks whether the build in place is current)."""
    if switch and os.environ.get("INDUPATH_NATIVE", "").strip().lower() in _OFF:
        return "INDUPATH_NATIVE is off"
    try:
        manifest = json.loads(MANIFEST.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return "not built (make native)"
    except (OSError, ValueError) as exc:
        return f"{MANIFEST} unreadable ({exc})"
    if manifest.get("suffix") != extension_suffix():
        return f"built for {manifest.get('suffix')}, this interpreter loads {extension_suffix()}"
    sources = manifest.get("sources")
    if not isinstance(sources, dict) or sorted(sources) != sorted(MODULES):
        return "built from another list of modules"
    for module in MODULES:
        try:
            digest = source_digest(module)
        except OSError as exc:
            return f"source {module}.py unreadable ({exc})"
        if sources[module] != digest:
            return f"{module}.py changed since the build (make native)"
    for module in MODULES:
        if not (NATIVE_DIR / f"{module}{extension_suffix()}").is_file():
            return f"{module}{extension_suffix()} missing"
    return None


def _load_group() -> None:
    """Import the build's shared library under its own name (each module's stub imports it by that name)."""
    name = f"{GROUP}__mypyc"
    if name in sys.modules:
        return
    path = NATIVE_DIR / f"{name}{extension_suffix()}"
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)


def activate(package_path: list[str]) -> bool:
    """Put the compiled build first on ``package_path`` (the package's ``__path__``) when it matches the
    sources (see the module docstring); True when it will be used. Called once, before any stage is imported."""
    global _active, _reason
    if _active is not None:
        return _active
    reason = _check()
    if reason is None:
        try:
            _load_group()
        except ImportError as exc:  # a build for another platform, a missing shared library
            reason = f"shared library not loadable ({exc})"
    if reason is None:
        package_path.insert(0, str(NATIVE_DIR))
        _reason = "compiled with mypyc"
    else:
        _reason = reason
        logger.debug("compiled extractor not used: %s", reason)
    _active = reason is None
    return _active


def status() -> dict[str, object]:
    """Which build runs: ``{"native": bool, "reason": str}`` (results and the benchmark report it)."""
    return {"native": bool(_active), "reason": _reason}
