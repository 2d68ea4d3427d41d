"""Reference taxonomies: regions and industries in Chinese and English, aliases, hierarchy,
concordances and name resolution.

>>> from indupath.taxonomy import resolve_region
>>> resolve_region("Inner Mongolia")[0].code
'150000'
"""

from __future__ import annotations

from indupath.taxonomy.regions import (
    ancestors,
    children,
    get_region,
    is_within,
    province_of,
    region_gazetteer,
    regions_table,
    surface_forms,
)
from indupath.taxonomy.resolve import Candidate, resolve_region, resolve_region_code

__all__ = [
    "Candidate",
    "ancestors",
    "children",
    "get_region",
    "is_within",
    "province_of",
    "region_gazetteer",
    "regions_table",
    "resolve_region",
    "resolve_region_code",
    "surface_forms",
]
