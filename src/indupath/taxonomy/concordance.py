"""Concordances between classification schemes, and a crosswalk for long panels.

A concordance is a table of rows ``(from_scheme, from_code, to_scheme, to_code, weight)``;
the weights of one ``from_code`` sum to 1, so that mapping a value ``v`` of ``from_code``
gives ``v * weight`` to each ``to_code`` and preserves totals:

.. math::

    y_{r,j,t} = \\sum_i w_{ij} \\, x_{r,i,t}, \\qquad \\sum_j w_{ij} = 1 .

Files (``taxonomy/data/concordances/``, written by ``scripts/build_taxonomy.py``):

- IO42 <-> GB/T 4754 division, IO153 <-> GB/T division, IO153 <-> IO42: each GB/T division
  lies in exactly one IO sector (aggregation, weight 1); a sector made of several divisions is
  split *equally* when going back (a naive disaggregation: weight it with real shares when you
  have them, e.g. by passing your own concordance to :func:`crosswalk`);
- CSRC-2012 -> GB/T division: identity on the division number (C39 -> 39);
- BEA employment line <-> BEA 2012 summary sector (USEPA stateior crosswalk);
- VOCAB (policy-vocabulary concept) -> SEI-2018 / FUTURE-2024 / GB/T code (weight 1), -> GB/T
  divisions and -> IO42 sectors (judgemental weights, see :mod:`indupath.taxonomy.vocabulary`).
"""

from __future__ import annotations

import functools
import io
from importlib import resources
from typing import TYPE_CHECKING

from indupath import __version__
from indupath.errors import InputError, NotFoundError

if TYPE_CHECKING:  # pandas is imported where a table is read, so that importing the taxonomy does not load it
    import pandas as pd

CONC_COLUMNS = ["from_scheme", "from_code", "to_scheme", "to_code", "weight"]


@functools.lru_cache(maxsize=1)
def _table() -> pd.DataFrame:
    import pandas as pd

    folder = resources.files("indupath.taxonomy").joinpath("data", "concordances")
    frames = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".csv"):
            df = pd.read_csv(io.StringIO(entry.read_text(encoding="utf-8")), dtype=str)
            df["weight"] = df["weight"].astype(float)
            df["file"] = entry.name
            frames.append(df)
    return pd.concat(frames, ignore_index=True)


def concordances_table() -> pd.DataFrame:
    """Every concordance row, for loading into the store: from_scheme, from_code, to_scheme,
    to_code, weight."""
    return _table()[CONC_COLUMNS].copy()


def concordance_pairs() -> list[tuple[str, str]]:
    """The (from_scheme, to_scheme) pairs for which a concordance is shipped."""
    t = _table()
    return sorted({(f, s) for f, s in zip(t["from_scheme"], t["to_scheme"], strict=True)})


def concordance(from_scheme: str, to_scheme: str) -> pd.DataFrame:
    """The concordance from one scheme to another (columns from_scheme, from_code, to_scheme,
    to_code, weight). Scheme names are canonicalised (``"gbt"`` -> ``"GB/T 4754-2017"``).

    Raises NotFoundError when no concordance between the two schemes is shipped.
    """
    from indupath.taxonomy.industries import canonical_scheme

    def canon(s: str) -> str:
        return s if s == "VOCAB" else canonical_scheme(s)

    fs, ts = canon(from_scheme), canon(to_scheme)
    t = _table()
    out = t[(t["from_scheme"] == fs) & (t["to_scheme"] == ts)]
    if out.empty:
        raise NotFoundError(
            f"no concordance from {fs!r} to {ts!r}; shipped pairs: "
            + ", ".join(f"{a}->{b}" for a, b in concordance_pairs())
        )
    return out[CONC_COLUMNS].reset_index(drop=True).copy()


def crosswalk(
    panel: pd.DataFrame,
    from_scheme: str,
    to_scheme: str,
    *,
    value: str = "value",
    industry: str = "industry",
    table: pd.DataFrame | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Map a long panel from one industry classification to another.

    Each row's ``value`` is multiplied by the concordance weight of each target code and summed
    over the other columns (region, year, ...): :math:`y_{\\cdot j} = \\sum_i w_{ij} x_{\\cdot i}`.

    Parameters
    ----------
    panel:
        long DataFrame with an ``industry`` column of codes in ``from_scheme`` and a numeric
        ``value`` column; every other column is kept as a grouping key.
    from_scheme, to_scheme:
        scheme names (see :func:`concordance`).
    table:
        a concordance of your own (same columns) to use instead of the shipped one.

    Returns
    -------
    (mapped, unmapped):
        ``mapped`` has the same columns with codes of ``to_scheme`` (attrs carry method, schemes
        and library version); ``unmapped`` holds the input rows whose code has no concordance row.
    """
    if industry not in panel.columns or value not in panel.columns:
        raise InputError(
            f"panel needs columns {industry!r} and {value!r}; it has {list(panel.columns)}", column=industry
        )
    conc = concordance(from_scheme, to_scheme) if table is None else table[CONC_COLUMNS]
    sums = conc.groupby("from_code")["weight"].sum()
    bad = sums[(sums - 1.0).abs() > 1e-6]
    if not bad.empty:
        raise InputError(f"concordance weights must sum to 1 per from_code; {dict(bad.head(5))}", column="weight")
    codes = panel[industry].astype(str)
    known = codes.isin(set(conc["from_code"]))
    unmapped = panel[~known].reset_index(drop=True).copy()
    keys = [c for c in panel.columns if c not in (industry, value)]
    src = panel[known].copy()
    src[industry] = codes[known]
    merged = src.merge(conc[["from_code", "to_code", "weight"]], left_on=industry, right_on="from_code")
    merged[value] = merged[value].astype(float) * merged["weight"]
    merged = merged.drop(columns=[industry, "from_code", "weight"]).rename(columns={"to_code": industry})
    mapped = (
        merged.groupby(keys + [industry], dropna=False, sort=True)[value].sum(min_count=1).reset_index()
        if keys
        else merged.groupby([industry], sort=True)[value].sum(min_count=1).reset_index()
    )
    mapped = mapped[list(panel.columns)]
    mapped.attrs.update({
        "method": "weighted concordance crosswalk",
        "from_scheme": from_scheme,
        "to_scheme": to_scheme,
        "source": "indupath taxonomy concordances" if table is None else "user concordance",
        "version": __version__,
    })
    return mapped, unmapped
