"""The embedded datasets in the shapes the advise functions take.

``indupath.datasets`` ships real public statistics in their source layout; these
helpers turn them into long observation frames (``region_code, industry_code,
scheme, year, metric, value, unit, source``, values in base units: CNY, count,
person-years) and into region x industry panels (``region, industry, year, value``).
"""

from __future__ import annotations

import pandas as pd

#: high-tech manufacturing indicators -> (metric, unit, factor to base unit)
HIGHTECH_METRICS: dict[str, tuple[str, str, float]] = {
    "主营业务收入": ("hightech_revenue", "CNY", 1e8),
    "利润总额": ("hightech_profit", "CNY", 1e8),
    "企业数": ("hightech_enterprises", "count", 1.0),
    "经费内部支出": ("hightech_rd_expenditure", "CNY", 1e4),
    "人员折合全时当量": ("hightech_rd_fte", "person-years", 1.0),
    "研发机构数": ("hightech_rd_institutions", "count", 1.0),
    "开发经费支出": ("hightech_newproduct_dev_expenditure", "CNY", 1e4),
    "销售收入": ("hightech_newproduct_sales", "CNY", 1e4),
    "专利申请数": ("hightech_patent_applications", "count", 1.0),
    "有效专利数": ("hightech_valid_patents", "count", 1.0),
}
HIGHTECH_INDUSTRY = "HT"
HIGHTECH_SCHEME = "NBS-HT"


def hightech_observations(frame: pd.DataFrame) -> pd.DataFrame:
    """Province rows of ``cn-hightech-operation`` / ``cn-hightech-rd`` as long observations.

    Indicators not in :data:`HIGHTECH_METRICS` and the national total (no province code)
    are dropped. Values are converted to base units (亿元 and 万元 to CNY).
    """
    df = frame[frame["indicator"].isin(list(HIGHTECH_METRICS)) & frame["province_code"].notna()].copy()
    meta = df["indicator"].map(HIGHTECH_METRICS)
    out = pd.DataFrame(
        {
            "region_code": df["province_code"].astype(str),
            "industry_code": HIGHTECH_INDUSTRY,
            "scheme": HIGHTECH_SCHEME,
            "year": df["year"].astype(int),
            "metric": [m[0] for m in meta],
            "value": df["value"].to_numpy(dtype=float) * [m[2] for m in meta],
            "unit": [m[1] for m in meta],
            "source": frame.attrs.get("source", "China Statistics Yearbook on High Technology Industry"),
        }
    )
    return out.drop_duplicates(["region_code", "year", "metric"]).reset_index(drop=True)


def load_hightech() -> pd.DataFrame:
    """Observations of high-tech manufacturing by province (operation and R&D), embedded data."""
    from indupath.datasets import load_dataset

    return pd.concat(
        [
            hightech_observations(load_dataset("cn-hightech-operation")),
            hightech_observations(load_dataset("cn-hightech-rd")),
        ],
        ignore_index=True,
    )


def io2007_panel(frame: pd.DataFrame, metric: str = "gross_output") -> pd.DataFrame:
    """``cn-io2007-provincial`` as a panel ``region, industry, year, value`` (10,000 CNY)."""
    return pd.DataFrame(
        {
            "region": frame["province_code"].astype(str),
            "industry": frame["sector_code"].astype(str),
            "year": 2007,
            "value": frame[metric].to_numpy(dtype=float),
        }
    )


def listed_firms_panel(frame: pd.DataFrame) -> pd.DataFrame:
    """``cn-listed-firms`` as counts by province x CSRC division: ``region, industry, year, value``.

    The year is that of the firm list (2026); firms without a CSRC division are dropped.
    """
    df = frame.dropna(subset=["province_code", "csrc_code"])
    counts = df.groupby(["province_code", "csrc_code"]).size().rename("value").reset_index()
    return pd.DataFrame(
        {
            "region": counts["province_code"].astype(str),
            "industry": counts["csrc_code"].astype(str),
            "year": 2026,
            "value": counts["value"].astype(float),
        }
    )


def load_panel(dataset: str, metric: str = "gross_output") -> tuple[pd.DataFrame, str]:
    """A named embedded panel and its source: ``cn-io2007-provincial`` or ``cn-listed-firms``."""
    from indupath.datasets import load_dataset
    from indupath.errors import NotFoundError

    frame = load_dataset(dataset)
    source = str(frame.attrs.get("source", dataset))
    if dataset == "cn-io2007-provincial":
        return io2007_panel(frame, metric), source
    if dataset == "cn-listed-firms":
        return listed_firms_panel(frame), source
    raise NotFoundError(
        f"no region x industry panel for dataset {dataset!r}; use cn-io2007-provincial or cn-listed-firms"
    )
