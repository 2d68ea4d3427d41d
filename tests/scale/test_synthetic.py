"""The seeded synthetic firm generator: reproducible, labelled synthetic, streamed, with the skew it promises."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pyarrow.parquet as pq
import pytest

from indupath.errors import ConfigError
from indupath.store.panels import parquet_is_synthetic
from indupath.synthetic import SynthParams, firm_year_chunks, write_synthetic_firms


@pytest.fixture(scope="module")
def sample(tmp_path_factory) -> tuple[pd.DataFrame, object]:  # type: ignore[no-untyped-def]
    path = tmp_path_factory.mktemp("syn") / "f.parquet"
    res = write_synthetic_firms(path, rows=150_000, seed=3, chunk_rows=40_000)
    return pd.read_parquet(path), res


def test_same_seed_same_rows_other_seed_other_rows(tmp_path) -> None:
    a, b, c = (tmp_path / n for n in ("a.parquet", "b.parquet", "c.parquet"))
    write_synthetic_firms(a, rows=5_000, seed=1, chunk_rows=2_000)
    write_synthetic_firms(b, rows=5_000, seed=1, chunk_rows=2_000)
    write_synthetic_firms(c, rows=5_000, seed=2, chunk_rows=2_000)
    pd.testing.assert_frame_equal(pd.read_parquet(a), pd.read_parquet(b))
    assert not pd.read_parquet(a).equals(pd.read_parquet(c))


def test_every_file_is_labelled_synthetic_with_its_parameters(tmp_path) -> None:
    folder = tmp_path / "parts"
    res = write_synthetic_firms(folder, rows=6_000, seed=9, chunk_rows=2_500, partition="year")
    files = sorted(folder.rglob("*.parquet"))
    assert len(files) == res.files > 1
    for f in files:
        meta = pq.read_schema(f).metadata
        assert meta[b"synthetic"] == b"true"
        assert json.loads(meta[b"parameters"])["seed"] == 9
    assert parquet_is_synthetic(folder)
    back = pd.read_parquet(folder)
    assert len(back) == res.rows == 6_000


def test_exact_row_count_and_chunking(sample) -> None:  # type: ignore[no-untyped-def]
    df, res = sample
    assert len(df) == res.rows == 150_000
    assert pq.ParquetFile(res.path).num_row_groups >= 4  # streamed: one row group per chunk
    assert res.firms == df["firm_id"].nunique()
    assert not df.duplicated(["firm_id", "year"]).any()
    assert df["year"].between(2000, 2025).all()
    # each firm's years are consecutive (one spell)
    span = df.groupby("firm_id")["year"].agg(["min", "max", "size"])
    assert (span["max"] - span["min"] + 1 == span["size"]).all()


def test_firm_sizes_follow_zipf(sample) -> None:  # type: ignore[no-untyped-def]
    df, _ = sample
    # size k*5 persons with P(k) ~ k^-2 (a = 2), then a ~10% yearly shock: the firm-years of
    # k = 1 (3-7 persons) and k = 2 (8-13 persons) should be in the ratio 2^a = 4.
    k1 = df["employment"].between(3, 7).sum()
    k2 = df["employment"].between(8, 13).sum()
    assert 3.4 < k1 / k2 < 4.7
    # and 1/zeta(2) = 0.608 of firm-years are k = 1
    assert k1 / len(df) == pytest.approx(6 / np.pi**2, abs=0.03)


def test_regions_are_concentrated_like_listed_firms(sample) -> None:  # type: ignore[no-untyped-def]
    from indupath.datasets import load_dataset

    df, _ = sample
    firms = df.drop_duplicates("firm_id")
    share = firms["region_code"].astype(str).str[:2].value_counts(normalize=True)
    listed = load_dataset("cn-listed-firms")["province_code"].dropna().str[:2].value_counts(normalize=True)
    for prov in ("44", "33", "32", "11"):
        assert share[prov] == pytest.approx(listed[prov], abs=0.02)
    assert df["industry_code"].astype(str).str.fullmatch(r"\d{2}").all()


def test_bad_parameters_are_refused() -> None:
    with pytest.raises(ConfigError):
        next(firm_year_chunks(SynthParams(seed=1, rows=10, first_year=2020, last_year=2010)))
    with pytest.raises(ConfigError):
        next(firm_year_chunks(SynthParams(seed=1, rows=10, zipf_a=1.0)))
