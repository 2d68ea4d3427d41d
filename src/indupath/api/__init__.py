"""The JSON API and the dashboard server: ``from indupath.api import create_app``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from fastapi import FastAPI


def create_app(*args: Any, **kwargs: Any) -> FastAPI:
    """Build the FastAPI app (see :func:`indupath.api.app.create_app`)."""
    from indupath.api.app import create_app as _create

    return _create(*args, **kwargs)


__all__ = ["create_app"]
