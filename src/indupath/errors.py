"""One exception hierarchy for indupath.

Every error says what was given and what was expected. Errors about input files
name the file, the row (1-based, counting the header as row 1) and the column.
"""

from __future__ import annotations


class IndupathError(Exception):
    """Base class of every error indupath raises on purpose."""


class ConfigError(IndupathError):
    """A setting, option or configuration file is wrong."""


class DependencyError(IndupathError):
    """An optional dependency or system program is missing; the message says what to install."""


class InputError(IndupathError):
    """Bad input data: a file, a row, a column and the offending value.

    ``row`` counts lines as a spreadsheet user sees them: the header is row 1,
    the first data row is row 2. ``None`` where it does not apply.
    """

    def __init__(
        self,
        message: str,
        *,
        file: str | None = None,
        row: int | None = None,
        column: str | None = None,
        value: object = None,
    ) -> None:
        self.file = file
        self.row = row
        self.column = column
        self.value = value
        where = []
        if file is not None:
            where.append(f"file {file}")
        if row is not None:
            where.append(f"row {row}")
        if column is not None:
            where.append(f"column {column!r}")
        if value is not None:
            where.append(f"value {value!r}")
        prefix = ", ".join(where)
        super().__init__(f"{prefix}: {message}" if prefix else message)


class DocumentReadError(InputError):
    """A document (text, HTML, PDF, .docx) could not be read."""


class StoreError(IndupathError):
    """The DuckDB store cannot be opened, migrated or written."""


class SchemaVersionError(StoreError):
    """The database was written by a newer schema than this version understands."""


class NotFoundError(IndupathError):
    """A region, industry, dataset, document or table that does not exist was asked for."""


class ResolutionError(IndupathError):
    """A name could not be resolved to a code."""


class AmbiguousNameError(ResolutionError):
    """A name matches several codes equally well; the candidates are attached."""

    def __init__(self, message: str, candidates: list[object]) -> None:
        self.candidates = candidates
        super().__init__(message)


class AnalysisError(IndupathError):
    """An analysis cannot be computed from the data given (empty panel, degenerate matrix...)."""


class EngineError(IndupathError):
    """A compute engine (DuckDB via Ibis, Spark) failed or is not available."""


class AuthError(IndupathError):
    """Authentication failed or the user lacks the permission for an action."""
