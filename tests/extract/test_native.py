"""The compiled extractor (mypyc, see indupath.extract.native): used only when built from the current sources,
and byte for byte the same output as the Python sources.

``make test`` builds it first and sets INDUPATH_REQUIRE_NATIVE=1, so in CI the comparison always runs; a
checkout without the build (no C compiler) skips it, and the rest of the suite runs on the sources."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from indupath.extract import native

REQUIRED = os.environ.get("INDUPATH_REQUIRE_NATIVE") == "1"
DATA = Path(__file__).resolve().parents[1] / "data" / "extract"

# A child process: extract every labelled text, then 150 documents made (seed 11) of 3-20 random lines of
# same-language labelled texts, with a random date in the name (combinations no labelled text has), and print
# the build it ran and one JSON line per document.
_DUMP = r"""
import json, random, sys
from pathlib import Path
from indupath.extract import extract, native
from indupath.extract.readers import read_document
from indupath.extract.segment import detect_language
root = Path(sys.argv[1])
docs = [(f.name, read_document(f)) for f in sorted(root.glob("**/*.txt"))]
rng = random.Random(11)
pools = {"zh": [], "en": []}
for _, t in docs:
    pools.setdefault(detect_language(t), []).extend(line for line in t.split("\n") if line.strip())
for k in range(150):
    lang = "zh" if k % 2 else "en"
    lines = rng.sample(pools[lang], rng.randint(3, 20))
    docs.append((f"mix{k}_20{rng.randint(23, 27)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}.txt", "\n".join(lines)))
out = [json.dumps(native.status()["native"])]
for name, text in docs:
    out.append(json.dumps(extract(text, name=name).to_json_dict(), ensure_ascii=False, sort_keys=True))
sys.stdout.write("\n".join(out) + "\n")
"""


def _dumps(*envs: dict[str, str]) -> list[list[str]]:
    """The child's output lines under each environment (the children run side by side)."""
    procs = [subprocess.Popen([sys.executable, "-c", _DUMP, str(DATA)], env={**os.environ, **env},
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8")
             for env in envs]
    out = []
    for proc in procs:
        stdout, stderr = proc.communicate()
        assert proc.returncode == 0, stderr
        out.append(stdout.splitlines())
    return out


def test_the_compiled_build_is_in_use_when_required() -> None:
    if not REQUIRED:
        pytest.skip("INDUPATH_REQUIRE_NATIVE is not set (make test sets it after building)")
    assert native.status() == {"native": True, "reason": "compiled with mypyc"}
    import indupath.extract.extractor as extractor

    assert Path(extractor.__file__).parent == native.NATIVE_DIR


def test_the_compiled_build_and_the_sources_give_the_same_output() -> None:
    if not native.status()["native"]:
        if REQUIRED:
            pytest.fail(f"the compiled extractor is not in use: {native.status()['reason']}")
        pytest.skip(f"compiled extractor not in use ({native.status()['reason']})")
    compiled, sources = _dumps({}, {"INDUPATH_NATIVE": "0"})
    assert compiled[0] == "true" and sources[0] == "false"
    assert len(compiled) > 900  # every labelled text (about 800) and the 150 mixtures
    diffs = [i for i, (a, b) in enumerate(zip(compiled, sources, strict=True)) if i and a != b]
    assert not diffs, f"{len(diffs)} documents differ, first: {json.loads(compiled[diffs[0]]).get('document')}"


@pytest.fixture
def fake_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A package directory with two small sources and a matching 'build' (empty files named as extensions)."""
    pkg = tmp_path / "pkg"
    built = pkg / "_native"
    built.mkdir(parents=True)
    for m in ("alpha", "beta"):
        (pkg / f"{m}.py").write_text(f"X = {m!r}\n", encoding="utf-8")
        (built / f"{m}{native.extension_suffix()}").write_bytes(b"")
    monkeypatch.setattr(native, "MODULES", ("alpha", "beta"))
    monkeypatch.setattr(native, "PACKAGE_DIR", pkg)
    monkeypatch.setattr(native, "NATIVE_DIR", built)
    monkeypatch.setattr(native, "MANIFEST", built / "BUILD.json")
    monkeypatch.delenv("INDUPATH_NATIVE", raising=False)
    manifest = {"suffix": native.extension_suffix(), "sources": {m: native.source_digest(m) for m in ("alpha", "beta")}}
    (built / "BUILD.json").write_text(json.dumps(manifest), encoding="utf-8")
    return pkg


def test_a_build_matching_its_sources_is_accepted(fake_build: Path) -> None:
    assert native._check() is None


def test_a_source_edited_after_the_build_runs_from_source(fake_build: Path) -> None:
    (fake_build / "beta.py").write_text("X = 'edited'\n", encoding="utf-8")
    assert native._check() == "beta.py changed since the build (make native)"


def test_a_build_for_another_interpreter_or_module_list_is_refused(fake_build: Path) -> None:
    manifest = json.loads((fake_build / "_native" / "BUILD.json").read_text(encoding="utf-8"))
    (fake_build / "_native" / "BUILD.json").write_text(json.dumps({**manifest, "suffix": ".cpython-39-x.so"}))
    assert "built for .cpython-39-x.so" in (native._check() or "")
    (fake_build / "_native" / "BUILD.json").write_text(json.dumps({**manifest, "sources": {"alpha": "0"}}))
    assert native._check() == "built from another list of modules"


def test_a_missing_extension_or_manifest_is_reported(fake_build: Path) -> None:
    (fake_build / "_native" / f"alpha{native.extension_suffix()}").unlink()
    assert native._check() == f"alpha{native.extension_suffix()} missing"
    (fake_build / "_native" / "BUILD.json").unlink()
    assert native._check() == "not built (make native)"


@pytest.mark.parametrize("value", ["0", "off", "No", "false"])
def test_the_switch_runs_the_sources(fake_build: Path, monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv("INDUPATH_NATIVE", value)
    assert native._check() == "INDUPATH_NATIVE is off"
