"""``python -m indupath.cli``."""

from indupath.cli import main

main()
