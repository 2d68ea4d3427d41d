"""indupath.analysis."""
