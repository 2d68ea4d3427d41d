"""indupath.reports."""
