"""indupath.api."""
