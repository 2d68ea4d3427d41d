"""Charts as PNG bytes (matplotlib, Agg backend), with a CJK font so Chinese labels render."""

from __future__ import annotations

import io
from functools import lru_cache
from typing import Any

from indupath.reports.document import Chart

_CJK_FAMILIES = ("Noto Sans CJK SC", "Noto Serif CJK SC", "WenQuanYi Zen Hei", "Source Han Sans SC")
_ACCENT = "#c0392b"
_BASE = "#2c6e9b"


@lru_cache(maxsize=1)
def _setup() -> str | None:
    """Select the Agg backend and the first installed CJK font; returns its family name or None."""
    import matplotlib

    matplotlib.use("Agg", force=True)
    from matplotlib import font_manager

    installed = {f.name for f in font_manager.fontManager.ttflist}
    family = next((f for f in _CJK_FAMILIES if f in installed), None)
    if family is not None:
        matplotlib.rcParams["font.sans-serif"] = [family, "DejaVu Sans"]
        matplotlib.rcParams["font.family"] = "sans-serif"
    matplotlib.rcParams["axes.unicode_minus"] = False
    return family


def cjk_font_family() -> str | None:
    """The CJK font family matplotlib will use, or None when none is installed."""
    return _setup()


def render_png(chart: Chart, *, width: float = 7.0, height: float = 3.6, dpi: int = 130) -> bytes:
    """Draw ``chart`` and return PNG bytes."""
    _setup()
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(width, height), dpi=dpi)
    try:
        if chart.kind == "map":
            _draw_map(ax, chart)
        elif chart.kind in ("bar", "barh"):
            _draw_bar(ax, chart)
        elif chart.kind == "scatter":
            _draw_scatter(ax, chart)
        else:
            ax.plot(chart.data[chart.x], chart.data[chart.y], color=_BASE, marker="o")
        if chart.title:
            ax.set_title(chart.title, fontsize=11)
        if chart.kind != "map":
            ax.set_xlabel(chart.x_label)
            ax.set_ylabel(chart.y_label)
            ax.grid(alpha=0.3)
        fig.tight_layout()
        buf = io.BytesIO()
        fig.savefig(buf, format="png")
        return buf.getvalue()
    finally:
        plt.close(fig)


def _draw_bar(ax: Any, chart: Chart) -> None:
    data = chart.data
    labels = [str(v) for v in data[chart.x]]
    values = data[chart.y].astype(float).to_numpy()
    if chart.kind == "barh":
        ax.barh(labels[::-1], values[::-1], color=_BASE)
        ax.axvline(1.0, color=_ACCENT, lw=1, ls="--") if chart.y.lower() in ("lq", "rca") else None
    else:
        ax.bar(labels, values, color=_BASE)
        ax.tick_params(axis="x", labelrotation=45)


def _draw_scatter(ax: Any, chart: Chart) -> None:
    data = chart.data
    ax.scatter(data[chart.x].astype(float), data[chart.y].astype(float), s=28, color=_BASE, alpha=0.8)
    if chart.label is not None:
        for _, row in data.head(12).iterrows():
            ax.annotate(str(row[chart.label]), (float(row[chart.x]), float(row[chart.y])), fontsize=7,
                        xytext=(3, 3), textcoords="offset points")
    ax.axvline(float(data[chart.x].median()), color="#999999", lw=0.8, ls=":")
    ax.axhline(float(data[chart.y].median()), color="#999999", lw=0.8, ls=":")


def _draw_map(ax: Any, chart: Chart) -> None:
    from matplotlib.patches import Polygon

    geo = chart.geo or {"features": []}
    values = {}
    if chart.data is not None and len(chart.data):
        values = dict(zip(chart.data[chart.x].astype(str), chart.data[chart.y].astype(float), strict=False))
    vmax = max(values.values()) if values else 1.0
    xs: list[float] = []
    ys: list[float] = []
    for feature in geo.get("features", []):
        props = feature.get("properties") or {}
        code = str(feature.get("id") or props.get("adcode") or props.get("id") or "")
        geom = feature.get("geometry") or {}
        polys = geom.get("coordinates", [])
        if geom.get("type") == "Polygon":
            polys = [polys]
        face: str | tuple[float, float, float, float]
        if code == chart.highlight:
            face = _ACCENT
        elif code in values and vmax > 0:
            face = (0.17, 0.43, 0.61, 0.15 + 0.75 * values[code] / vmax)
        else:
            face = "#e8e8e8"
        for poly in polys:
            if not poly:
                continue
            ring = poly[0]
            ax.add_patch(Polygon(ring, closed=True, facecolor=face, edgecolor="white", linewidth=0.4))
            xs.extend(p[0] for p in ring)
            ys.extend(p[1] for p in ring)
    if xs:
        ax.set_xlim(min(xs), max(xs))
        ax.set_ylim(min(ys), max(ys))
    ax.set_aspect("equal")
    ax.axis("off")
