"""A cache of the browsing documents (:mod:`mathplan.browse`), so ``topics``, ``why``,
``resources`` and ``goals`` skip TOML parsing and pydantic validation.

Validating the catalog costs more than everything else those commands do (pydantic alone takes
longer to import than Typer and Rich together). The cache holds the documents built from the
validated catalog, as JSON, in ``MATHPLAN_HOME/cache`` (once ``plan`` has made that folder:
reading commands create nothing). It can never be stale: its key is a hash
of the bytes of every catalog file (bundled and ``--catalog``, with their resolved paths),
mathplan's version, and the source of the code that builds the documents. It is written
atomically, and anything wrong with it (missing, unreadable, corrupt, another key) is a miss,
never an error: the documents are then rebuilt from the catalog, which reports its own problems.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from mathplan import __version__

FORMAT = 1  # bump when the cache file's own layout changes
CODE = ("browse.py", "catalog.py", "models.py", "graph.py", "catalog_cache.py")


def bundled_dir() -> Path:
    """The bundled catalog folder (as :func:`mathplan.catalog.bundled_data_dir` finds it,
    without importing pydantic)."""
    here = Path(__file__).resolve().parent
    packaged = here / "data"
    return packaged if (packaged / "topics.toml").is_file() else here.parents[1] / "data"


def cache_dir() -> Path:
    from mathplan.store import default_home

    return default_home() / "cache"


def key(extra: Sequence[Path]) -> str:
    """What the documents are a function of: catalog bytes, version, and the building code."""
    import hashlib

    digest = hashlib.blake2b(f"{FORMAT}:{__version__}".encode(), digest_size=20)
    here = Path(__file__).resolve().parent
    files = [
        *sorted(bundled_dir().glob("*.toml")),
        *(p.resolve() for p in extra),
        *(here / name for name in CODE),
    ]
    for path in files:
        digest.update(str(path).encode() + b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()


def document(name: str, extra: Sequence[Path], build: Callable[[], dict[str, Any]]) -> Any:
    """The browsing document ``name``: from the cache when its key matches, else from
    ``build()`` (every document, built from the validated catalog), then cached for next time.
    """
    try:
        wanted = key(extra)
    except OSError:
        wanted = None
    if wanted is not None:
        cached = _read(cache_dir() / f"{name}.json", wanted)
        if cached is not None:
            return cached
    documents = build()
    if wanted is not None and cache_dir().parent.is_dir():  # reading commands create no home
        for doc_name, value in documents.items():
            _write(cache_dir() / f"{doc_name}.json", wanted, value)
    return documents[name]


def _read(path: Path, wanted: str) -> Any:
    try:
        with open(path, encoding="utf-8") as handle:
            content = json.load(handle)
        if isinstance(content, dict) and content.get("key") == wanted and "data" in content:
            return content["data"]
    except (OSError, ValueError, UnicodeDecodeError):
        pass
    return None


def _write(path: Path, wanted: str, value: Any) -> None:
    """Atomically (a temporary file renamed over the old); a failure only costs speed."""
    import tempfile

    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump({"key": wanted, "data": value}, handle, ensure_ascii=False)
        os.replace(tmp, path)
        tmp = None
    except OSError:
        pass
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
