"""Score extractions against gold records with the corpus rules (``../shared/eval/SPEC.md``).

Matching (one-to-one, greedy in gold order, required rows before optional ones):

* region — equal codes when both sides have one, else names equal or one containing
  the other after folding and dropping suffixes (Province, City, 省, 市, 自治区 ...);
* priority — same region and industry phrases equal after folding case, width,
  spaces and punctuation, or one containing the other and at least half its length;
* target — same region, same year when gold gives one, same unit after aliasing
  (yuan/元/RMB → CNY, percent → %, 个/家/项 → count), value within 1 %;
* measure — same region and word-set Jaccard ≥ 0.3 (a CJK character is a word), or
  one word set containing the other.

Predictions matched to optional gold rows count neither for nor against.
Precision, recall and F1 are micro-averaged over documents; tier accuracy (on
pairs whose gold ``tier_confidence`` is high or absent) and comparator accuracy
on matched pairs.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from indupath.errors import InputError

# in the reference scorer's order, which it strips in (one pass over the list, again while any stripped): "广西壮族自治区"
# loses 自治区 before 壮族自治区 is tried, so its key is 广西壮族, not 广西
_SUFFIXES: Final = (
    "province", "municipality", "autonomous region", "special administrative region",
    "city", "prefecture", "county", "district", "new area",
    "省", "市", "自治区", "壮族自治区", "回族自治区", "维吾尔自治区", "特别行政区", "地区", "县", "区",
)
_UNITS: Final = {
    "cny": "CNY", "rmb": "CNY", "yuan": "CNY", "元": "CNY", "人民币": "CNY",
    "usd": "USD", "dollar": "USD", "dollars": "USD", "美元": "USD",
    "%": "%", "percent": "%", "pct": "%", "百分比": "%",
    "count": "count", "个": "count", "家": "count", "项": "count", "number": "count",
}
CATEGORIES: Final = ("priorities", "targets", "measures")
Row = dict[str, Any]


def _fold(text: str | None) -> str:
    if not text:
        return ""
    norm = unicodedata.normalize("NFKC", text).lower()
    return "".join(ch for ch in norm if ch.isalnum())


def _region_key(name: str | None) -> str:
    s = unicodedata.normalize("NFKC", name or "").lower().strip()
    changed = True
    while changed:
        changed = False
        for suf in _SUFFIXES:
            if s.endswith(suf) and len(s) > len(suf):
                s = s[: -len(suf)].strip()
                changed = True
    return _fold(s)


def same_region(gold: Row, pred: Row) -> bool:
    """Region rule of SPEC.md."""
    gc, pc = gold.get("region_code"), pred.get("region_code")
    if gc and pc:
        return str(gc) == str(pc)
    p = _region_key(pred.get("region"))
    if not p:
        return False
    for name in (gold.get("region"), gold.get("region_en")):
        g = _region_key(name)
        if g and (g == p or g in p or p in g):
            return True
    return False


def same_phrase(a: str | None, b: str | None) -> bool:
    """Phrases equal after folding, or one inside the other and at least half its length."""
    fa, fb = _fold(a), _fold(b)
    if not fa or not fb:
        return False
    short, long_ = (fa, fb) if len(fa) <= len(fb) else (fb, fa)
    return short in long_ and len(short) * 2 >= len(long_)


def unit_key(unit: str | None) -> str:
    raw = (unit or "").strip()
    return _UNITS.get(raw.lower(), raw)


def same_target(gold: Row, pred: Row) -> bool:
    """Target rule of SPEC.md."""
    if not same_region(gold, pred):
        return False
    if gold.get("year") is not None and gold.get("year") != pred.get("year"):
        return False
    if unit_key(gold.get("unit")) != unit_key(pred.get("unit")):
        return False
    gv = gold.get("value")
    if gv is None:
        return pred.get("value") is None
    try:
        g, p = float(gv), float(pred["value"])
    except (KeyError, TypeError, ValueError):
        return False
    return abs(g - p) <= 0.01 * max(abs(g), 1e-12)


def words(text: str | None) -> set[str]:
    """Lower-case Latin words and digits, plus every CJK character."""
    text = text or ""
    if text.isascii():
        # (NFKC leaves every ASCII character as it is, and no CJK character is ASCII: the same set, without the
        # normalisation test and the scan for CJK characters; the extractor's dedupe reads every measure's words)
        return set(_LATIN_WORD.findall(text.lower()))
    norm = (text if unicodedata.is_normalized("NFKC", text) else unicodedata.normalize("NFKC", text)).lower()
    out = set(_LATIN_WORD.findall(norm))
    out.update(_NOT_CJK.sub("", norm))  # its CJK characters ("\u4e00" <= ch <= "\u9fff"), found in C
    return out


_LATIN_WORD: Final = re.compile(r"[a-z0-9]+")
_NOT_CJK: Final = re.compile(r"[^\u4e00-\u9fff]+")


def same_measure(gold: Row, pred: Row) -> bool:
    """Measure rule of SPEC.md."""
    if not same_region(gold, pred):
        return False
    g, p = words(gold.get("text")), words(pred.get("text"))
    if not g or not p:
        return False
    return len(g & p) >= 0.3 * len(g | p) or g.issubset(p) or p.issubset(g)


def same_priority(gold: Row, pred: Row) -> bool:
    """Priority rule of SPEC.md."""
    return same_region(gold, pred) and same_phrase(gold.get("industry"), pred.get("industry"))


RULES: dict[str, Callable[[Row, Row], bool]] = {
    "priorities": same_priority, "targets": same_target, "measures": same_measure,
}


def greedy_match(golds: list[Row], preds: list[Row], same: Callable[[Row, Row], bool]) -> tuple[list[tuple[Row, Row]], int]:
    """Pairs of (required gold, prediction) and the number of predictions absorbed by optional rows."""
    remaining = list(preds)
    ordered = [g for g in golds if not g.get("optional")] + [g for g in golds if g.get("optional")]
    pairs: list[tuple[Row, Row]] = []
    absorbed = 0
    for g in ordered:
        for k, p in enumerate(remaining):
            if same(g, p):
                remaining.pop(k)
                if g.get("optional"):
                    absorbed += 1
                else:
                    pairs.append((g, p))
                break
    return pairs, absorbed


@dataclass
class CategoryScore:
    """Counts and micro-averaged scores of one category."""

    gold: int = 0
    pred: int = 0
    matched: int = 0

    @property
    def precision(self) -> float:
        return self.matched / self.pred if self.pred else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class EvalResult:
    """Scores over a set of documents, with per-document rows."""

    categories: dict[str, CategoryScore] = field(default_factory=lambda: {c: CategoryScore() for c in CATEGORIES})
    tier_ok: int = 0
    tier_n: int = 0
    comparator_ok: int = 0
    comparator_n: int = 0
    documents: list[dict[str, Any]] = field(default_factory=list)

    @property
    def tier_accuracy(self) -> float | None:
        return self.tier_ok / self.tier_n if self.tier_n else None

    @property
    def comparator_accuracy(self) -> float | None:
        return self.comparator_ok / self.comparator_n if self.comparator_n else None

    def summary(self) -> dict[str, Any]:
        """Plain dict: precision / recall / F1 (4 decimals) and counts per category, accuracies."""
        out: dict[str, Any] = {}
        for c, s in self.categories.items():
            out[c] = {"precision": round(s.precision, 4), "recall": round(s.recall, 4), "f1": round(s.f1, 4),
                      "gold": s.gold, "pred": s.pred, "matched": s.matched}
        out["tier_accuracy"] = round(self.tier_accuracy, 4) if self.tier_accuracy is not None else None
        out["comparator_accuracy"] = (
            round(self.comparator_accuracy, 4) if self.comparator_accuracy is not None else None
        )
        return out


def score_documents(golds: dict[str, Row], preds: dict[str, Row]) -> EvalResult:
    """Score predictions (by document stem) against gold records (by document stem)."""
    res = EvalResult()
    for stem in sorted(golds):
        gold = golds[stem]
        pred = preds.get(stem, {})
        row: dict[str, Any] = {"document": stem, "missing": stem not in preds}
        for cat in CATEGORIES:
            g_rows = list(gold.get(cat) or [])
            p_rows = list(pred.get(cat) or [])
            pairs, absorbed = greedy_match(g_rows, p_rows, RULES[cat])
            required = sum(1 for g in g_rows if not g.get("optional"))
            sc = res.categories[cat]
            sc.gold += required
            sc.pred += len(p_rows) - absorbed
            sc.matched += len(pairs)
            row[cat] = {"matched": len(pairs), "gold": required, "pred": len(p_rows)}
            if cat == "priorities":
                sure = [(g, p) for g, p in pairs if g.get("tier_confidence", "high") == "high"]
                res.tier_n += len(sure)
                res.tier_ok += sum(1 for g, p in sure if g.get("tier") == p.get("tier"))
            elif cat == "targets":
                res.comparator_n += len(pairs)
                res.comparator_ok += sum(1 for g, p in pairs if g.get("comparator") == p.get("comparator"))
        res.documents.append(row)
    return res


def load_gold_dir(path: Path) -> dict[str, Row]:
    """Gold records ``NAME.json`` of a folder, by stem."""
    if not path.is_dir():
        raise InputError("expected a folder of gold NAME.json files", file=str(path))
    out: dict[str, Row] = {}
    for f in sorted(path.glob("*.json")):
        try:
            out[f.stem] = json.loads(f.read_text(encoding="utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise InputError(f"not a JSON gold record: {exc}", file=str(f)) from exc
    return out


def predictions_by_stem(objects: Iterable[Row]) -> dict[str, Row]:
    """Index extraction objects (``Roadmap.to_json_dict()``) by the stem of their document name."""
    return {Path(str(o.get("document", ""))).stem: o for o in objects}


def evaluate_corpus(gold_dir: Path, text_dir: Path) -> EvalResult:
    """Run the extractor on every text of ``text_dir`` and score it against ``gold_dir``."""
    from indupath.extract.readers import read_document

    from .extractor import extract

    golds = load_gold_dir(gold_dir)
    preds: list[Row] = []
    for f in sorted(text_dir.iterdir()):
        if not f.is_file() or f.name.startswith(".") or f.suffix.lower() == ".json":
            continue  # gold records may sit next to the texts
        text = read_document(f)
        preds.append(extract(text, name=f.name).to_json_dict())
    return score_documents(golds, predictions_by_stem(preds))
