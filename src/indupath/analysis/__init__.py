"""indupath.analysis: pure measurement functions over region × industry (× year) panels.

Input: a long pandas or polars DataFrame (region, industry, year, value; names
configurable). Output: tidy DataFrames whose ``attrs`` carry method, parameters,
data source and library version. No I/O, no printing, no rounding.
"""

from indupath.analysis.clusters import cluster_definitions, cluster_mapping
from indupath.analysis.complexity import (
    ComplexityResult,
    coi_cog,
    coi_cog_arrays,
    complexity,
    eci_pci,
    eci_pci_arrays,
    fitness,
    fitness_arrays,
    reflections_arrays,
)
from indupath.analysis.concentration import (
    concentration,
    gini,
    hhi,
    inequality,
    lorenz_gini_rows,
    shannon_entropy,
    theil,
)
from indupath.analysis.panel import Panel, validate_panel, year_matrices
from indupath.analysis.relatedness import density, density_matrix, proximity, proximity_matrix
from indupath.analysis.shiftshare import shift_share
from indupath.analysis.specialization import (
    binary_m,
    binary_matrix,
    location_quotient,
    population_rca,
    rca,
    rca_matrix,
)

__all__ = [
    "cluster_definitions",
    "cluster_mapping",
    "concentration",
    "gini",
    "hhi",
    "inequality",
    "lorenz_gini_rows",
    "shannon_entropy",
    "shift_share",
    "theil",
    "ComplexityResult",
    "Panel",
    "binary_m",
    "binary_matrix",
    "coi_cog",
    "coi_cog_arrays",
    "complexity",
    "density",
    "density_matrix",
    "eci_pci",
    "eci_pci_arrays",
    "fitness",
    "fitness_arrays",
    "location_quotient",
    "population_rca",
    "proximity",
    "proximity_matrix",
    "rca",
    "rca_matrix",
    "reflections_arrays",
    "validate_panel",
    "year_matrices",
]
