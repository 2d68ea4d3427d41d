"""fastre's memo of lowered texts and its class-led scans change no result (see indupath.extract.fastre).

Each is compared with the plain computation it replaces: ``str.lower()`` with the special-character check, and
the pattern compiled as written, on seeded random strings built from the patterns' own pieces.
"""

from __future__ import annotations

import random
import re

from indupath.extract import fastre


def _plain_lowered(text: str) -> str | None:
    return None if any(c in text for c in fastre._SPECIAL) else text.lower()


def test_lowered_by_content_equals_the_plain_lowering() -> None:
    rnd = random.Random("memo")
    pieces = ["Made in China", "产业", "İ", "ı", "ſ", "K", " ", "Industry", "2025年", "ß", "ǅ"]
    fastre._memo.clear()
    for _ in range(3000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 8)))
        copy = "".join(list(text))  # same characters, another object (as a fresh slice of a document)
        assert fastre.lowered(text) == _plain_lowered(text)
        assert fastre.lowered(copy) == _plain_lowered(text)
        assert len(fastre._memo) <= fastre._MEMO_SIZE


def test_folded_scans_of_equal_slices_agree_with_re() -> None:
    # a sentence cut out twice (two str objects, one memo entry) and a text with a special character
    p = fastre.Folded(r"\bindustr(?:y|ies)\b|产业")
    ref = re.compile(p.pattern, re.IGNORECASE)
    doc = "Key INDUSTRIES grow. 新兴产业加快发展。 The ındustry of İzmir. Industry leads."
    fastre._memo.clear()
    for _ in range(2):
        for a in range(0, len(doc), 7):
            for b in range(a, len(doc) + 1, 5):
                part = doc[a:b]
                assert [m.span() for m in p.finditer(part)] == [m.span() for m in ref.finditer(part)]
                assert p.spans(part) == [m.span() for m in ref.finditer(part)]
                assert p.test(part) == (ref.search(part) is not None)
                m = p.search(doc, a, b)
                r = ref.search(doc, a, b)
                assert (m and m.span()) == (r and r.span())


def _ascii_noise(seed: str, words: list[str], n: int = 400) -> list[str]:
    rnd = random.Random(seed)
    extra = [" ", "  ", ",", ".", "-", "'", "2025", "x", "A", "_", "\n", "ab1"]
    return ["".join(rnd.choice(words + extra) for _ in range(rnd.randint(0, 14))) for _ in range(n)]


def test_ascii_scan_is_literal_led_when_its_first_letters_are_rare() -> None:
    assert fastre.rare_first_letters(r"a(?<!\w.)lready\b|y(?<!\w.)ear to date\b")
    assert not fastre.rare_first_letters(r"e(?<!\w.)nergy\b|t(?<!\w.)rade\b|a(?<!\w.)uto\b|o(?<!\w.)il\b|i(?<!\w.)t\b")
    assert not fastre.rare_first_letters(r"\s+x|a")  # a first character not known: the boundary-led form stays
    rare = fastre.Folded(r"\balready\b|已有|\b(?:so far this year|year to date)\b")
    common = fastre.Folded(r"\b(?:energy|trade|autos?|oil|its)\b|能源")
    assert rare.scan is not None and common.scan is not None  # (builds the scans)
    assert rare._scan_ascii is not None and not rare._scan_ascii.pattern.startswith("\\b")
    assert common._scan_ascii is not None and common._scan_ascii.pattern.startswith("\\b(?:")
    for p in (rare, common):
        ref = re.compile(p.pattern, re.IGNORECASE)
        for t in _ascii_noise(p.pattern, ["already", "ALREADY", "so far this year", "Year to Date", "energy", "trade",
                                           "Autos", "oil", "its", "its.", "nalready"]):
            assert p.spans(t) == [m.span() for m in ref.finditer(t)], (p.pattern, t)
            for a in range(0, len(t) + 1, 3):
                for b in range(a, len(t) + 2, 4):
                    m, r = p.search(t, a, b), ref.search(t, a, b)
                    assert (m and m.span()) == (r and r.span()), (p.pattern, t, a, b)
                    assert p.test(t, a, b) == (r is not None)


def test_memo_of_lowered_texts_is_bounded_in_characters() -> None:
    fastre._memo.clear()
    doc = "Industry " * (fastre._BIG // 10)  # parts below _BIG (longer ones have slots of their own), 200 of them
    assert 200 * (len(doc) - 200) > 2 * fastre._MEMO_CHARS  # together far past the bound
    for i in range(0, 200):
        part = doc[i:]  # long distinct parts of one document
        assert fastre.lowered(part) == part.lower()
        assert sum(map(len, fastre._memo)) <= fastre._MEMO_CHARS + len(doc)


def test_a_long_document_stays_lowered_while_its_sentences_come_and_go() -> None:
    # a document past _MEMO_CHARS used to empty the memo on the next sentence's entry and be lowered again on every
    # search over the whole text (quadratic in a long document); it now keeps its own slot
    doc = "Hefei Will Grow New Energy Vehicles. " * (fastre._MEMO_CHARS // 30)
    assert len(doc) > fastre._MEMO_CHARS
    first = fastre.lowered(doc)
    assert first == doc.lower()
    for k in range(3 * fastre._MEMO_SIZE):
        fastre.lowered(f"Sentence number {k} about Wuhan.")
        if k % 500 == 0:
            assert fastre.lowered(doc) is first  # the same object: not lowered again
    assert fastre.lowered(doc) is first
    other = "Another Long Text. " * (fastre._BIG // 10)
    third = "A Third Long Text. " * (fastre._BIG // 10)
    fastre.lowered(other)
    fastre.lowered(third)  # the slots hold the last two long texts
    assert len(fastre._big) == fastre._BIG_SIZE and doc not in fastre._big


def test_is_re_word_is_what_re_reads_as_a_word_character() -> None:
    # the hand-written stand-ins of \b (regions._names_in, numbers._en_word_starts) rest on this, for every code point
    import re
    import sys

    word = re.compile(r"\w")
    assert all(fastre.is_re_word(chr(c)) == (word.match(chr(c)) is not None)
               for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
