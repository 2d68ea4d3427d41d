"""The extractor's speed-ups change no result: each fast path against the plain computation it replaces.

* :class:`indupath.extract.fastre.Folded` (case-insensitive patterns run case-sensitively on the
  lowered text) against the same pattern compiled with ``re.IGNORECASE``;
* the region automaton with its root children in frequency order and the sentinel scan against
  a plain automaton over the same forms;
* per-sentence gates against the functions they guard.

Texts: the labelled texts under ``tests/data/extract`` (see their READMEs) and seeded random
strings built from the patterns' own words, mixed case, and the characters whose case folding is
special (İ ı ſ K).
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from indupath.errors import ConfigError
from indupath.extract import extractor as ex
from indupath.extract import fastre, industries, measures, numbers, targets
from indupath.extract import regions as rg
from indupath.extract import segment as rg_segment
from indupath.extract.readers import read_document

DATA = Path(__file__).resolve().parents[1] / "data" / "extract"


def _texts() -> list[str]:
    files = sorted(DATA.glob("own/*/texts/*.txt")) + sorted(DATA.glob("corpus_sample/*.txt"))
    files += sorted(DATA.glob("blind/texts/*.txt"))
    return [read_document(f) for f in files]


def _folded() -> list[tuple[str, fastre.Folded]]:
    out = []
    for mod in (ex, measures, targets, industries, numbers):
        for name, value in vars(mod).items():
            if isinstance(value, fastre.Folded):
                out.append((f"{mod.__name__}.{name}", value))
    return out


def _noise(seed: int, words: list[str], n: int = 200) -> list[str]:
    """Random strings of pattern words in random case, digits, CJK and the special characters."""
    rnd = random.Random(seed)
    extra = ["İ", "ı", "ſ", "K", "ǅ", "ß", " ", "  ", ",", ".", "-", "'", "2025", "20", "年", "的", "基金", "\n", "(", "“"]
    out = []
    for _ in range(n):
        parts = []
        for _ in range(rnd.randint(1, 12)):
            w = rnd.choice(words + extra)
            w = "".join(c.upper() if rnd.random() < 0.3 else c for c in w)
            if rnd.random() < 0.1 and w:
                k = rnd.randrange(len(w))
                w = w[:k] + rnd.choice("İıſK") + w[k + 1 :]
            parts.append(w)
        out.append(rnd.choice(["", " ", "x"]).join(parts))
    return out


def _words(pattern: str) -> list[str]:
    return [w for w in re.findall(r"[A-Za-z][A-Za-z &\-]{1,30}", pattern) if len(w) > 1] or ["a"]


def _spans(it: object) -> list[tuple[tuple[int, int], tuple[object, ...], str | None]]:
    return [(m.span(), m.groups(), m.lastgroup) for m in it]  # type: ignore[attr-defined]


@pytest.mark.parametrize("name,pat", _folded(), ids=lambda v: v if isinstance(v, str) else "")
def test_folded_matches_ignorecase_pattern(name: str, pat: fastre.Folded) -> None:
    ref = re.compile(pat.pattern, re.IGNORECASE)
    texts = _texts() + _noise(hash(name) % 1000, _words(pat.pattern))
    for t in texts:
        assert _spans(pat.finditer(t)) == _spans(ref.finditer(t)), (name, t[:80])
        for a, b in ((0, len(t)), (len(t) // 3, 2 * len(t) // 3), (1, max(1, len(t) - 1))):
            m1, m2 = pat.search(t, a, b), ref.search(t, a, b)
            assert (m1 and (m1.span(), m1.groups())) == (m2 and (m2.span(), m2.groups())), (name, t[:80], a, b)
            assert pat.test(t, a, b) == (m2 is not None)
            assert list(pat.lastgroups(t, a, b)) == [m.lastgroup for m in ref.finditer(t, a, b)]
            assert pat.spans(t, a, b) == [m.span() for m in ref.finditer(t, a, b)]


@pytest.mark.parametrize("name,pat", _folded(), ids=lambda v: v if isinstance(v, str) else "")
def test_word_gate_changes_no_result(name: str, pat: fastre.Folded) -> None:
    """Every Folded pattern with its word pre-test switched on (use_gate) finds what re.IGNORECASE finds."""
    gated = fastre.Folded(pat.pattern, pat.flags & ~re.IGNORECASE).use_gate()
    ref = re.compile(pat.pattern, re.IGNORECASE)
    texts = _texts()[::4] + _noise(hash(name) % 997, _words(pat.pattern))
    rnd = random.Random(name)
    for t in texts:
        assert _spans(gated.finditer(t)) == _spans(ref.finditer(t)), (name, t[:80])
        for _ in range(4):
            a = rnd.randint(0, len(t))
            b = rnd.randint(a, len(t))
            m1, m2 = gated.search(t, a, b), ref.search(t, a, b)
            assert (m1 and m1.span()) == (m2 and m2.span()), (name, t[:80], a, b)
            assert gated.test(t, a, b) == (m2 is not None)
            assert gated.spans(t, a, b) == [m.span() for m in ref.finditer(t, a, b)]


def test_folded_group_text_keeps_the_original_case() -> None:
    p = fastre.Folded(r"\bby (?P<y>20\d\d) (?P<w>[a-z]+)")
    m = p.search("Growth BY 2027 Doubles")
    assert m is not None and m.group(0) == "BY 2027 Doubles" and m.group("w") == "Doubles"


def test_special_case_folds_fall_back_to_the_original_pattern() -> None:
    # 'ſ' matches 's' and 'ı' matches 'i' under re.IGNORECASE, but their lower() does not
    p = fastre.Folded(r"subsidies|\bin\b")
    assert [m.group() for m in p.finditer("ſubſidies ın")] == ["ſubſidies", "ın"]
    assert fastre.lowered("ſ") is None and fastre.lowered("İstanbul") is None
    assert fastre.lowered("Kelvin K") == "kelvin k"


def test_lower_pattern_keeps_escapes_and_group_names() -> None:
    assert fastre.lower_pattern(r"(?P<Year>\B[A-Z]\W\S\D)Foo(?P=Year)") == r"(?P<Year>\B[a-z]\W\S\D)foo(?P=Year)"
    with pytest.raises(ConfigError):
        fastre.lower_pattern("Ärger")


def _reference_classify(text: str) -> str | None:
    union = re.compile("|".join(f"(?P<k{i}>{p.pattern})" for i, (_, p) in enumerate(measures.KINDS)), re.IGNORECASE)
    best = len(measures.KINDS)
    for m in union.finditer(text):
        if m.lastgroup:
            best = min(best, int(m.lastgroup[1:]))
    return measures.KINDS[best][0] if best < len(measures.KINDS) else None


def test_classify_equals_the_plain_union_scan() -> None:
    words = [w for _, p in measures.KINDS for w in _words(p.pattern)] + ["中心工作", "应用地", "给予100万元", "基金"]
    texts = _noise(7, words, 400) + [s for t in _texts() for s in re.split(r"[。.;；\n]", t)]
    for t in texts:
        assert measures.classify(t) == _reference_classify(t), t[:80]


def _plain_scan(text: str) -> list[tuple[int, str]]:
    gz = rg.gazetteer()
    auto = rg._automaton(gz.forms)  # no order: the automaton as it was, scanning the raw text
    return list(auto.iter_long(text))


def test_ordered_automaton_scan_equals_the_plain_automaton() -> None:
    gz = rg.gazetteer()
    assert gz.not_key is not None
    forms = list(gz.forms)
    rnd = random.Random(3)
    texts = _texts()
    for _ in range(120):
        parts = []
        for _ in range(rnd.randint(1, 15)):
            f = rnd.choice(forms)
            cut = rnd.random()
            if cut < 0.3:
                f = f[: rnd.randint(1, len(f))]
            elif cut < 0.5:
                f = f[rnd.randint(0, len(f) - 1) :]
            parts.append(f + rnd.choice(["", "", "的", " ", "省", "市", "\x00", "\U0010ffff", "x"]))
        texts.append("".join(parts))
    plain = rg._automaton(gz.forms)
    for t in texts:
        scan = gz.not_key.sub(rg._SENTINEL, t)
        assert len(scan) == len(t)
        assert list(gz.automaton.iter_long(scan)) == list(plain.iter_long(t)), t[:80]
        a, b = len(t) // 4, len(t) - len(t) // 4
        assert list(gz.automaton.iter_long(scan, a, b)) == list(plain.iter_long(t, a, b)), t[:80]
        assert sorted(gz.automaton.iter(scan)) == sorted(plain.iter(t)), t[:80]


def test_ascii_scan_text_equals_the_substitution() -> None:
    gz = rg.gazetteer()
    assert gz.not_key is not None and gz.ascii_table is not None
    every_ascii = "".join(chr(i) for i in range(128))
    texts = [t for t in _texts() if t.isascii()] + [every_ascii, every_ascii[::-1] * 3, ""]
    for t in texts:
        assert rg.scan_text(gz, t) == gz.not_key.sub(rg._SENTINEL, t)


def test_scan_order_puts_frequent_characters_first() -> None:
    order = rg._scan_order(rg.gazetteer().forms)
    assert order[0] == " " and order.index("e") < order.index("z")
    assert order.index("中") < order.index("瓯")  # a common character before a rare one
    assert len(order) == len(set(order))


@pytest.mark.parametrize("pattern", [
    r"\bfoo(?:bar|baz)?\b|x",
    r"(?<!a)bc|\b(?:de|f)g|cd",
    r"(?:us\$|\$)?\d|\b(?:one|two)\b",
    r"\b[56]g\b|\s+(?:are|is)\b|[;.]",
    r"\b(?:a|ab|abc)\b",
    r"[;.]|\s[-_]{1,2}\s|\s+(?:are|is)\b",
    r"[。.!]+[”\"]?|\n|\s+-\s+|——",
    r",?\s+and\s+(?=[a-f])|x?y",
    r"(?<![a-c])(?:de|f)g|(?<![\u4e00-\u9fff])(?:中|x)|(?<!x)(?:a|bc)",
])
def test_literal_led_rewrite_finds_the_same_matches(pattern: str) -> None:
    led = fastre.literal_led(pattern)
    assert led is not None and led != pattern
    fast, ref = re.compile(led), re.compile(pattern)
    rnd = random.Random(pattern)
    alphabet = ["a", "b", "c", "d", "e", "f", "g", "x", "foo", "bar", "baz", "us$", "$", "1", "one", "two", "5g", "6",
                " ", "  ", "are", "is", ";", ".", "_", "中", "\n", "\u3000", "\t", "-", "——", "。", "!", "”", "\""]
    for _ in range(3000):
        s = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 12)))
        assert [m.span() for m in fast.finditer(s)] == [m.span() for m in ref.finditer(s)], (pattern, s)
        k = rnd.randint(0, len(s))
        m1, m2 = fast.search(s, k), ref.search(s, k)
        assert (m1 and m1.span()) == (m2 and m2.span()), (pattern, s, k)


def test_literal_led_declines_what_it_cannot_rewrite() -> None:
    assert fastre.literal_led(r"(?P<y>20\d\d)") is None  # a capturing group would be duplicated or kept apart
    assert fastre.literal_led(r"a*b") is None  # a repeated first character
    assert fastre.literal_led(r"\b-x") is None  # a boundary before a non-word character


def test_isdigit_class_is_str_isdigit_on_every_code_point() -> None:
    import sys

    every = "".join(chr(i) for i in range(sys.maxunicode + 1) if not 0xD800 <= i < 0xE000)
    assert measures._ISDIGIT.findall(every) == [c for c in every if c.isdigit()]


def test_speaker_and_generic_subject_patterns_match_as_written() -> None:
    originals = dict(ex._SPEAKER_WORDS)
    texts = _texts() + _noise(11, ["the district", "county's", "district's", "the city", "provinces", "regions", "全县",
                                   "The zone", "the zones", "the new area", "the parks", "全区", "我区",
                                   "The city", "Provincial", "区委", "自治区政府"])
    for level, fast in ex._SPEAKER:
        ref = re.compile(originals[level])
        for t in texts:
            assert [m.span() for m in fast.finditer(t)] == [m.span() for m in ref.finditer(t)]
    ascii_speaker = dict(ex._SPEAKER_ASCII)
    for level, pattern in originals.items():
        ref = re.compile(pattern)
        for t in texts:
            if t.isascii():
                spans = [m.span() for m in ascii_speaker[level].finditer(t)] if level in ascii_speaker else []
                assert spans == [m.span() for m in ref.finditer(t)]
    ref = re.compile(rg._GENERIC_SUBJECT_PATTERN)
    for t in texts:
        assert [m.span() for m in rg._GENERIC_SUBJECT.finditer(t)] == [m.span() for m in ref.finditer(t)]


def test_speaker_pretests_are_the_short_words() -> None:
    # the pre-test of each speaker pattern is built from its required literals; when a pattern changes so that its
    # short words no longer cover them, the pre-test falls back to the literals (still exact, but slower): this says so
    for levels, pattern, gate in ex._SPEAKER_ASCII_GATED:
        assert gate is not None and set(gate) <= set(ex._SPEAKER_CORES[levels]), (levels, gate)
        words = fastre.required_literals(pattern.pattern)
        assert words is not None and all(any(c in w for c in gate) for w in words)


def test_whitespace_is_what_backslash_s_matches() -> None:
    import sys

    every = "".join(chr(i) for i in range(sys.maxunicode + 1) if not 0xD800 <= i < 0xE000)
    assert re.findall(r"\s", every) == list(fastre.WHITESPACE)


def _zh_noise(seed: int, n: int = 300) -> list[str]:
    rnd = random.Random(seed)
    words = ["产业", "产业集群", "产业链", "产业园", "产业基地", "生物医药", "新能源汽车", "的", "，", "。", "一", "十", "百", "千",
             "万", "亿", "元", "%", "2025", "3", ".5", ",000", "个", "家", "第", "每", "点", "五", "以上", "级", "a", " ",
             "20", "2", "0", "年", "到", "至", "截至", "底", "末", "前"]
    return ["".join(rnd.choice(words) for _ in range(rnd.randint(0, 25))) for _ in range(n)]


def test_number_and_cluster_scans_equal_plain_finditer() -> None:
    texts = _texts() + _zh_noise(5)
    for t in texts:
        for a, b in ((0, len(t)), (len(t) // 3, len(t))):
            assert [m.span() for m in numbers._zh_matches(t, a, b)] == [m.span() for m in numbers.ZH_QTY.finditer(t, a, b)]
            assert [m.span() for m in targets._year_zh_matches(t, a, b)] == [
                m.span() for m in targets._YEAR_ZH.finditer(t, a, b)
            ]
            for lang, pat in (("zh", industries._ZH_CLUSTER), ("en", industries._EN_CLUSTER)):
                got = [m.span(1) for m in industries._cluster_matches(t, a, b, lang)]
                assert got == [m.span(1) for m in pat.finditer(t, a, b)], (t[:60], lang)


def test_english_sentence_end_pattern_equals_the_original() -> None:
    from indupath.extract import segment

    ref = re.compile(segment._EN_END_PATTERN)
    rnd = random.Random(1)
    pieces = ["A", "B", "No", "Mr", "U.S", "St", "x", "ab", ".", "!", "?", " ", "\n", '"', "”", "'", "(", "1", "Dr", "q."]
    texts = _texts() + ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 12))) for _ in range(20000)]
    for t in texts:
        assert [m.span() for m in segment._EN_END.finditer(t)] == [m.span() for m in ref.finditer(t)], t[:80]


def test_fast_patterns_match_as_written() -> None:
    assert fastre.REWRITTEN  # the modules registered their literal-led patterns
    texts = _texts() + _zh_noise(9)
    for led, original in fastre.REWRITTEN.items():
        fast, ref = re.compile(led), re.compile(original)
        words = re.findall(r"[\u4e00-\u9fff]{1,4}", original) + _words(original)
        for t in texts + _noise(len(original), words, 150):
            assert [m.span() for m in fast.finditer(t)] == [m.span() for m in ref.finditer(t)], (original[:40], t[:60])


def test_not_measure_split_equals_the_whole_pattern() -> None:
    words = ["Commission", "委员会", "发展和改革委", "按照", "根据", "according to", "政策", "policy", "据", "在", "方面", "《",
             "》", "?", "？", "措施", "，"]
    for t in _texts() + _noise(4, words, 2000) + _zh_noise(4):
        for piece in [t] + re.split(r"[，,。]", t):
            split = measures._NOT_MEASURE_ANYWHERE.test(piece) or measures._NOT_MEASURE_AT_START.match(piece) is not None
            assert split == (measures._NOT_MEASURE.search(piece) is not None), piece[:60]


def test_english_number_anchors_equal_the_union_scan() -> None:
    words = ["one", "two", "ten", "twenty", "hundred", "US$", "$", "RMB", "CNY", "usd", "¥", "5", "12", "2024", "x", "tens",
             "someone", "Seventeen", "rmb3", "us", " ", ",", ".", "-", "ſ", "中"]
    for t in _texts() + _noise(21, words, 3000):
        for a, b in ((0, len(t)), (len(t) // 2, len(t))):
            assert numbers._en_anchor_starts(t, a, b) == [s for s, _ in numbers._EN_ANCHOR.spans(t, a, b)], t[:60]


def test_english_number_words_equal_the_word_pattern() -> None:
    """numbers._en_word_starts finds where the word half of _EN_ANCHOR matches, with any range (a word cut by either end
    of it, word characters of every kind beside a number word)."""
    word_half = fastre.Folded(r"\b(?:" + "|".join(numbers._EN_SINGLE_WORDS) + r")\b")
    words = ["one", "two", "ten", "six", "sixty", "sixteen", "seven", "seventeen", "eighteen", "hundred", "a hundred", "Nine",
             "someone", "often", "_", "x", "5", "²", "中", "é", " ", "-", ",", "'"]
    rnd = random.Random(5)
    for t in _texts()[:40] + _noise(22, words, 3000):
        low = fastre.lowered(t)
        if low is None:
            continue
        cuts = [(0, len(t))] + [tuple(sorted((rnd.randrange(len(t) + 1), rnd.randrange(len(t) + 1)))) for _ in range(6)]
        for a, b in cuts:
            assert numbers._en_word_starts(low, a, b) == [s for s, _ in word_half.spans(t, a, b)], (t[:60], a, b)


def test_dateline_gates_change_nothing() -> None:
    words = ["BEIJING", " ", "--", "—", "–", "-", "Xinhua", "(", ")", "Jan.", "5", "中新网", "合肥", "11", "月", "9", "日电", "，",
             "新华社", "北京", "3月1日电", "A", "B"]
    for t in _texts() + _noise(31, words, 3000) + _zh_noise(31):
        for s in [t] + re.split(r"[。\n]", t):
            m = rg._EN_DATELINE.match(s) or rg._ZH_DATELINE.match(s)
            assert rg.dateline_end(s) == (m.end() if m else 0), s[:60]


def test_collector_paused_while_reading_and_restored_after() -> None:
    """The cyclic collector is off while a document is read (its passes over a long document's live
    objects slowed 1 MB documents by 15-45 %) and is restored afterwards, on, or off when the caller had
    turned it off; an error inside the stages restores it too."""
    import gc

    from indupath.extract import extract

    seen: list[bool] = []

    def spy(ctx: ex.DocContext) -> None:
        seen.append(gc.isenabled())
        ex.segment_stage(ctx)

    spying = ex.RuleExtractor(segmenter=spy)
    assert gc.isenabled()
    rm = extract("安徽省将大力发展新能源汽车、人工智能等战略性新兴产业。", extractor=spying)
    assert seen == [False]
    assert gc.isenabled()
    assert [p.industry for p in rm.priorities] == ["新能源汽车", "人工智能"]
    gc.disable()
    try:
        extract("Anhui will develop new energy vehicles and robotics industries.", extractor=spying)
        assert not gc.isenabled()
    finally:
        gc.enable()

    def broken(ctx: ex.DocContext) -> None:
        raise RuntimeError("stage failed")

    with pytest.raises(RuntimeError):
        extract("安徽省发展新能源汽车。", extractor=ex.RuleExtractor(segmenter=broken))
    assert gc.isenabled()


def test_whole_area_pretest_skips_no_match() -> None:
    """The union pre-test of whole_area_levels is true exactly when one of its four patterns matches."""
    words = ["全省", "我区", "本市", "全县", "province-wide", "provincewide", "the whole province", "the entire region",
             "region-wide", "citywide", "city-wide", "the whole city", "countywide", "county-wide", "the entire county",
             "province", "whole", "the", "全", "省", "市"]
    texts = _texts()
    for t in texts + [s for d in texts for s in re.split(r"(?<=[。.；;\n])", d)] + _noise(41, words, 3000):
        assert ex._ANY_WHOLE_AREA.test(t) == any(rx.search(t) for rx, _ in ex._WHOLE_AREA), t[:60]


def test_so_far_and_label_after_pretests_skip_no_match() -> None:
    """Every match of targets._SO_FAR_ZH holds 以来, 季度, 月 or 上半年; every match of industries._EN_LABEL_AFTER
    within a window holds a match of industries._LABEL_AFTER_NOUN within that window."""
    zh_words = ["今年", "年初", "本年度", "以来", "前三季度", "1-9月", "十至十一月份", "上半年", "截至", "截止目前", "2024年", "3月底"]
    for t in _texts() + _noise(51, zh_words, 3000) + _zh_noise(51):
        if targets._SO_FAR_ZH.search(t):
            assert "月" in t or "以来" in t or "季度" in t or "上半年" in t, t[:60]
    en_words = ["two of its", "were listed as", "as the", "among its", "and other", ", the", "traditional", "three",
                "industries", "sectors", "pillar", "mainstays", "lines", "drivers", "future", "emerging", "A", "B"]
    for t in _texts() + _noise(52, en_words, 3000):
        for a, b in ((0, len(t)), (len(t) // 3, 2 * len(t) // 3), (1, max(1, len(t) - 5))):
            if industries._EN_LABEL_AFTER.search(t, a, b):
                assert industries._LABEL_AFTER_NOUN.test(t, a, b), (t[:60], a, b)


def test_clause_anaphor_pretest_skips_no_match() -> None:
    """Every match of extractor._CLAUSE_ANAPHOR within a window holds "the province", "the city" or "the region"
    within that window."""
    words = [", the province", "; and the city", ": but the region", " aims", " will", " names", "the", "city", " ",
             ",", "province", "region", "The city"]
    for t in _texts() + _noise(61, words, 3000):
        for a, b in ((0, len(t)), (len(t) // 3, 2 * len(t) // 3), (1, max(1, len(t) - 5))):
            if ex._CLAUSE_ANAPHOR.search(t, a, b):
                assert any(t.find(w, a, b) >= 0 for w in ("the province", "the city", "the region")), (t[:60], a, b)


def test_english_year_scan_equals_plain_finditer() -> None:
    words = ["by ", "by the end of ", "By The End Of ", "by end-", "in ", "IN ", "for ", "before ", "until ", "2025", "2030",
             "20", "2", "0", "-", " - ", "–", "period (2021-", "period (2026–", "x", " ", "ı", "ſ", "İ", "202", "12020", "of "]
    for t in _texts() + _noise(71, words, 5000):
        for a, b in ((0, len(t)), (len(t) // 3, len(t)), (1, max(1, len(t) - 3))):
            assert [(m.span(), m.groups()) for m in targets._year_en_matches(t, a, b)] == [
                (m.span(), m.groups()) for m in targets._YEAR_EN.finditer(t, a, b)
            ], (t[:60], a, b)


def test_literal_led_moves_lookbehinds_after_the_first_character() -> None:
    pattern = r"\b(?:saw|(?<!be )(?<!been )brought|home to|(?<!shall be )(?<!will be )home to)\b|x"
    led = fastre.literal_led(pattern)
    assert led is not None and "(?<!been b)" in led and "(?<!will be h)" in led
    alphabet = ["be ", "been ", "brought", "b", "rought", "saw", "home to", "shall ", "will ", "x", " ", "a", "_", "1", "中"]
    _assert_same_matches(re.compile(led), re.compile(pattern), alphabet, seed=pattern)


def test_literal_led_moves_string_lookbehinds_after_the_first_character() -> None:
    """(?<!发展)(?<!发展和)改革 → 改(?<!发展改)(?<!发展和改)革: a row of the measure kinds, now literal-led (so is their union);
    FUTURE_ZH's (?<![于出]预期)目标 likewise."""
    pattern = r"(?<!发展)(?<!发展和)改革(?!委)|(?<!ab)(?<!c)d|建立[^，]{0,3}?(?<!工作)制度|(?<!完成)(?<![于出]预期)目标|x"
    led = fastre.literal_led(pattern)
    assert led is not None and "改(?<!发展改)(?<!发展和改)革" in led and "d(?<!abd)(?<!cd)" in led
    assert "目(?<!完成目)(?<![于出]预期目)标" in led  # (a class inside the look-behind: FUTURE_ZH)
    alphabet = ["发展", "和", "改革", "改", "革", "委", "ab", "a", "b", "c", "d", "建立", "工作", "制度", "，", "x", " ", "中",
                "完成", "于", "出", "预期", "目标", "目", "标"]
    _assert_same_matches(re.compile(led), re.compile(pattern), alphabet, seed=pattern)
    # every row of the kinds starts with a known character
    assert all(fastre.first_chars(alt) is not None for row in measures._rows() for alt in fastre.split_alternatives(row.pattern))


def _assert_same_matches(fast: re.Pattern[str], ref: re.Pattern[str], alphabet: list[str], seed: str) -> None:
    """``fast`` and ``ref`` find the same matches (finditer, and search from a random position) in 5000 random
    strings made of ``alphabet``'s pieces."""
    rnd = random.Random(seed)
    for _ in range(5000):
        s = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 10)))
        assert [m.span() for m in fast.finditer(s)] == [m.span() for m in ref.finditer(s)], s
        k = rnd.randint(0, len(s))
        m1, m2 = fast.search(s, k), ref.search(s, k)
        assert (m1 and m1.span()) == (m2 and m2.span()), (s, k)


def test_literal_led_moves_anchors_and_positive_lookbehinds_after_the_first_character() -> None:
    pattern = (r"\b(?:set up|(?<=will )open (?=to )|^(?:open|publish)\s+x)\b|(?:(?<=will )|(?<=to ))(?:open|pub)\s+a"
               r"|^(?:按照|据)|(?<=but )add|x")
    led = fastre.literal_led(pattern)
    assert led is not None and "(?<=will o)" in led and "(?<=^按)" in led
    alphabet = ["will ", "to ", "but ", "open", "pub", "publish", "add", "set up", "按照", "据", "x", "a", " ", "\n",
                "_", "1", "中"]
    for flags in (0, re.MULTILINE):
        _assert_same_matches(re.compile(led, flags), re.compile(pattern, flags), alphabet, seed=pattern)


def test_ascii_scans_find_the_same_matches_in_ascii_texts() -> None:
    assert fastre.ascii_alternatives("基金|fund|[基]x|基?y|基*z") == "fund|[基]x|基?y|基*z"
    assert fastre.ascii_alternatives("基金|资金") == "(?!)"
    assert fastre.ascii_alternatives("a|b") == "a|b"
    assert fastre.boundary_led(fastre.literal_led(r"\bfoo|\bbar|\bbaz") or "") == r"\b(?:foo|b(?:ar|az))"
    assert fastre.boundary_led(fastre.literal_led(r"\bfoo|x") or "") == r"f(?<!\w.)oo|x"
    # (the union of the measure kinds' rows, grouped by first character, and its ASCII form: a long alternation)
    flat = re.compile(fastre.group_by_first("|".join(r.pattern for r in measures._rows())))
    flat_ascii = re.compile(fastre.ascii_alternatives(flat.pattern))
    for pattern, led in [(flat, flat_ascii)] + [(p.scan, p._scan_ascii) for _, p in _folded()]:
        assert led is not None
        texts = [t for t in _texts() if not t.isascii()][:30] + _noise(7, _words(pattern.pattern), 300)
        for t in (t.lower().encode("ascii", "ignore").decode() for t in texts):  # their ASCII characters
            assert [m.span() for m in led.finditer(t)] == [m.span() for m in pattern.finditer(t)], t[:60]


def test_measure_rows_and_their_strings_read_ascii_texts_alike_in_their_ascii_forms() -> None:
    # (measures._rows_ascii and measures._ascii_row_words, used for ASCII clauses and sentences)
    rows, ascii_rows = measures._rows(), measures._rows_ascii()
    full, ascii_words = measures._row_words()[0], measures._ascii_row_words()
    for row, ascii_row in zip(rows, ascii_rows, strict=True):
        texts = [t for t in _texts() if not t.isascii()][:10] + _noise(8, _words(row.pattern), 100)
        for t in (t.lower().encode("ascii", "ignore").decode() for t in texts):  # their ASCII characters
            assert [m.span() for m in ascii_row.finditer(t)] == [m.span() for m in row.finditer(t)], t[:60]
            assert list(ascii_words.iter(t)) == list(full.iter(t)), t[:60]


def test_without_captures_keeps_the_matches() -> None:
    assert fastre.without_captures(r"(a)\1|b") == r"(a)\1|b"  # a back-reference keeps its group
    assert fastre.without_captures(r"(?P<x>a)(?P=x)") == r"(?P<x>a)(?P=x)"
    assert fastre.without_captures(r"[(](?P<n>a)|\((b)(?:c)(?<!d)") == r"[(](?:a)|\((?:b)(?:c)(?<!d)"
    rnd = random.Random(7)
    for pattern in (r"\b(?P<next>next year)\b|(?P<zh>明年)|\bthis year\b", r"(?P<y>20\d\d)(?!\s*-)|(a|b)+c", r"[(](x)\)|x"):
        plain = re.compile(fastre.without_captures(pattern))
        ref = re.compile(pattern)
        alphabet = ["next year", "this year", "next", "明年", "2025", "20", "-", " ", "a", "b", "c", "x", "(", ")"]
        for _ in range(2000):
            s = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 8)))
            assert [m.span() for m in plain.finditer(s)] == [m.span() for m in ref.finditer(s)], (pattern, s)


def test_question_pretest_skips_no_match() -> None:
    """Every match of extractor._QUESTION_END holds ?, ？, 请 or 介绍."""
    words = ["请问", "请介绍", "请谈谈", "请具体介绍", "能否介绍", "可否介绍", "？", "?", "”", "'", " ", "。", "介", "绍", "请", "a"]
    for t in _texts() + _noise(81, words, 3000) + _zh_noise(81):
        for s in [t] + re.split(r"(?<=[。\n])", t):
            if ex._QUESTION_END.search(s):
                assert "?" in s or "？" in s or "请" in s or "介绍" in s, s[:60]


@pytest.mark.parametrize("pattern", [
    r"ab|c(?:d|e)f+",
    r"a?b|(?<=x)foo\bbar|[xy]z",
    r"(?:^|(?<=[,;]))\s*(?P<w>a|b)(?:cd|c(?=e)|d)",
    r"\d+x|y{2}z|(?:q|r)?s",
    r"(?:ab)+c|[^a]b|a.c",
])
def test_required_literals_are_in_every_match(pattern: str) -> None:
    words = fastre.required_literals(pattern)
    assert words
    rx = re.compile(pattern)
    rnd = random.Random(pattern)
    alphabet = ["a", "b", "c", "d", "e", "f", "x", "y", "z", "q", "r", "s", "1", ",", ";", " ", "foo", "bar", "\n", "中"]
    for _ in range(3000):
        s = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 14)))
        a = rnd.randint(0, len(s))
        b = rnd.randint(a, len(s))
        for m in list(rx.finditer(s)) + list(rx.finditer(s, a, b)):
            assert any(w in m.group() for w in words), (pattern, s, m)


def test_required_literals_decline_what_they_cannot_prove() -> None:
    assert fastre.required_literals(r"a*b*") is None  # may match the empty string
    assert fastre.required_literals(r"\w+") is None
    assert fastre.required_literals(r"(?i)abc") is None  # case folding: the literals are not the text's
    assert fastre.required_literals(r"abc|\d") is None  # one alternative holds no fixed string


def test_region_gates_skip_no_match() -> None:
    """_BACKS_BEFORE (on the lowered text) and _AGENT_OPEN: where their gates find nothing in a range, neither
    pattern matches inside it."""
    texts = _texts() + _noise(23, ["支持", "鼓励", "support", "helps", "backs", "encourages ", "supporting ", "推动",
                                   "省级财政", "市里将", "省政府将", "市财政", "，", "。"])
    rnd = random.Random(5)
    for t in texts:
        low = fastre.lowered(t)
        for rx, gate, s in ((ex._BACKS_BEFORE.scan, ex._BACKS_BEFORE_GATE, low), (ex._AGENT_OPEN, ex._AGENT_OPEN_GATE, t)):
            if s is None:
                continue
            for _ in range(20):
                a = rnd.randint(0, len(s))
                b = rnd.randint(a, min(len(s), a + 300))
                if gate.absent(s, a, b):
                    assert all(rx.search(s, k, b) is None for k in range(a, b + 1)), (t[a:b], a, b)


def test_context_stage_pre_tests_never_skip_a_match() -> None:
    """The cheap pre-tests of the region and segmentation stages hold wherever their patterns match."""
    whole = ["全省", "我区", "本市", "全县", "province-wide", "provincewide", "the whole province", "the entire city",
             "the city as a whole", "region-wide", "citywide", "county-wide", "the whole county", "the province as a whole"]
    generic = ["provinces", "provincial-level regions", "regions", "cities", "localities", "places", "provincial economies",
               "各地", "多地", "各省", "多个省份", "多个城市", "各城市", "from other", "to neighbouring "]
    abbreviations = ["ETDZ", "ETDA", "EDZ", "HTZ", "HIDZ", "HTIDZ", "Weihai ", "ETD", "IDZ"]
    clauses = ["，", ",", "；", ";", "：", ":", "——", "--", "—", " - ", "\u3000-\t", "1,200", "。", "."]
    texts = _texts()[:40] + _noise(21, whole) + _noise(22, generic) + _noise(23, abbreviations) + _noise(24, clauses)
    for t in texts:
        if ex._no_whole_area_word(t):
            assert ex._ANY_WHOLE_AREA.orig.search(t) is None, t
        head = t[:80]
        assert rg.is_generic_subject(t) == any(
            not rg._ORIGIN_BEFORE.search(head, max(0, m.start() - 24), m.start()) for m in rg._GENERIC_SUBJECT.finditer(head))
        assert rg._zone_abbreviation_in(t, 0, len(t)) == (rg._ZONE_ABBREVIATION_IN.search(t) is not None)
        if "-" not in t:
            assert [m.span() for m in rg_segment._CLAUSE_NO_HYPHEN.finditer(t)] == [m.span() for m in rg_segment._CLAUSE.finditer(t)]


def test_line_start_matching_equals_the_multiline_scan() -> None:
    words = ["NINGBO", "XI'AN", "INNER MONGOLIA", "* ", "- ", "• ", "– ", "--", ":", ",", " ", "\t", "\n", "\n\n", "\r\n",
             "Ningbo", "THE CITY"]
    texts = _texts()[:60] + _noise(25, words, 400)
    rnd = random.Random(26)
    for _ in range(300):  # lines of bullets and headings in capitals, as digests and roundups write them
        lines = [rnd.choice(["* ", "- ", "• ", " \t- ", "", "x "]) + rnd.choice(["NINGBO", "XI'AN", "INNER MONGOLIA", "Ab", "A"])
                 + rnd.choice([" -- ", ": ", ", ", "", " ", " —"]) + rnd.choice(["", "The port city said", "\r", " x"])
                 for _ in range(rnd.randint(1, 6))]
        texts.append(rnd.choice(["\n", "\n\n", "\r\n"]).join(lines))
    for pattern in (ex._EN_BULLET_HEAD, ex._EN_CAPS_HEADING):
        for t in texts:
            assert [m.span() for m in ex._at_line_starts(pattern, t)] == [m.span() for m in pattern.finditer(t)], t


def test_capital_led_unlisted_zone_pattern_matches_as_written() -> None:
    ref = re.compile(rg._EN_UNLISTED_ZONE_PATTERN)
    words = ["Songshan ", "Lake ", "Hi-tech ", "High-Tech ", "Industrial ", "Development ", "Zone", "Area", "New ",
             "District", "Economic and Technological ", "Langfang ", "ETDZ", "HTIDZ", "Free Trade ", "Xi-an ", "a", "\t"]
    texts = _texts()[:60] + _noise(27, words, 400)
    rnd = random.Random(28)
    for _ in range(400):  # runs of capitalised words before a zone's kind, after a word character or not
        names = " ".join(rnd.choice(["Songshan", "Lake", "Xi-an", "Fenghuang", "Aa", "A", "lake", "National"])
                         for _ in range(rnd.randint(0, 6)))
        kind = rnd.choice(["Hi-tech Industrial Development Zone", "Economic and Technological Development Area",
                           "New Area", "New District", "ETDZ", "HTZ", "Free Trade Zone", "Zone", "High-Tech Zone"])
        texts.append(rnd.choice(["", "x", "9", " ", "The ", "in "]) + names + rnd.choice([" ", "  ", "\n", ""]) + kind
                     + rnd.choice(["", "s", " of Wuhan", ".", "-"]))
    for t in texts:
        assert [(m.span(), m.span(1)) for m in rg._EN_UNLISTED_ZONE.finditer(t)] == \
            [(m.span(), m.span(1)) for m in ref.finditer(t)], t
        k = len(t) // 3
        assert [m.span(1) for m in rg._EN_UNLISTED_ZONE.finditer(t, k)] == [m.span(1) for m in ref.finditer(t, k)], t


def test_the_chinese_list_gate_holds_every_cue_verb_of_one_industry_clauses() -> None:
    # _may_list_zh skips a clause holding none of _ZH_LIST_CHANCE's words: each cue verb _zh_cue_objects reads must be
    # one of them (or hold one), or a clause such as 做大新能源汽车 would be skipped unread
    body = industries._ZH_CUE_OBJECTS.pattern
    verbs = body[body.index("(?:") + 3 : body.index(")", body.index("(?:"))].split("|")
    assert len(verbs) > 10
    for verb in verbs:
        assert industries._ZH_LIST_CHANCE.search(verb), verb
    assert industries.zh_lists("做大新能源汽车。", 0, 7) == industries._zh_lists("做大新能源汽车。", 0, 7)


@pytest.mark.parametrize("rx, words", [
    (targets._BASELINE_AFTER, targets._BASELINE_AFTER_WORDS),
    (targets._GOAL_REFERENCE_AFTER, targets._GOAL_REFERENCE_WORDS),
    (targets._SO_FAR_ANYWHERE_EN, targets._SO_FAR_ANYWHERE_WORDS),
    (targets._ANY_YEAR_WORD, targets._ANY_YEAR_COVER),
    (targets.RELATIVE_YEAR, targets._RELATIVE_YEAR_COVER),
    (numbers._CONV_BEFORE, numbers._CONV_WORDS),
])
def test_folded_literal_pretests_skip_no_match(rx: re.Pattern[str] | fastre.Folded, words: tuple[str, ...]) -> None:
    """Where a case-insensitive pattern matches inside a window, the lowered window holds one of the strings its pre-test
    looks for (fastre.may_hold is True there): the pre-tests of the targets and numbers stages skip no match."""
    noise_words = [*words, *_words(rx.pattern), "now", "currently", "提高到", "to", "TO", "the", "year", "Year", "2025",
                   "(about", "（约合", ", or about", "which is roughly", "$", "yuan,", "so far", "to date", "明年", "全年"]
    texts = _texts()
    matched = 0
    for t in texts[:40] + [s for d in texts for s in re.split(r"(?<=[。.；;\n])", d)] + _noise(81, noise_words, 3000):
        for a, b in ((0, len(t)), (len(t) // 3, 2 * len(t) // 3), (1, max(1, len(t) - 5))):
            if rx.search(t[a:b]) or rx.search(t, a, b):
                matched += 1
                assert fastre.may_hold(t, words, a, b), (t[:60], a, b)
    assert matched > 50  # (the texts exercise the pattern)


def test_first_letter_grouped_label_and_stop_patterns_match_as_written() -> None:
    """_EN_AS_LABEL, _EN_LABEL_AFTER and _EN_STOP, whose space-led alternatives are grouped by first letter, find the
    matches (spans and groups) of the plain form, with the look-behinds of the "a / an" opener as first written."""
    shifted = r"a(?<!\bone\sa)(?<!\bit\sa)(?<!\bthem\sa)n?\s+"
    assert shifted in industries._AS_LABEL_OPENERS
    as_written = industries._AS_LABEL_OPENERS.replace(shifted, r"(?<!\bone\s)(?<!\bit\s)(?<!\bthem\s)an?\s+")
    after_written = industries._LABEL_AFTER_OPENERS.replace(industries._AS_LABEL_OPENERS, as_written)
    tail = industries._LABEL_WORDS + industries._LABEL_AFTER_NOUNS
    plain = {
        "_EN_AS_LABEL": rf"(?:{industries._charset_led(as_written, grouped=False)}){tail}\b",
        "_EN_LABEL_AFTER": rf"{industries._spaces_then_charset_led(after_written, grouped=False)}(?P<label>{tail})\b",
    }
    plain["_EN_STOP"] = industries._charset_led(industries._EN_STOP_SOURCE, grouped=False)
    words = [" as ", " a ", " an ", " one ", " it ", " them ", " are ", " is ", " were ", " its ", " the ", " their ", " our ",
             " future ", " emerging ", " traditional ", " industry", " industries", " sectors", " pillars", " lines", " and ",
             " which ", " among ", " listed", " named ", " described ", " remain ", " will be ", " list of ", " around ",
             " RMB", " to ", " with ", " first", ", ", " - ", " — ", "; ", "(", " key ", " important ", "\t", " labelled "]
    texts = [s for d in _texts() for s in re.split(r"(?<=[.;\n])", d)] + _noise(91, words, 4000)
    for name, pattern in plain.items():
        fast: fastre.Folded = getattr(industries, name)
        ref = re.compile(pattern, re.IGNORECASE)
        assert fast.pattern != pattern  # (grouped)
        rnd = random.Random(name)
        found = 0
        for t in texts:
            want = [(m.span(), m.regs) for m in ref.finditer(t)]
            found += len(want)
            assert [(m.span(), m.regs) for m in fast.finditer(t)] == want, (name, t[:60])
            assert fast.spans(t) == [w[0] for w in want], (name, t[:60])
            k = rnd.randint(0, len(t))
            m1, m2 = fast.search(t, k), ref.search(t, k)
            assert (m1 and m1.regs) == (m2 and m2.regs), (name, t[:60], k)
        assert found > 50, (name, found)  # (the texts exercise the pattern)


def test_label_before_and_sentence_list_pretests_skip_no_match() -> None:
    """Every window in which industries._EN_LABEL_BEFORE finds a label passes _may_end_label (its end is one of
    _LABEL_BEFORE_ENDS); _EN_SENTENCE_LIST matches only a sentence that holds a comma."""
    words = [" industries", " industry", " Sectors", " fields", " areas", " tracks", " domains", " directions", " clusters",
             " chains", " engines", " pillars", " priorities", " of the future", " named", " listed", " covered",
             " included", " to be upgraded", " to be developed", " to be cultivated", " to be fostered", "\"", "”", "’",
             "'", ",", " ", "  ", "\n", "\t", " Future", " emerging", " key", "-tech", " such as", " the", "Steel"]
    found = 0
    for t in [s for d in _texts() for s in re.split(r"(?<=[.;\n])", d)] + _noise(93, words, 6000):
        for w in (t, t[-80:], t[: len(t) // 2]):
            if industries._EN_LABEL_BEFORE.search(w):
                found += 1
                assert industries._may_end_label(w), w[-60:]
        if industries._EN_SENTENCE_LIST.match(t):
            assert "," in t, t[:60]
    assert found > 500  # (the texts exercise the pattern)
