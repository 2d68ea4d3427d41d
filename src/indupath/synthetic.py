"""Seeded synthetic firm-year microdata for tests and benchmarks — clearly labelled synthetic.

The numbers are made up by this generator and must never be read as facts about
China. Every Parquet file written here carries the schema metadata
``synthetic=true``, ``generator=indupath.synthetic`` and the generator's parameters
(JSON), and :func:`indupath.store.panels.parquet_is_synthetic` recognises it.

Shape of the data (realistic skew, not real values):

* **regions** — counties (GB/T 2260 codes from :mod:`indupath.taxonomy`), province
  chosen with weights proportional to the number of A-share listed firms registered
  there (the ``cn-listed-firms`` dataset: a real, strongly concentrated distribution),
  then a county within the province with Zipf weights ``1/rank`` over a seeded order;
* **industries** — GB/T 4754-2017 divisions 01–97 with Zipf weights over a seeded
  order, manufacturing divisions (13–43) weighted three times;
* **firm size** — employment drawn from a Zipf law ``P(k) ∝ k^{-a}`` (default a = 2,
  Axtell 2001, *Science* 293:1818, finds US firm sizes Zipf-distributed), times 5
  persons, capped at 500,000; revenue = employment × a log-normal productivity
  (median 400,000 CNY per person); tax = 2–8 % of revenue; capital = revenue × a
  log-normal ratio; each year multiplies employment by a log-normal shock (σ = 0.1);
* **entry and exit** — entry year uniform over ``[first - 10, last]``; survival
  geometric with an annual exit hazard (default 8 %); a firm has one row per year it
  is active within ``[first, last]``.

Generation streams in chunks of firms, so 100 million rows never sit in memory at once.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Literal

import numpy as np
import pandas as pd

from indupath import __version__
from indupath.errors import ConfigError

_FALLBACK_WEIGHTS_NOTE = "province weights: A-share listed firms by registered province (cn-listed-firms)"


@dataclass(frozen=True)
class SynthParams:
    """Parameters of the synthetic firm generator (all recorded in the file metadata)."""

    seed: int
    rows: int
    first_year: int = 2000
    last_year: int = 2025
    zipf_a: float = 2.0
    exit_hazard: float = 0.08
    chunk_rows: int = 2_000_000
    partition: str | None = None


@dataclass(frozen=True)
class SynthResult:
    """What was written: path, rows, firms, files and the parameters."""

    path: Path
    rows: int
    firms: int
    files: int
    params: SynthParams


def _geography() -> tuple[np.ndarray, np.ndarray]:
    """County codes and their sampling probabilities (province weight × within-province Zipf)."""
    from indupath.datasets import load_dataset
    from indupath.taxonomy import regions_table

    table = regions_table("GB/T 2260")
    counties = table.loc[table["level"] == "county", "code"].astype(str).to_numpy()
    firms = load_dataset("cn-listed-firms")
    weights = firms["province_code"].dropna().astype(str).value_counts()
    prov = np.array([str(c)[:2] + "0000" for c in counties])
    prov_w = np.array([float(weights.get(p, 0.0)) for p in prov])
    # Within each province, Zipf 1/rank weights over the counties in code order shuffled by a fixed seed.
    order_rng = np.random.default_rng(20240601)
    within = np.zeros(len(counties))
    for p in np.unique(prov):
        idx = np.flatnonzero(prov == p)
        ranks = order_rng.permutation(len(idx)) + 1
        within[idx] = (1.0 / ranks) / (1.0 / ranks).sum()
    prob = prov_w / max(prov_w.sum(), 1.0) * within
    keep = prob > 0
    return counties[keep], prob[keep] / prob[keep].sum()


def _industries() -> tuple[np.ndarray, np.ndarray]:
    """GB/T 4754-2017 division codes 01–97 and Zipf sampling weights, manufacturing ×3."""
    codes = np.array([f"{d:02d}" for d in range(1, 98)])
    ranks = np.random.default_rng(20240602).permutation(len(codes)) + 1
    w = 1.0 / ranks
    manufacturing = np.array([13 <= d <= 43 for d in range(1, 98)])
    w = np.where(manufacturing, 3 * w, w)
    return codes, w / w.sum()


def firm_year_chunks(params: SynthParams) -> Iterator[pd.DataFrame]:
    """Yield DataFrames of synthetic firm-year rows (about ``chunk_rows`` each) until ``rows`` rows.

    Columns: firm_id (int64), region_code (county, str), industry_code (GB/T 4754
    division, str), year (int16), employment (int32, persons), revenue, tax, capital
    (float64, CNY).
    """
    if params.rows < 0 or params.first_year > params.last_year or params.chunk_rows <= 0:
        raise ConfigError(f"bad synthetic parameters {params}: need rows >= 0, first_year <= last_year, chunk_rows > 0")
    if not (0 < params.exit_hazard < 1) or params.zipf_a <= 1:
        raise ConfigError(f"bad synthetic parameters {params}: need 0 < exit_hazard < 1 and zipf_a > 1")
    rng = np.random.default_rng(params.seed)
    counties, county_p = _geography()
    divisions, division_p = _industries()
    y0, y1 = params.first_year, params.last_year
    written = 0
    next_id = 0
    while written < params.rows:
        # Draw firms until the chunk holds enough rows; firms with no year inside the window add none.
        n = max(1000, params.chunk_rows // 8)
        entry = rng.integers(y0 - 10, y1 + 1, size=n)
        life = rng.geometric(params.exit_hazard, size=n)  # years active, >= 1
        exit_year = entry + life  # first year no longer active
        start = np.maximum(entry, y0)
        stop = np.minimum(exit_year, y1 + 1)
        length = np.clip(stop - start, 0, None)
        ids = np.arange(next_id, next_id + n, dtype=np.int64)
        next_id += n
        region = rng.choice(len(counties), size=n, p=county_p)
        industry = rng.choice(len(divisions), size=n, p=division_p)
        size = np.minimum(rng.zipf(params.zipf_a, size=n) * 5, 500_000)
        productivity = rng.lognormal(np.log(400_000.0), 0.6, size=n)
        tax_rate = rng.uniform(0.02, 0.08, size=n)
        capital_ratio = rng.lognormal(0.0, 0.5, size=n)
        total = int(length.sum())
        take = min(total, params.rows - written)
        if take == 0:
            continue
        firm = np.repeat(np.arange(n), length)[:take]
        offset = np.arange(take) - np.repeat(np.cumsum(length) - length, length)[:take]
        year = start[firm] + offset
        employment = np.maximum(1, np.rint(size[firm] * rng.lognormal(0.0, 0.1, size=take))).astype(np.int32)
        revenue = np.round(employment * productivity[firm], 2)
        yield pd.DataFrame(
            {
                "firm_id": ids[firm],
                "region_code": pd.Categorical.from_codes(region[firm], categories=pd.Index(counties)),
                "industry_code": pd.Categorical.from_codes(industry[firm], categories=pd.Index(divisions)),
                "year": year.astype(np.int16),
                "employment": employment,
                "revenue": revenue,
                "tax": np.round(revenue * tax_rate[firm], 2),
                "capital": np.round(revenue * capital_ratio[firm], 2),
            }
        )
        written += take


def _metadata(params: SynthParams) -> dict[bytes, bytes]:
    return {
        b"synthetic": b"true",
        b"generator": b"indupath.synthetic",
        b"indupath_version": __version__.encode(),
        b"parameters": json.dumps(asdict(params), sort_keys=True).encode(),
        b"note": f"synthetic firm-year records, not real data; {_FALLBACK_WEIGHTS_NOTE}".encode(),
    }


def write_synthetic_firms(
    path: str | Path,
    *,
    rows: int,
    seed: int,
    first_year: int = 2000,
    last_year: int = 2025,
    zipf_a: float = 2.0,
    exit_hazard: float = 0.08,
    chunk_rows: int = 2_000_000,
    partition: Literal["year"] | None = None,
) -> SynthResult:
    """Write ``rows`` synthetic firm-year rows to Parquet at ``path``, streaming in chunks.

    With ``partition=None`` ``path`` is one Parquet file (one row group per chunk);
    with ``partition="year"`` it is a folder of hive partitions ``year=YYYY/part-NNNNN.parquet``.
    The same ``seed`` and parameters give the same rows. Every file carries
    ``synthetic=true`` metadata.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    params = SynthParams(seed, rows, first_year, last_year, zipf_a, exit_hazard, chunk_rows, partition)
    out = Path(path)
    meta = _metadata(params)
    n_firms = 0  # firms never span chunks, so distinct ids add up
    n_rows = 0
    n_files = 0
    if partition is None:
        out.parent.mkdir(parents=True, exist_ok=True)
        writer: Any = None
        try:
            for chunk in firm_year_chunks(params):
                table = pa.Table.from_pandas(chunk, preserve_index=False)
                table = table.replace_schema_metadata({**(table.schema.metadata or {}), **meta})
                if writer is None:
                    writer = pq.ParquetWriter(out, table.schema, compression="snappy")
                    n_files = 1
                writer.write_table(table)
                n_rows += len(chunk)
                n_firms += int(chunk["firm_id"].nunique())
        finally:
            if writer is not None:
                writer.close()
        if writer is None:  # zero rows: still write an empty, labelled file
            empty = pa.Table.from_pandas(_empty_frame(), preserve_index=False)
            pq.write_table(empty.replace_schema_metadata(meta), out)
            n_files = 1
    elif partition == "year":
        out.mkdir(parents=True, exist_ok=True)
        for i, chunk in enumerate(firm_year_chunks(params)):
            for year, part in chunk.groupby("year", observed=True):
                folder = out / f"year={year}"
                folder.mkdir(exist_ok=True)
                table = pa.Table.from_pandas(part.drop(columns="year"), preserve_index=False)
                pq.write_table(table.replace_schema_metadata({**(table.schema.metadata or {}), **meta}),
                               folder / f"part-{i:05d}.parquet")
                n_files += 1
            n_rows += len(chunk)
            n_firms += int(chunk["firm_id"].nunique())
    else:
        raise ConfigError(f"unknown partition {partition!r}; expected None or 'year'")
    return SynthResult(path=out, rows=n_rows, firms=n_firms, files=n_files, params=params)


def _empty_frame() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "firm_id": pd.Series(dtype="int64"),
            "region_code": pd.Series(dtype=object),
            "industry_code": pd.Series(dtype=object),
            "year": pd.Series(dtype="int16"),
            "employment": pd.Series(dtype="int32"),
            "revenue": pd.Series(dtype="float64"),
            "tax": pd.Series(dtype="float64"),
            "capital": pd.Series(dtype="float64"),
        }
    )
