"""Regression floors on the blind test set (tests/data/extract/blind).

The blind set is 14 policy texts (7 Chinese, 7 English) written and labelled by hand
*before* their author read the extractor's rules, so that the scores here measure how the
extractor generalises to texts it was not tuned on (see docs/extraction-quality.md).

The F1 floors below are REGRESSION FLOORS, NOT GOALS: each sits a few points under what
the extractor scored when the set was written, so a change that makes the extractor
generalise worse fails here. When the extractor improves, raise the floors; never lower
them to make a change pass without saying why in the commit. Do not tune the extractor
on these texts -- write new blind texts instead, or the set stops being blind.
"""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path
from typing import Any

import pytest

from indupath.extract import extract
from indupath.extract.evaluate import (
    EvalResult,
    evaluate_corpus,
    load_gold_dir,
    predictions_by_stem,
    score_documents,
)
from indupath.extract.readers import read_document

BLIND = Path(__file__).resolve().parents[1] / "data" / "extract" / "blind"
GOLD = BLIND / "gold"
TEXTS = BLIND / "texts"
# Batch 2: four more texts written after the first error report had reached the extractor's
# authors, to check whether their fixes generalise. Scored separately (small sample).
BATCH2 = BLIND / "batch2"
ALL_GOLD = sorted([*GOLD.glob("*.json"), *(BATCH2 / "gold").glob("*.json")])
COMPARATORS = {">=", "<=", "=", "about"}
TIERS = {"emerging", "future", "traditional"}

# Scores when the set was written (2026-11-29, extractor 0.1.0 at commit a858821), run as
# `indupath eval tests/data/extract/blind/gold tests/data/extract/blind/texts`:
#   priorities F1 0.696, targets F1 0.442, measures F1 0.695, tier acc 0.952, comparator acc 0.974
# (dev corpus at the same commit: 0.920 / 1.000 / 0.751 -- see docs/extraction-quality.md)
# Regression floors (a little below those; not goals):
FLOORS_AS_IS = {"priorities": 0.65, "targets": 0.40, "measures": 0.62}
# With each text's date (line 2) passed explicitly, because the extractor does not yet read
# the date when line 1 is a description rather than a URL: targets F1 0.725 then.
FLOORS_DATED = {"priorities": 0.65, "targets": 0.68, "measures": 0.60}
FLOOR_TIER_ACCURACY = 0.90
FLOOR_COMPARATOR_ACCURACY = 0.90
# Batch 2 at commit e69fad5 (extractor b0e4f1d): priorities 0.708, targets 0.591, measures 0.480
# (date given: targets 0.744, measures 0.538). Regression floors, not goals:
FLOORS_BATCH2 = {"priorities": 0.62, "targets": 0.50, "measures": 0.40}


def _body(text: str) -> str:
    """Everything after the two header lines (source line, date line)."""
    return "\n".join(text.splitlines()[2:])


def _dated_result(root: Path = BLIND) -> EvalResult:
    """Extract every blind text with its header date given explicitly, and score it."""
    preds: list[dict[str, Any]] = []
    for path in sorted((root / "texts").glob("*.txt")):
        text = read_document(path)
        date = text.splitlines()[1].strip()
        preds.append(extract(text, name=path.name, date=date).to_json_dict())
    return score_documents(load_gold_dir(root / "gold"), predictions_by_stem(preds))


# ---------------------------------------------------------------- the set itself


def test_blind_set_is_complete_and_bilingual() -> None:
    for root, per_language in ((BLIND, 7), (BATCH2, 2)):
        texts = sorted(p.stem for p in (root / "texts").glob("*.txt"))
        golds = sorted(p.stem for p in (root / "gold").glob("*.json"))
        assert texts == golds
        languages = [
            json.loads((root / "gold" / f"{s}.json").read_text(encoding="utf-8"))["language"] for s in golds
        ]
        assert languages.count("zh") >= per_language and languages.count("en") >= per_language


@pytest.mark.parametrize("gold_file", ALL_GOLD, ids=lambda p: p.stem)
def test_gold_record_is_consistent_with_its_text(gold_file: Path) -> None:
    """Every labelled span is in the text body; fields follow the corpus conventions."""
    stem = gold_file.stem
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    text = (gold_file.parent.parent / "texts" / f"{stem}.txt").read_text(encoding="utf-8")
    lines = text.splitlines()
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", lines[1]) and lines[1] == gold["date"]
    body = _body(text)
    assert gold["document"] == f"{stem}.txt"
    for cat in ("priorities", "targets", "measures"):
        for row in gold[cat]:
            assert row["region"] in gold["regions"], (cat, row)
            code = row.get("region_code")
            assert code is None or re.fullmatch(r"\d{6}", code), row
            assert isinstance(row.get("optional"), bool), row
    for row in gold["priorities"]:
        assert row["industry"] in body, row["industry"]
        assert row["tier"] in TIERS and row["tier_confidence"] in {"high", "medium", "low"}, row
    for row in gold["targets"]:
        assert row["text"] in body, row["text"]
        assert row["comparator"] in COMPARATORS, row
        assert isinstance(row["value"], (int, float)) and row["unit"], row
        assert row["year"] is None or 2020 <= row["year"] <= 2035, row
    for row in gold["measures"]:
        assert row["text"] in body, row["text"]
    for d in gold["distractors"]:
        assert d["text"] in body, d["text"]


def test_gold_units_are_normalised() -> None:
    """Spot checks of the base-unit normalisation and deadlines, worked out by hand from the texts."""
    golds = load_gold_dir(GOLD)
    found: dict[tuple[str, str], list[tuple[float, str, int | None]]] = {}
    for stem, g in golds.items():
        for t in g["targets"]:
            found.setdefault((stem, t["text"]), []).append((t["value"], t["unit"], t["year"]))
    hubei, jinjiang = "zh_hubei_gwr_excerpt_20250115", "zh_jinjiang_county_gwr_20250110"
    assert found[(hubei, "城镇新增就业70万人以上")] == [(700_000, "count", 2025)]
    assert found[(hubei, "力争光电子信息产业规模突破1万亿元")] == [(1e12, "CNY", 2025)]
    # 明年 in a January 2025 report is 2026
    assert found[(jinjiang, "力争集成电路产业产值明年突破300亿元")] == [(3e10, "CNY", 2026)]
    wuhan = (
        "en_wuhan_conference_20231225",
        "The conference also set targets of adding 1,000 high-tech enterprises and attracting "
        "100 billion yuan of investment in major industrial projects next year.",
    )
    assert sorted(found[wuhan]) == [(1000, "count", 2024), (1e11, "CNY", 2024)]
    # a currency conversion is never a target
    assert not any(u == "USD" for rows in found.values() for _, u, _ in rows)


# ---------------------------------------------------------------- extractor floors


@pytest.mark.slow
def test_blind_scores_as_published_regression_floor() -> None:
    """Texts as they are (header date must be found by the extractor). Floors, not goals."""
    res = evaluate_corpus(GOLD, TEXTS).summary()
    for cat, floor in FLOORS_AS_IS.items():
        assert res[cat]["f1"] >= floor, (cat, res[cat])
    assert res["tier_accuracy"] is not None and res["tier_accuracy"] >= FLOOR_TIER_ACCURACY, res
    assert res["comparator_accuracy"] is not None and res["comparator_accuracy"] >= FLOOR_COMPARATOR_ACCURACY


@pytest.mark.slow
def test_blind_scores_with_date_given_regression_floor() -> None:
    """Texts with the date passed explicitly: isolates the rest of the rules from header detection."""
    res = _dated_result().summary()
    for cat, floor in FLOORS_DATED.items():
        assert res[cat]["f1"] >= floor, (cat, res[cat])
    assert res["tier_accuracy"] is not None and res["tier_accuracy"] >= FLOOR_TIER_ACCURACY, res


# Later batches, each written by someone who had not read the extractor and scored once while still blind
# ("first"); most were then used to write general rules ("now"), so their floors, a little under the
# current scores, guard against regressions and are not goals. Scores are priorities / targets / measures
# F1 with `python3 ../shared/eval/score.py tests/data/extract/blind/batchN/gold PRED` (details in each
# batch's README and in docs/extraction-quality.md):
#   batch3  first 0.759 / 0.785 / 0.771 at 0b6c15d   batch4  first 0.517 / 0.752 / 0.713 at 1de3d4f
#   batch5  first 0.598 / 0.634 / 0.508 at db1aa32   batch6  first 0.745 / 0.750 / 0.588 at 491783c
#   batch7  first 0.626 / 0.760 / 0.510 at 32ecbbc   batch8  first 0.685 / 0.829 / 0.718 at d6356f5
#   batch9  first 0.524 / 0.717 / 0.638 at 848a61b   batch10 first 0.590 / 0.707 / 0.631 at 20e3a12
#   batch11 first 0.730 / 0.741 / 0.708 at b59a94f   batch12 first 0.842 / 0.833 / 0.752 at 4043a32
#   batch13 first 0.814 / 0.762 / 0.575 at 50bfdda
# Batch 28 is the untouched held-out set: no rule has been written from its errors (batches 13 and 17-27
# were held out in turn and have been read since; each README says when).
LATER_FLOORS: dict[str, tuple[float, float, float]] = {
    "batch2": (FLOORS_BATCH2["priorities"], FLOORS_BATCH2["targets"], FLOORS_BATCH2["measures"]),
    "batch3": (0.82, 0.82, 0.72),
    "batch4": (0.75, 0.83, 0.68),
    "batch5": (0.95, 0.96, 0.81),
    "batch6": (0.78, 0.86, 0.70),
    "batch7": (0.78, 0.86, 0.68),  # 0.811 / 0.892 / 0.711 at the end of the thirteenth session
    "batch8": (0.84, 0.86, 0.72),  # 0.884 / 0.901 / 0.766 at the end of the twelfth session
    "batch9": (0.84, 0.94, 0.83),
    "batch10": (0.85, 0.88, 0.72),
    "batch11": (0.77, 0.82, 0.74),
    "batch12": (0.83, 0.90, 0.78),  # 0.864 / 0.946 / 0.829 at the end of the twelfth session
    "batch13": (0.89, 0.90, 0.80),  # first seen 0.814 / 0.762 / 0.575 (50bfdda)
    "batch14": (0.90, 0.90, 0.75),  # first seen 0.699 / 0.758 / 0.667 (07c286e)
    "batch15": (0.88, 0.80, 0.73),  # first seen 0.881 / 0.701 / 0.726 (6fe0527)
    "batch16": (0.80, 0.95, 0.79),  # first seen 0.685 / 0.803 / 0.719 (a59c62e); 0.887 / 0.991 / 0.824 at 63afd41
    "batch17": (0.86, 0.97, 0.82),  # first seen 0.763 / 0.941 / 0.800 (918a258); 0.888 / 0.991 / 0.845 at 6b6eae1
    "batch18": (0.84, 0.93, 0.75),  # first seen 0.760 / 0.887 / 0.704 (e562d6b); 0.881 / 0.957 / 0.780 at f67f49e
    "batch19": (0.87, 0.92, 0.86),  # first seen 0.735 / 0.765 / 0.731 (6b6eae1); 0.846 / 0.946 / 0.840 at f92dcc1; 0.880 / 0.946 / 0.890 at 63afd41
    "batch20": (0.72, 0.83, 0.65),  # first seen 0.736 / 0.845 / 0.661 (48b956f); 0.750 / 0.852 / 0.677 at f92dcc1; 0.775 / 0.860 / 0.687 at 49c4f4e
    "batch21": (0.80, 0.88, 0.68),  # first seen 0.718 / 0.832 / 0.682 (3b1e63f); 0.734 / 0.832 / 0.692 at 49c4f4e; opened for tuning in the ninth session: 0.829 / 0.911 / 0.697 at 310a02d
    "batch22": (0.87, 0.93, 0.75),  # first seen 0.857 / 0.925 / 0.754 (17be3e7), 0.857 / 0.925 / 0.757 at 310a02d; opened for tuning in the tenth session: 0.909 / 0.962 / 0.791 at f3aba7b
    "batch23": (0.79, 0.85, 0.77),  # first seen 0.739 / 0.871 / 0.727 (6bf7e22), 0.750 / 0.871 / 0.727 at 0a6743f; opened for tuning in the eleventh session: 0.818 / 0.871 / 0.796 at 63afd41
    "batch24": (0.88, 0.89, 0.78),  # first seen 0.793 / 0.661 / 0.680 (0a6743f), 0.793 / 0.667 / 0.675 at 63afd41 (errors not read); opened for tuning in the twelfth session: 0.915 / 0.932 / 0.821 at its end
    "batch25": (0.82, 0.89, 0.76),  # first seen 0.842 / 0.818 / 0.736 (7d0f054), 0.842 / 0.818 / 0.752 at c498f5d; opened for tuning in the twelfth session: 0.859 / 0.942 / 0.800 at its end
    "batch26": (0.86, 0.94, 0.71),  # first seen 0.765 / 0.492 / 0.607 (38befd3), 0.788 / 0.492 / 0.607 at c498f5d, 0.788 / 0.835 / 0.618 at the end of the twelfth session (errors not read); opened for tuning in the thirteenth session: 0.893 / 0.974 / 0.742 at its end
    "batch27": (0.89, 0.92, 0.72),  # first seen 0.804 / 0.798 / 0.677 (69a8f32), the same at b3139a7 (errors not read); opened for tuning in the thirteenth session: 0.923 / 0.957 / 0.754 at its end
    "batch28": (0.89, 0.88, 0.75),  # first seen 0.803 / 0.792 / 0.636 (69a8f32), the same at b3139a7, 0.803 / 0.792 / 0.630 at the end of the thirteenth session (held out); opened for tuning in the fourteenth session: 0.927 / 0.917 / 0.791 at its end
    "batch29": (0.88, 0.79, 0.65),  # first seen 0.910 / 0.806 / 0.587 (f722cd7); 0.910 / 0.806 / 0.605 at the end of the fourteenth session; held out: errors not read; 0.915 / 0.818 / 0.687 at the seventeenth session's end, still held out; 0.925 / 0.824 / 0.698 at the eighteenth's
    "batch30": (0.86, 0.83, 0.79),  # first seen 0.821 / 0.594 / 0.721 (f722cd7), 0.817 / 0.603 / 0.721 at b1a683b; opened for tuning in the fourteenth session: 0.891 / 0.870 / 0.833 at its end
    "batch31": (0.89, 0.87, 0.70),  # first seen 0.924 / 0.893 / 0.654 (f722cd7), 0.924 / 0.909 / 0.696 at 4e38448, 0.924 / 0.909 / 0.690 at the end of the fourteenth session; held out: errors not read; 0.931 / 0.909 / 0.733 at the seventeenth session's end, still held out; 0.931 / 0.926 / 0.744 at the eighteenth's
    "batch32": (0.84, 0.81, 0.65),  # first seen 0.811 / 0.753 / 0.594 (61664ec), output unchanged by the batch-33 and batch-34 rules (held out); opened at the end of the fifteenth session: 0.870 / 0.843 / 0.682
    "batch33": (0.73, 0.87, 0.68),  # first seen 0.644 / 0.696 / 0.503 (61664ec); opened at once in the fifteenth session: 0.763 / 0.901 / 0.713 at its end
    "batch34": (0.83, 0.90, 0.72),  # first seen 0.654 / 0.681 / 0.672 (61664ec), the same after the batch-33 rules; opened in the fifteenth session: 0.861 / 0.932 / 0.754 at its end
    "batch35": (0.83, 0.91, 0.73),  # first seen 0.716 / 0.848 / 0.639 (4e82a54); opened at once in the sixteenth session: 0.855 / 0.933 / 0.756 at its end
    "batch36": (0.84, 0.77, 0.64),  # first seen 0.803 / 0.650 / 0.592 (4e82a54); held out (errors not read): 0.806 / 0.650 / 0.592 at the sixteenth session's end; opened in the seventeenth: 0.869 / 0.793 / 0.667 at its end
    "batch39": (0.86, 0.78, 0.77),  # first seen 0.749 / 0.718 / 0.618 (3474263); opened in the seventeenth session: 0.888 / 0.802 / 0.797 at its end
    "batch40": (0.88, 0.79, 0.70),  # first seen 0.791 / 0.630 / 0.400 (3474263); opened in the seventeenth session: 0.906 / 0.811 / 0.729 at its end
    "batch41": (0.86, 0.70, 0.69),  # first seen 0.889 / 0.733 / 0.723 (3474263); held out all of the seventeenth and eighteenth sessions (errors not read): 0.889 / 0.733 / 0.729 at the eighteenth's end
    "batch42": (0.80, 0.81, 0.69),  # first seen 0.693 / 0.763 / 0.676 (3474263), 0.693 / 0.780 / 0.694 unseen after the batch-36/39/40 rules; opened late in the seventeenth session: 0.826 / 0.841 / 0.731 at its end
    "batch43": (0.90, 0.85, 0.60),  # first seen 0.821 / 0.742 / 0.558 (fae3172), unchanged by the batch-44/45 rules (unseen); opened late in the eighteenth session: 0.933 / 0.875 / 0.628 at its end
    "batch44": (0.81, 0.76, 0.55),  # first seen 0.547 / 0.619 / 0.469 (fae3172); opened at once in the eighteenth session: 0.840 / 0.788 / 0.579 at its end
    "batch45": (0.85, 0.72, 0.73),  # first seen 0.776 / 0.642 / 0.667 (fae3172), all English; opened in the eighteenth session: 0.873 / 0.746 / 0.759 at its end
    "batch46": (0.78, 0.79, 0.75),  # first seen 0.809 / 0.811 / 0.773 (fae3172), all Chinese; held out all of the eighteenth session (errors not read), output unchanged at its end
    "batch47": (0.84, 0.73, 0.61),  # first seen 0.823 / 0.735 / 0.639 (fae3172 and 4baec28: output identical); held out (errors not read): 0.870 / 0.752 / 0.639 at the eighteenth session's end
    "batch48": (0.90, 0.87, 0.67),  # first seen 0.812 / 0.865 / 0.667 (fae3172 and 4baec28: output identical); opened late in the eighteenth session: 0.925 / 0.899 / 0.696 at its end
    "batch49": (0.81, 0.75, 0.63),  # first seen 0.830 / 0.756 / 0.651 (6e3a666); held out all of the nineteenth session (errors not read): 0.830 / 0.776 / 0.651 at its end
    "batch50": (0.84, 0.89, 0.70),  # first seen 0.831 / 0.881 / 0.671 (6e3a666), 7 of 10 texts English; opened in the nineteenth session: 0.861 / 0.910 / 0.725 at its end
    "batch51": (0.83, 0.65, 0.73),  # first seen 0.791 / 0.672 / 0.762 (6e3a666); held out all of the nineteenth session (errors not read): 0.791 / 0.672 / 0.755 at its end; still held out in the twenty-first: 0.862 / 0.678 / 0.755 at its end
    "batch52": (0.79, 0.67, 0.66),  # first seen 0.608 / 0.634 / 0.583 (6e3a666); opened in the nineteenth session: 0.810 / 0.695 / 0.686 at its end
    "batch53": (0.86, 0.91, 0.80),  # first seen 0.878 / 0.924 / 0.817 (6e3a666); written late in the nineteenth session, held out: 0.878 / 0.932 / 0.829 at its end
    "batch54": (0.83, 0.80, 0.78),  # first seen 0.857 / 0.803 / 0.787 (6e3a666); written late in the nineteenth session, held out: 0.857 / 0.831 / 0.806 at its end
    # first seen 0.720 / 0.662 / 0.633 (cecb246); opened in the twentieth session: 0.822 / 0.803 / 0.786 at its end
    "batch55": (0.79, 0.76, 0.76),
    # first seen 0.865 / 0.745 / 0.746 (cecb246); held out all of the twentieth session (errors not read): 0.865 / 0.750 / 0.746 at its end
    "batch56": (0.84, 0.72, 0.72),
    # first seen 0.747 / 0.677 / 0.581 (cecb246); 7 of 10 texts English; opened in the twentieth session: 0.808 / 0.828 / 0.759 at its end
    "batch57": (0.78, 0.78, 0.71),
    # first seen 0.767 / 0.642 / 0.584 (cecb246); held out all of the twentieth session (errors not read): 0.767 / 0.642 / 0.584 at its end
    "batch58": (0.74, 0.61, 0.55),
    # first seen 0.784 / 0.906 / 0.645 (cecb246); written mid-session, held out (errors not read): 0.784 / 0.923 / 0.661 at its end
    # still held out in the twenty-first session: 0.876 / 0.923 / 0.769 at its end
    "batch59": (0.84, 0.89, 0.73),
    # first seen 0.775 / 0.865 / 0.702 (cecb246); written mid-session, held out (errors not read): 0.775 / 0.871 / 0.713 at its end
    "batch60": (0.75, 0.84, 0.68),
    # first seen 0.824 / 0.763 / 0.731 (cecb246); written late in the twentieth session, held out (errors not read): 0.873 / 0.853 / 0.796 at its end
    "batch61": (0.84, 0.82, 0.77),
    # first seen 0.846 / 0.700 / 0.752 (cecb246); written late in the twentieth session; opened: 0.846 / 0.857 / 0.776 at its end
    "batch62": (0.82, 0.83, 0.75),
    # first seen 0.815 / 0.885 / 0.760 (cecb246); written late in the twentieth session; opened: 0.830 / 0.920 / 0.790 at its end
    "batch63": (0.80, 0.89, 0.76),
    # first seen 0.899 / 0.806 / 0.763 (cecb246); written late in the twentieth session, held out (errors not read): 0.899 / 0.818 / 0.763 at its end;
    # still held out in the twenty-first: 0.899 / 0.833 / 0.763 at its end
    "batch64": (0.87, 0.80, 0.73),
    # first seen 0.750 / 0.946 / 0.776 (d42776e); written in the twenty-first session, held out (errors not read): the same at its end
    "batch65": (0.72, 0.91, 0.74),
    # first seen 0.723 / 0.742 / 0.780 (d42776e); 6 of 10 texts English; written in the twenty-first session, held out (errors not read): the same at its end
    "batch66": (0.69, 0.71, 0.75),
    # first seen 0.809 / 0.724 / 0.612 (d42776e); written in the twenty-first session; opened: 0.882 / 0.784 / 0.715 at its end
    "batch67": (0.85, 0.75, 0.68),
    # first seen 0.662 / 0.638 / 0.638 (d42776e); written in the twenty-first session, held out (errors not read): 0.662 / 0.638 / 0.643 at its end
    "batch68": (0.63, 0.61, 0.61),
    # first seen 0.832 / 0.876 / 0.677 (d42776e); written in the twenty-first session; opened: 0.912 / 0.960 / 0.816 at its end
    "batch69": (0.88, 0.93, 0.78),
    # first seen 0.756 / 0.864 / 0.830 (d42776e); 6 of 10 texts English; written in the twenty-first session, held out (errors not read): the same at its end
    "batch70": (0.72, 0.83, 0.80),
    # first seen 0.691 / 0.852 / 0.667 (d42776e); written late in the twenty-first session; opened: 0.844 / 0.899 / 0.758 at its end
    "batch71": (0.81, 0.86, 0.72),
    # first seen 0.849 / 0.773 / 0.817 (d42776e); written late in the twenty-first session; opened: 0.939 / 0.900 / 0.833 at its end
    "batch72": (0.90, 0.87, 0.80),
    # first seen 0.771 / 0.797 / 0.786 (4069824); written in the twenty-second session, held out (errors not read): 0.771 / 0.797 / 0.793 at its end
    "batch73": (0.74, 0.77, 0.75),
    # first seen 0.800 / 0.754 / 0.655 (4069824); written in the twenty-second session, held out (errors not read): 0.815 / 0.843 / 0.672 at its end
    "batch74": (0.78, 0.81, 0.64),
    # first seen 0.763 / 0.839 / 0.721 (4069824); written in the twenty-second session; opened: 0.822 / 0.919 / 0.727 at its end
    "batch75": (0.79, 0.89, 0.69),
    # first seen 0.798 / 0.826 / 0.875 (4069824); written in the twenty-second session; opened: 0.859 / 0.911 / 0.875 at its end
    "batch76": (0.82, 0.88, 0.84),
    # written late in the twenty-second session, held out (errors not read): 0.731 / 0.786 / 0.796 at the session's start (4069824),
    # 0.736 / 0.786 / 0.813 at its end
    "batch77": (0.70, 0.75, 0.78),
    # written late in the twenty-second session, held out (errors not read): 0.785 / 0.897 / 0.706 at the session's start (4069824),
    # 0.790 / 0.897 / 0.723 at its end
    "batch78": (0.76, 0.86, 0.69),
    # written in the twenty-third session, held out (errors not read): 0.853 / 0.911 / 0.826 at its start (1b17768)
    # and end (a session of speed work that changed no output)
    "batch79": (0.82, 0.88, 0.79),
    # written in the twenty-third session, held out (errors not read): 0.761 / 0.899 / 0.800 at its start and end
    "batch80": (0.73, 0.86, 0.77),
    "batch37": (0.80, 0.81, 0.65),  # first seen 0.708 / 0.778 / 0.569 (4e82a54), the same after the rules from batches 35 and 38; opened late in the sixteenth session: 0.756 / 0.792 / 0.580 at its end; 0.830 / 0.838 / 0.686 at the seventeenth's end
    "batch38": (0.80, 0.82, 0.73),  # first seen 0.656 / 0.727 / 0.706 (4e82a54), 0.641 / 0.727 / 0.706 after the batch-35 rules (unseen); opened in the sixteenth session: 0.829 / 0.846 / 0.752 at its end
}


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(LATER_FLOORS, key=lambda n: int(n[5:])))
def test_later_blind_batches_regression_floors(name: str) -> None:
    """Batches 2-80 as they are, against the floors of LATER_FLOORS (regression floors, not goals)."""
    batch = BLIND / name
    res = evaluate_corpus(batch / "gold", batch / "texts").summary()
    for cat, floor in zip(("priorities", "targets", "measures"), LATER_FLOORS[name], strict=True):
        assert res[cat]["f1"] >= floor, (name, cat, res[cat])


# ---------------------------------------------------------------- evaluator vs official scorer

SCORER = (
    Path(__file__).resolve().parents[2].parent / "shared" / "eval" / "score.py"
)  # ../shared beside the clone


@pytest.mark.slow
@pytest.mark.skipif(
    not SCORER.is_file(), reason="official scorer not present (needs ../shared beside the clone)"
)
def test_project_evaluator_agrees_with_official_scorer(tmp_path: Path) -> None:
    """The project's evaluator and the corpus scorer give the same counts on the same predictions."""
    spec = importlib.util.spec_from_file_location("official_score", SCORER)
    assert spec is not None and spec.loader is not None
    official = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(official)
    preds = []
    for path in sorted(TEXTS.glob("*.txt")):
        preds.append(extract(read_document(path), name=path.name).to_json_dict())
    pred_file = tmp_path / "pred.jsonl"
    pred_file.write_text("\n".join(json.dumps(p, ensure_ascii=False) for p in preds), encoding="utf-8")
    theirs = official.score(GOLD, pred_file)["summary"]
    ours = score_documents(load_gold_dir(GOLD), predictions_by_stem(preds)).summary()
    for cat in ("priorities", "targets", "measures"):
        assert {k: ours[cat][k] for k in ("gold", "pred", "matched")} == {
            k: theirs[cat][k] for k in ("gold", "pred", "matched")
        }, cat
