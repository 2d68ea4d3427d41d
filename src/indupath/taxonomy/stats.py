"""Counts of the reference tables (regions by level, industries by scheme, aliases, phrases)."""

from __future__ import annotations

from collections import Counter


def taxonomy_stats() -> list[tuple[str, str, int]]:
    """Rows ``(table, group, count)`` describing what the taxonomy ships."""
    from indupath.taxonomy.concordance import concordances_table
    from indupath.taxonomy.industries import industries_table
    from indupath.taxonomy.regions import regions_table, surface_forms
    from indupath.taxonomy.vocabulary import policy_vocabulary

    rows: list[tuple[str, str, int]] = []
    regions = regions_table()
    for (scheme, level), n in sorted(Counter(zip(regions["scheme"], regions["level"], strict=True)).items()):
        rows.append(("regions", f"{scheme} / {level}", n))
    forms = surface_forms()
    rows.append(("region names", "surface forms (names, aliases, abbreviations)", len(forms)))
    rows.append(("region names", "distinct forms", int(forms["form"].nunique())))
    inds = industries_table()
    for (scheme, level), n in sorted(Counter(zip(inds["scheme"], inds["level"], strict=True)).items()):
        rows.append(("industries", f"{scheme} / {level}", n))
    vocab = policy_vocabulary()
    rows.append(("policy vocabulary", "concepts", int(vocab["concept"].nunique())))
    for lang, n in sorted(Counter(vocab["lang"]).items()):
        rows.append(("policy vocabulary", f"phrases ({lang})", n))
    conc = concordances_table()
    for (f, s), n in sorted(Counter(zip(conc["from_scheme"], conc["to_scheme"], strict=True)).items()):
        rows.append(("concordances", f"{f} -> {s}", n))
    return rows
