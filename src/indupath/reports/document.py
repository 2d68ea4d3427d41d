"""The report as data: a region's profile as titled sections of tables and charts.

Renderers (HTML, PDF, Excel) only lay out a :class:`ReportDocument`; what goes in
it is gathered by :mod:`indupath.reports.build` from the store and the advise
functions. Keeping the document renderer-neutral is what lets the three formats
say the same thing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal

import pandas as pd

Lang = Literal["zh", "en"]
ChartKind = Literal["bar", "barh", "scatter", "map", "line"]


@dataclass(frozen=True)
class Chart:
    """A chart to draw from ``data``: columns ``x`` and ``y`` (and ``label`` for scatter points)."""

    kind: ChartKind
    data: pd.DataFrame
    x: str
    y: str
    label: str | None = None
    title: str = ""
    x_label: str = ""
    y_label: str = ""
    highlight: str | None = None  # region code to highlight on a map
    geo: dict[str, Any] | None = None  # GeoJSON FeatureCollection for maps (feature id = region code)


@dataclass(frozen=True)
class Section:
    """One titled part of the report: an introduction, a table, a chart, and where the data came from."""

    key: str
    title: str
    intro: str = ""
    table: pd.DataFrame | None = None
    chart: Chart | None = None
    source: str = ""
    note: str = ""


@dataclass(frozen=True)
class SourceRef:
    """A data source cited on the title page and the sources sheet."""

    name: str
    description: str
    licence: str = ""


@dataclass(frozen=True)
class ReportDocument:
    """A region profile ready to render."""

    region_code: str
    region_name: str
    lang: Lang
    title: str
    subtitle: str
    sections: tuple[Section, ...]
    sources: tuple[SourceRef, ...]
    version: str
    generated_at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))
