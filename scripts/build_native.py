"""Compile the extractor's modules with mypyc into src/indupath/extract/_native/ (see indupath.extract.native).

    python scripts/build_native.py [--force] [--jobs N]

Does nothing when the build in place was made from the current sources for this interpreter. Otherwise
compiles in a temporary directory and replaces _native/ only when the build succeeded, writing its manifest
(the SHA-256 of each source as read before compiling) last: an interrupted or failed build leaves the
previous state, and a source edited during the build fails the manifest check, so the sources run.
Needs a C compiler and the interpreter's headers; exits 1 with the compiler's message when the build fails.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import shutil
import sys
import tempfile
import time
import warnings
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "indupath" / "extract"


def _native_module() -> ModuleType:
    """indupath.extract.native loaded from its file, without importing the package (which would load a build)."""
    spec = importlib.util.spec_from_file_location("_indupath_native", PACKAGE / "native.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"build_native: cannot load {PACKAGE / 'native.py'}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def up_to_date(native: ModuleType) -> bool:
    """True when the build in place names these sources and this interpreter (what the package checks on import)."""
    return native._check(switch=False) is None


def build(native: ModuleType, jobs: int) -> None:
    """Compile into a temporary directory, then swap it in as _native/."""
    from mypy.version import __version__ as mypy_version
    from mypyc.build import mypycify
    from setuptools import setup

    digests = {m: native.source_digest(m) for m in native.MODULES}
    paths = [str((PACKAGE / f"{m}.py").relative_to(ROOT)) for m in native.MODULES]
    with tempfile.TemporaryDirectory(prefix="indupath-native-") as tmp:
        work = Path(tmp)
        cwd = os.getcwd()
        os.chdir(ROOT)  # mypyc names the modules from the paths relative to here (src/indupath/extract/x.py)
        try:
            extensions = mypycify(paths, opt_level="3", group_name=native.GROUP, multi_file=jobs > 1,
                                  target_dir=str(work / "c"))
            with warnings.catch_warnings():  # (setuptools' notes on pyproject.toml, which this build does not use)
                warnings.simplefilter("ignore")
                setup(name="indupath-native", packages=[], ext_modules=extensions, script_name="build_native.py",
                      script_args=["-q", "build_ext", "--build-lib", str(work / "lib"), "--build-temp",
                                   str(work / "obj"), "--parallel", str(jobs)])
        finally:
            os.chdir(cwd)
        staged = work / "_native"
        staged.mkdir()
        suffix = native.extension_suffix()
        built = [p for p in (work / "lib").rglob(f"*{suffix}")]
        for p in built:
            shutil.copy2(p, staged / p.name)
        missing = [m for m in native.MODULES if not (staged / f"{m}{suffix}").is_file()]
        group = staged / f"{native.GROUP}__mypyc{suffix}"
        if missing or not group.is_file():
            raise SystemExit(f"build_native: the build made no {', '.join(missing) or group.name}")
        (staged / "BUILD.json").write_text(json.dumps({
            "suffix": suffix, "mypy": mypy_version, "python": sys.version.split()[0], "sources": digests,
        }, indent=1, sort_keys=True), encoding="utf-8")
        old = native.NATIVE_DIR.with_name("_native.old")
        shutil.rmtree(old, ignore_errors=True)
        if native.NATIVE_DIR.exists():
            native.NATIVE_DIR.rename(old)
        shutil.move(str(staged), native.NATIVE_DIR)
        shutil.rmtree(old, ignore_errors=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--force", action="store_true", help="rebuild even when the build in place is current")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="parallel C compiles (default: cores)")
    args = ap.parse_args()
    native = _native_module()
    if not args.force and up_to_date(native):
        print("build_native: compiled extractor is up to date")
        return 0
    t0 = time.perf_counter()
    print(f"build_native: compiling {len(native.MODULES)} extractor modules with mypyc (a minute or two) ...",
          flush=True)
    try:
        build(native, max(1, args.jobs))
    except SystemExit as exc:
        if exc.code in (0, None):
            raise
        print(f"build_native: failed ({exc.code}); the extractor runs from its Python sources", file=sys.stderr)
        return 1
    print(f"build_native: done in {time.perf_counter() - t0:.0f} s -> {native.NATIVE_DIR.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
