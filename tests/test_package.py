"""Package-level checks: version, CLI entry point, exception hierarchy."""

import subprocess
import sys

import indupath
from indupath import errors


def test_version_is_set() -> None:
    assert indupath.__version__.count(".") >= 2


def test_every_error_derives_from_the_base() -> None:
    names = [n for n in dir(errors) if n.endswith("Error") and n != "IndupathError"]
    assert names
    for name in names:
        assert issubclass(getattr(errors, name), errors.IndupathError), name


def test_input_error_names_file_row_and_column() -> None:
    e = errors.InputError("not a number", file="a.csv", row=3, column="value", value="x")
    assert str(e) == "file a.csv, row 3, column 'value', value 'x': not a number"


def test_cli_help_lists_commands() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "indupath.cli", "--help"], capture_output=True, text=True, check=True
    ).stdout
    assert "Usage" in out
