"""A region profile: the advise results for one region in one JSON-ready bundle.

Reports and the dashboard's region page show the same things; computing them here
once keeps them consistent. Each section is an :class:`~indupath.advise.result.AdviseResult`
dict, or ``{"error": message}`` when that section cannot be computed for the region
(e.g. Tibet has no 2007 input-output table) -- only indupath's own errors are caught.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from indupath import __version__
from indupath.advise.priorities import priority_table, region_priorities
from indupath.advise.result import AdviseResult
from indupath.errors import IndupathError
from indupath.model import Roadmap


def _section(fn: Callable[[], AdviseResult], top: int | None = None) -> dict[str, Any]:
    try:
        res = fn()
    except IndupathError as exc:
        return {"error": str(exc)}
    out = res.to_dict()
    if top is not None:
        out["rows"] = out["rows"][:top]
    return out


def region_profile(
    region: str, roadmaps: Sequence[Roadmap] = (), *, seed: int = 0, top: int = 10
) -> dict[str, Any]:
    """Everything advise knows about ``region``: real economy, opportunities, audit, tax base,
    S&T alignment and target tracking (targets from ``roadmaps``).

    Args:
        region: code or name.
        roadmaps: stored roadmaps (all regions: others give the alignment peers).
        seed: seed of the target-tracking bootstrap.
        top: rows of the opportunity ranking to keep.
    """
    from indupath.advise import runs

    code = runs.region_code(region)
    pri = region_priorities(priority_table(roadmaps), code)
    phrases = [p for p, _ in pri]
    measures = [m for rm in roadmaps for m in rm.measures if m.region_code == code]
    tlist = [t for rm in roadmaps for t in rm.targets if t.region_code == code]
    profile: dict[str, Any] = {
        "region": code,
        "priorities": [{"priority": p, "tier": t} for p, t in pri],
        "version": __version__,
        "real_economy": _section(lambda: runs.run_realeconomy(code)),
        "opportunities": _section(lambda: runs.run_opportunities(code), top),
        "taxbase": _section(lambda: runs.run_taxbase(code, phrases, measures=measures)),
        "alignment": _section(lambda: runs.run_alignment(code, roadmaps)),
    }
    profile["audit"] = (
        _section(lambda: runs.run_audit(code, pri)) if pri else {"error": "no declared priorities"}
    )
    profile["targets"] = (
        _section(lambda: runs.run_targets(tlist, seed=seed)) if tlist else {"error": "no stored targets"}
    )
    return profile
