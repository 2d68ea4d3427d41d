"""Reference taxonomies: regions and industries in Chinese and English, aliases, hierarchy,
concordances and name resolution.

>>> from indupath.taxonomy import resolve_region, resolve_industry
>>> resolve_region("Inner Mongolia")[0].code
'150000'
>>> resolve_industry("新型储能")[0].concept
'energy-storage'
"""

from __future__ import annotations

from indupath.taxonomy.concordance import concordance, concordance_pairs, concordances_table, crosswalk
from indupath.taxonomy.industries import SCHEMES, canonical_scheme, get_industry, industries_table
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
from indupath.taxonomy.resolve import Candidate, resolve_industry, resolve_region, resolve_region_code
from indupath.taxonomy.vocabulary import (
    Concept,
    VocabEntry,
    concepts,
    industry_gazetteer,
    lookup_phrase,
    policy_vocabulary,
    vocabulary_entries,
)

__all__ = [
    "SCHEMES",
    "Candidate",
    "Concept",
    "VocabEntry",
    "ancestors",
    "canonical_scheme",
    "children",
    "concepts",
    "concordance",
    "concordance_pairs",
    "concordances_table",
    "crosswalk",
    "get_industry",
    "get_region",
    "industries_table",
    "industry_gazetteer",
    "is_within",
    "lookup_phrase",
    "policy_vocabulary",
    "province_of",
    "region_gazetteer",
    "regions_table",
    "resolve_industry",
    "resolve_region",
    "resolve_region_code",
    "surface_forms",
    "vocabulary_entries",
]
