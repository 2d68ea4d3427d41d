"""Speed-ups in the region and segmentation steps change no result: each bounded or gated scan against the plain
scan it replaces, on the labelled texts and on seeded random strings built from the patterns' own words."""

from __future__ import annotations

import itertools
import random
import re
from pathlib import Path

from indupath.extract import extractor as ex
from indupath.extract import regions as rg
from indupath.extract.readers import read_document

DATA = Path(__file__).resolve().parents[1] / "data" / "extract"


def _texts() -> list[str]:
    files = sorted(DATA.glob("own/*/texts/*.txt")) + sorted(DATA.glob("corpus_sample/*.txt"))
    files += sorted(DATA.glob("blind/texts/*.txt"))
    return [read_document(f) for f in files]


def _speaker_noise(seed: int, n: int = 400) -> list[str]:
    rnd = random.Random(seed)
    words = ["the", "The", "our", "Our", "city", "city's", "district", "county", "district's", "county's", "zone",
             "area", "new", "park", "municipal", "Municipal", "province", "provincial", "Provincial", "xthe", "a",
             " ", "  ", ",", ".", "'s", "s", "x"]
    return ["".join(rnd.choice(words) + rnd.choice(["", " ", " "]) for _ in range(rnd.randint(0, 30)))
            for _ in range(n)]


def _plain_speaker_level(body: str, pos: int) -> tuple[str, ...] | None:
    """_speaker_level's ASCII branch as it was: every gated pattern scanned from ``pos`` to the text's end."""
    best: tuple[int, tuple[str, ...]] | None = None
    for levels, pattern, gate in ex._SPEAKER_ASCII_GATED:
        if gate is not None and not any(w in body for w in gate):
            continue
        n = sum(1 for _ in itertools.islice(pattern.finditer(body, pos), 50))
        if n and (best is None or n > best[0]):
            best = (n, levels)
    return best[1] if best else None


def test_speaker_scans_are_bounded_by_their_own_patterns() -> None:
    # the reach is derived from each pattern (its longest match); a pattern that could look ahead is not cut short
    for (levels, pattern, gate), scan in zip(ex._SPEAKER_ASCII_GATED, ex._SPEAKER_ASCII_SCANS, strict=True):
        assert scan[:3] == (levels, pattern, gate)
        reach, no_lookahead = ex._speaker_reach(pattern)
        assert scan[3:] == (reach, no_lookahead)
        assert reach is not None and reach >= max(len(w) for w in gate or ())


def test_bounded_speaker_scan_counts_what_the_whole_scan_counts() -> None:
    texts = [t for t in _texts() if t.isascii()] + _speaker_noise(11)
    for t in texts:
        for pos in {0, 1, 5, len(t) // 2}:
            assert ex._speaker_level(t, pos) == _plain_speaker_level(t, pos), (t[:80], pos)
    # a word's count is cut at 50: a long text that names one level 60 times and another 55
    long = "the city " * 60 + "x " * 200 + "the province " * 55
    assert ex._speaker_level(long, 0) == _plain_speaker_level(long, 0)


def _park_noise(seed: int, n: int = 3000) -> list[str]:
    rnd = random.Random(seed)
    words = ["Hi-tech", "High-Tech", "Hitech", "Economic", "Economics", "Industrial", "Industry", "Free", "The", "Theory",
             "Them", "National", "Nationals", "Park", "Parks", "Zone", "Area", "Development", "Trade", "Science",
             "Technology", "Innovation", "Comprehensive", "Linhe", "New", "Palm", "Cape", "A", "a", "x", "Ab-Cd", "é",
             ",", "-", "1"]
    gaps = [" ", " ", "", "  ", "\n"]
    return ["".join(rnd.choice(words) + rnd.choice(gaps) for _ in range(rnd.randint(0, 14))) for _ in range(n)]


def test_capital_led_park_pattern_finds_what_the_plain_one_finds() -> None:
    ref = re.compile(rg._EN_UNLISTED_PARK_PATTERN)
    for t in _texts() + _park_noise(7):
        for a, b in {(0, len(t)), (1, len(t)), (0, max(0, len(t) - 3))}:
            got = [(m.span(), m.span(1)) for m in rg._EN_UNLISTED_PARK.finditer(t, a, b)]
            assert got == [(m.span(), m.span(1)) for m in ref.finditer(t, a, b)], (t[:80], a, b)


def test_names_found_with_find_are_what_the_bounded_alternation_finds() -> None:
    rnd = random.Random(13)
    pool = ["Penglai", "Peng", "Binhai", "Bin", "Hai", "Xi'an", "Xi", "Laishan", "Lai", "_Lai", "-Lai", "Lai-", "Ürümqi",
            "Jinan", "Jin", "An", "n", "ai"]
    texts = _texts()[:8] + ["".join(rnd.choice(pool + [" ", "-", "'", ",", "x", "_", ".", "é"]) for _ in range(40))
                            for _ in range(300)]
    for hyphen_after in (True, False):
        tail = r"\b" if hyphen_after else r"\b(?!-)"
        for _ in range(40):
            names = sorted(set(rnd.sample(pool, rnd.randint(1, 6))), key=len, reverse=True)
            ref = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")" + tail)
            for t in texts:
                for a, b in {(0, len(t)), (1, len(t)), (3, len(t) - 2), (0, len(t) // 2), (5, 3)}:
                    got = rg._names_in(t, names, a, b, hyphen_after=hyphen_after)
                    assert got == [m.span() for m in ref.finditer(t, a, b)], (names, t, a, b)
