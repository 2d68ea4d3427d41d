"""indupath.advise."""
