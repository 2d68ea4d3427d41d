"""Helper to write blind6 gold records (hand labels written as Python data)."""
from __future__ import annotations
import json
from pathlib import Path

ROOT = Path("/tmp/blind6")
UNIT_MULT = {"元": 1, "万元": 1e4, "亿元": 1e8, "万亿元": 1e12, "yuan": 1,
             "million yuan": 1e6, "billion yuan": 1e9, "trillion yuan": 1e12,
             "%": None, "percent": None, "个": None, "家": None, "条": None, "名": None, "count": None}


class Doc:
    def __init__(self, name: str, lang: str, regions: dict[str, tuple[str, str | None]],
                 mentioned: list[str] | None = None, genre: str = "") -> None:
        self.name, self.lang, self.regions = name, lang, regions
        self.mentioned = mentioned or []
        self.genre = genre
        lines = (ROOT / "texts" / f"{name}.txt").read_text(encoding="utf-8").split("\n", 2)
        self.date, self.body = lines[1], lines[2]
        self.p: list[dict] = []
        self.t: list[dict] = []
        self.m: list[dict] = []
        self.d: list[dict] = []
        self.notes = ""

    def _reg(self, r: str) -> dict:
        en, code = self.regions[r]
        return {"region": r, "region_code": code, "region_en": en}

    def _check(self, s: str) -> None:
        if s not in self.body:
            raise SystemExit(f"{self.name}: not in text: {s!r}")

    def P(self, r: str, inds: str, tier: str, conf: str, opt: bool = False) -> None:
        for ind in inds.split("|"):
            self._check(ind)
            self.p.append({**self._reg(r), "industry": ind, "tier": tier,
                           "tier_confidence": conf, "optional": opt})

    def T(self, r: str, metric: str, vaw: float, uaw: str, comp: str, year: int | None,
          text: str, opt: bool = False, note: str = "", w: tuple | None = None) -> None:
        self._check(text)
        mult = UNIT_MULT.get(uaw)
        if uaw not in UNIT_MULT:
            unit, value = uaw, vaw
        elif mult is None:
            unit = "%" if uaw in ("%", "percent") else "count"
            value = vaw
        else:
            unit, value = "CNY", vaw * mult
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        row = {**self._reg(r), "metric": metric, "value": value, "unit": unit,
               "value_as_written": vaw, "unit_as_written": uaw, "comparator": comp,
               "year": year, "text": text, "optional": opt}
        if w:
            self._check(w[0])
            row["value_as_written"], row["unit_as_written"] = w
        if note:
            row["note"] = note
        self.t.append(row)

    def M(self, r: str, kind: str, text: str, amount: float | None = None,
          amount_as_written: str | None = None, opt: bool = False, detail: str = "") -> None:
        self._check(text)
        row = {**self._reg(r), "kind": kind, "text": text,
               "amount": int(amount) if amount is not None and float(amount).is_integer() else amount,
               "optional": opt}
        if amount_as_written:
            self._check(amount_as_written)
            row["amount_as_written"] = amount_as_written
        if detail:
            row["kind_detail"] = detail
        self.m.append(row)

    def D(self, text: str, why: str) -> None:
        self._check(text)
        self.d.append({"text": text, "why": why})

    def write(self) -> None:
        used = [r for r in self.regions if any(x["region"] == r for x in self.p + self.t + self.m)]
        rec = {"document": f"{self.name}.txt", "language": self.lang, "date": self.date,
               "split": "blind6", "genre": self.genre, "synthetic": True,
               "regions": used,
               "region_names": {r: {"en": self.regions[r][0], "adcode": self.regions[r][1]} for r in used},
               "regions_mentioned_only": self.mentioned,
               "priorities": self.p, "targets": self.t, "measures": self.m,
               "distractors": self.d, "notes": self.notes}
        (ROOT / "gold" / f"{self.name}.json").write_text(
            json.dumps(rec, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
