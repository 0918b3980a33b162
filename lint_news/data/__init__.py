"""Data shipped in the package: the Punkt parameters, the substance model, the lexicons."""

from __future__ import annotations

from pathlib import Path

_FOLDER = Path(__file__).resolve().parent


def data_file(name: str) -> Path:
    """A file of this package (a path on disk: lint-news is installed as files, never zipped).

    Plain paths, not ``importlib.resources``: importing that costs a pre-commit run
    several milliseconds (tempfile, zipfile, shutil) for no gain here."""
    return _FOLDER / name
