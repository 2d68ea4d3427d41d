"""indupath.extract."""
