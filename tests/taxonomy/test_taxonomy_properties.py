"""Properties of resolution that hold for any input."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from indupath.taxonomy import resolve_industry, resolve_region

_text = st.text(alphabet=st.sampled_from(list("安徽省市区县北京朝阳鼓楼新材料储能 -()AnhuiBeijngstorage")), max_size=12)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_text)
def test_region_candidates_are_ranked_and_consistent(text: str) -> None:
    cands = resolve_region(text, limit=8)
    assert len(cands) <= 8
    scores = [c.score for c in cands]
    assert all(0 < s <= 1 for s in scores)
    assert all(a.kind in ("exact", "alias", "fuzzy") for a in cands)
    # exact and alias matches never rank below fuzzy ones
    kinds = [c.kind for c in cands]
    if "fuzzy" in kinds:
        assert all(k == "fuzzy" for k in kinds[kinds.index("fuzzy"):])
    # an ambiguous flag is never set on a lone candidate
    if len(cands) == 1:
        assert not cands[0].ambiguous


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_text)
def test_industry_candidates_are_sorted_by_score(text: str) -> None:
    cands = resolve_industry(text, limit=6)
    assert [c.score for c in cands] == sorted((c.score for c in cands), reverse=True)


def test_width_and_case_folding() -> None:
    assert resolve_region("ＡＮＨＵＩ")[0].code == "340000"
    assert resolve_industry("ＢＩＯ－ＭＡＮＵＦＡＣＴＵＲＩＮＧ")[0].code == "F1.2"
