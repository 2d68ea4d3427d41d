"""indupath.web."""
