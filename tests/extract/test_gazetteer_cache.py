"""The on-disk gazetteer cache: same tables back, rebuilt on any mismatch, never inside the package."""

from __future__ import annotations

from pathlib import Path

import pytest

from indupath.extract import cache
from indupath.extract import regions as rg


def _tiny() -> tuple[dict[str, list[rg.RegionInfo]], dict[str, rg.RegionInfo]]:
    anhui = rg.RegionInfo(code="340000", level="province", parent=None, name_zh="安徽省", name_en="Anhui")
    hefei = rg.RegionInfo(code="340100", level="prefecture", parent="340000", name_zh="合肥市", name_en="Hefei")
    return {"安徽": [anhui], "合肥": [hefei], "Hefei": [hefei]}, {"340000": anhui, "340100": hefei}


def test_round_trip(tmp_path: Path) -> None:
    forms, regions = _tiny()
    path = tmp_path / "sub" / "gazetteer.pickle"
    rg._store_cached(path, "abc", forms, regions)
    assert rg._load_cached(path, "abc") == (forms, regions)
    assert [p.name for p in path.parent.iterdir()] == ["gazetteer.pickle"]  # no temporary file left


def test_stale_or_broken_cache_is_ignored(tmp_path: Path) -> None:
    forms, regions = _tiny()
    path = tmp_path / "gazetteer.pickle"
    assert rg._load_cached(path, "abc") is None  # missing
    rg._store_cached(path, "abc", forms, regions)
    assert rg._load_cached(path, "other sources") is None  # fingerprint differs
    path.write_bytes(b"not a pickle")
    assert rg._load_cached(path, "abc") is None
    path.write_bytes(path.read_bytes()[:3])
    assert rg._load_cached(path, "abc") is None


def test_cache_dir_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INDUPATH_CACHE", str(tmp_path))
    assert cache.cache_dir() == tmp_path
    monkeypatch.setenv("INDUPATH_CACHE", "off")
    assert cache.cache_dir() is None
    monkeypatch.delenv("INDUPATH_CACHE")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache.cache_dir() == tmp_path / "xdg" / "indupath"


def test_fingerprint_is_stable_and_covers_the_sources() -> None:
    fp = cache.fingerprint("indupath.extract.regions")
    assert fp == cache.fingerprint("indupath.extract.regions")
    assert len(fp) == 64
    assert fp != cache.fingerprint("indupath.extract.extractor")  # the module's code is part of it
    assert fp != cache.fingerprint("indupath.extract.regions", salt="other")


def test_persistent_memo_merges_across_processes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INDUPATH_CACHE", str(tmp_path))
    first = cache.PersistentMemo("memo", "indupath.extract.regions")
    assert first.get("安徽") is None
    first.put("安徽", ("340000", "GB/T 2260", None))
    first.save()
    second = cache.PersistentMemo("memo", "indupath.extract.regions")  # a later process
    assert second.get("安徽") == ("340000", "GB/T 2260", None)
    second.put("Hefei", False)
    third = cache.PersistentMemo("memo", "indupath.extract.regions")
    third.put("合肥", True)
    third.save()
    second.save()  # merges with what the third wrote meanwhile
    final = cache.PersistentMemo("memo", "indupath.extract.regions")
    assert final.get("Hefei") is False and final.get("合肥") is True and final.get("安徽") is not None
    monkeypatch.setenv("INDUPATH_CACHE", "off")
    off = cache.PersistentMemo("memo", "indupath.extract.regions")
    off.put("x", True)
    assert off.get("x") is None


def test_cached_tables_equal_a_fresh_build(tmp_path: Path) -> None:
    """What a later process loads from the cache is exactly what the taxonomy builds."""
    forms, regions = rg._build_tables()
    path = tmp_path / "gazetteer.pickle"
    rg._store_cached(path, "fp", forms, regions)
    loaded = rg._load_cached(path, "fp")
    assert loaded is not None
    assert loaded[0] == forms and list(loaded[0]) == list(forms)  # same forms in the same order
    assert loaded[1] == regions
    assert rg.gazetteer().forms == forms


def test_a_process_with_a_filled_cache_never_imports_pandas(tmp_path: Path) -> None:
    """The taxonomy's name lookups need no pandas: once a first process has filled the cache, a second one reads
    both languages (a list whose items the vocabulary decides, "rare earths") without importing it (its import
    costs seconds, once per process)."""
    import os
    import subprocess
    import sys

    code = (
        "import sys; from indupath.extract import extract; "
        "extract('安徽省将培育新能源汽车、集成电路等产业。到2027年，产值突破1000亿元。', name='a.txt'); "
        "extract('Baotou will grow rare earths, hydrogen and wind power equipment. By 2027 output will exceed "
        "100 billion yuan.', name='b.txt'); "
        "print('pandas' in sys.modules)"
    )
    env = dict(os.environ, INDUPATH_CACHE=str(tmp_path))
    runs = [subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True,
                           timeout=300).stdout.strip() for _ in range(2)]
    assert runs == ["True", "False"]  # the first builds the gazetteer from the taxonomy's tables
