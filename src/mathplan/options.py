"""Command-line options that several command modules declare alike (``cli``, ``cli_exercise``).

Kept apart from ``cli`` so that ``cli_exercise``, which ``cli`` imports, can use them too.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

JsonOpt = Annotated[
    bool, typer.Option("--json", help="Print one JSON document on stdout instead of tables.")
]
CatalogOpt = Annotated[
    list[Path] | None,
    typer.Option(
        "--catalog",
        help="Your own catalog TOML file, merged over the bundled one (repeatable).",
        metavar="PATH",
    ),
]
