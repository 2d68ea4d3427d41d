"""indupath.store."""
