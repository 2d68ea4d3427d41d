"""The embedded default data: real public statistics with their source, licence and units.

indupath ships compact copies (Parquet, zstd) of real public data under
``indupath/data/``, converted from ``../shared/data`` by ``scripts/build_data.py``.
``provenance.json`` next to them records, for each dataset, its title in Chinese
and English, description, units, source, licence, original file, conversion
steps, rows and columns.

>>> from indupath.datasets import list_datasets, load_dataset
>>> df = load_dataset("cn-hightech-operation")
>>> df.attrs["source"]                                     # doctest: +ELLIPSIS
'China Statistics Yearbook on High Technology Industry ...'

Every frame returned carries its provenance in ``df.attrs``: ``name``, ``title``,
``source``, ``licence``, ``units``, ``description`` and ``indupath_version``.
"""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

import pandas as pd

from indupath import __version__
from indupath.errors import NotFoundError

_PACKAGE = "indupath"
_FOLDER = "data"
_PROVENANCE = "provenance.json"


def _data_dir() -> Any:
    """The ``indupath/data`` folder as an importlib.resources Traversable."""
    return resources.files(_PACKAGE).joinpath(_FOLDER)


@dataclass(frozen=True)
class DatasetInfo:
    """Provenance of one embedded dataset (one entry of ``provenance.json``)."""

    name: str
    file: str
    format: str
    title_zh: str
    title_en: str
    description: str
    units: dict[str, str]
    source: str
    licence: str
    original_files: tuple[str, ...]
    conversion: tuple[str, ...]
    rows: int
    columns: tuple[str, ...]
    extra: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (title as ``{"zh", "en"}``), for the CLI and the API."""
        return {
            "name": self.name,
            "file": self.file,
            "format": self.format,
            "title": {"zh": self.title_zh, "en": self.title_en},
            "description": self.description,
            "units": dict(self.units),
            "source": self.source,
            "licence": self.licence,
            "original_files": list(self.original_files),
            "conversion": list(self.conversion),
            "rows": self.rows,
            "columns": list(self.columns),
            **self.extra,
        }


_KNOWN_KEYS = {
    "name", "file", "format", "title", "description", "units", "source", "licence",
    "original_files", "conversion", "rows", "columns",
}  # fmt: skip


@lru_cache(maxsize=1)
def _catalogue() -> dict[str, DatasetInfo]:
    raw = json.loads(_data_dir().joinpath(_PROVENANCE).read_text(encoding="utf-8"))
    out: dict[str, DatasetInfo] = {}
    for entry in raw["datasets"]:
        out[entry["name"]] = DatasetInfo(
            name=entry["name"],
            file=entry["file"],
            format=entry["format"],
            title_zh=entry["title"]["zh"],
            title_en=entry["title"]["en"],
            description=entry["description"],
            units=dict(entry.get("units", {})),
            source=entry["source"],
            licence=entry["licence"],
            original_files=tuple(entry.get("original_files", ())),
            conversion=tuple(entry.get("conversion", ())),
            rows=int(entry["rows"]),
            columns=tuple(entry["columns"]),
            extra={k: v for k, v in entry.items() if k not in _KNOWN_KEYS},
        )
    return out


def list_datasets() -> list[DatasetInfo]:
    """All embedded datasets, in catalogue order."""
    return list(_catalogue().values())


def dataset_info(name: str) -> DatasetInfo:
    """Provenance of dataset ``name``.

    Raises:
        NotFoundError: ``name`` is not an embedded dataset; the message lists the known names.
    """
    catalogue = _catalogue()
    try:
        return catalogue[name]
    except KeyError:
        known = ", ".join(catalogue)
        raise NotFoundError(f"no embedded dataset {name!r}; known datasets: {known}") from None


def _attach(df: pd.DataFrame, info: DatasetInfo) -> pd.DataFrame:
    df.attrs.update(
        {
            "name": info.name,
            "title": {"zh": info.title_zh, "en": info.title_en},
            "description": info.description,
            "source": info.source,
            "licence": info.licence,
            "units": dict(info.units),
            "indupath_version": __version__,
        }
    )
    return df


def load_dataset(name: str) -> pd.DataFrame:
    """Load embedded dataset ``name`` as a DataFrame with its provenance in ``df.attrs``.

    A fresh frame is read on every call, so callers may modify it freely.

    Raises:
        NotFoundError: unknown name, or a GeoJSON dataset (use :func:`load_geojson`).
    """
    info = dataset_info(name)
    if info.format != "parquet":
        raise NotFoundError(
            f"dataset {name!r} is {info.format}, not a table; load it with load_geojson({name!r})"
        )
    with resources.as_file(_data_dir().joinpath(info.file)) as path:
        df = pd.read_parquet(path)
    return _attach(df, info)


def load_geojson(name: str = "cn-province-geo") -> dict[str, Any]:
    """Load an embedded GeoJSON dataset as a dict (a FeatureCollection), with ``"provenance"`` added.

    Raises:
        NotFoundError: unknown name, or a tabular dataset (use :func:`load_dataset`).
    """
    info = dataset_info(name)
    if info.format != "geojson.gz":
        raise NotFoundError(
            f"dataset {name!r} is {info.format}, not GeoJSON; load it with load_dataset({name!r})"
        )
    raw = _data_dir().joinpath(info.file).read_bytes()
    data: dict[str, Any] = json.loads(gzip.decompress(raw).decode("utf-8"))
    data["provenance"] = {"source": info.source, "licence": info.licence, "name": info.name}
    return data


def example_documents() -> list[tuple[str, str]]:
    """The example policy documents shipped in ``indupath/data/examples``: ``(file name, text)`` pairs."""
    folder = _data_dir().joinpath("examples")
    return sorted(
        (entry.name, entry.read_text(encoding="utf-8"))
        for entry in folder.iterdir()
        if entry.name.endswith(".txt")
    )


def example_gold(name: str) -> dict[str, Any]:
    """The hand-written gold record (scorer format, see ``eval/SPEC.md``) of example document ``name``.

    Raises:
        NotFoundError: no example of that name.
    """
    stem = name.removesuffix(".txt")
    entry = _data_dir().joinpath("examples", f"{stem}.json")
    if not entry.is_file():
        known = ", ".join(n for n, _ in example_documents())
        raise NotFoundError(f"no example document {name!r}; known examples: {known}")
    gold: dict[str, Any] = json.loads(entry.read_text(encoding="utf-8"))
    return gold


__all__ = [
    "DatasetInfo",
    "dataset_info",
    "example_documents",
    "example_gold",
    "list_datasets",
    "load_dataset",
    "load_geojson",
]
