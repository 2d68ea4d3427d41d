"""indupath.taxonomy."""
