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
