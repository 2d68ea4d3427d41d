"""The extractor never crashes: random unicode, empty input, junk, and a large text in reasonable time."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from indupath.extract import extract

PIECES = ["安徽省", "到2027年", "突破", "2000亿元", "、", "等未来产业", "，", "。", "Hunan Province", " aims ", "about 40",
          " billion yuan", "($13.9 billion)", "\n", "such as ", "new materials", " and ", "20%以上", "今年", "by 2027",
          "最高1000万元", "《行动方案》", "一是", "第6位", "“三个一批”", ":", "--", "%", "(", "2023年"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_random_unicode_never_crashes(text: str) -> None:
    rm = extract(text)
    for f in (*rm.priorities, *rm.targets, *rm.measures):
        assert 0 <= f.span.start <= f.span.end <= len(text)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES), max_size=60).map("".join), st.sampled_from([None, "2024-01-01", 2025]))
def test_policy_like_noise_never_crashes(text: str, date: object) -> None:
    rm = extract(text, date=date)  # type: ignore[arg-type]
    for t in rm.targets:
        assert t.value == t.value  # finite, validated by the model
        assert t.year is None or 1949 <= t.year <= 2100


def test_empty_and_whitespace_and_control_characters() -> None:
    for text in ("", " ", "\n\n\n", "\x00\x01\x02", "。。。", "http://x\n2024\n"):
        rm = extract(text)
        assert rm.priorities == () and rm.targets == ()


@pytest.mark.slow
def test_ten_megabytes_in_reasonable_time() -> None:
    para = ("安徽省提出,到2027年未来产业规模力争突破2000亿元,聚焦量子科技、空天信息、通用智能等未来产业。"
            "Zhejiang Province aims to build about 40 new industrial platforms by 2027, with output exceeding "
            "100 billion yuan. Last year its output grew 5 percent.\n")
    text = para * (10_000_000 // len(para.encode("utf-8")) + 1)
    extract("warm up 安徽省")
    t0 = time.process_time()  # CPU time: the machine may be shared
    rm = extract(text, date="2024-01-01")
    elapsed = time.process_time() - t0
    assert len(rm.targets) > 1000
    assert elapsed < 90, f"{elapsed:.1f} s CPU for {len(text.encode('utf-8')) / 1e6:.1f} MB"


def test_long_unpunctuated_line_stays_linear() -> None:
    """One 'sentence' with thousands of numbers and regions: time grows linearly, not quadratically."""
    extract("warm up 安徽省")
    times = []
    for n in (500, 2000):
        text = "安徽省力争2000亿元、" * n
        t0 = time.process_time()
        rm = extract(text, date="2024-01-01")
        times.append(time.process_time() - t0)
        assert len(rm.targets) == n
    assert times[1] < 4 * times[0] * 2.5 + 0.5  # 4x the text: well under the 16x of a quadratic pass


@pytest.mark.parametrize("text", [
    "Revenue of 3 trıllion yuan by 2027.", "A fund of 5 bıllıon yuan will be set up.", "Output will reach 2 TRİLLİON yuan by 2027.",
    "About 4 mıllıon units by 2026.", "ſix new platforms by 2027.",
])
def test_letters_that_fold_to_ascii_do_not_crash(text: str) -> None:
    # ı (dotless i), İ and ſ (long s) match i and s in the case-insensitive number patterns; the scale word they
    # spell must still be read ("trıllion" is a trillion), not raise a KeyError
    rm = extract(text, language="en", date="2025-06-20")
    assert all(t.value > 0 for t in rm.targets)


def test_a_dotless_i_in_a_scale_word_keeps_the_scale() -> None:
    (t,) = extract("Revenue of 3 trıllion yuan by 2027.", language="en", date="2025-06-20").targets
    assert (t.value, t.unit, t.year) == (3e12, "CNY", 2027)
