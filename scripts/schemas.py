"""Write the JSON Schema files of every ``--json`` document from ``mathplan.schemas``.

    python scripts/schemas.py          # rewrite src/mathplan/json_schemas/*.schema.json
    python scripts/schemas.py --check  # exit 1 if a file is missing or out of date (tests run this)

The files ship in the wheel; ``mathplan schema NAME`` prints one without importing pydantic.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from mathplan.schemas import DOCUMENTS, json_schema

FOLDER = Path(__file__).resolve().parents[1] / "src" / "mathplan" / "json_schemas"


def rendered() -> dict[str, str]:
    return {
        f"{name}.schema.json": json.dumps(json_schema(name), indent=2, ensure_ascii=False) + "\n"
        for name in DOCUMENTS
    }


def main() -> int:
    wanted = rendered()
    if "--check" in sys.argv:
        present = {p.name: p.read_text(encoding="utf-8") for p in FOLDER.glob("*.schema.json")}
        if present != wanted:
            stale = sorted(
                set(present) ^ set(wanted) | {n for n in wanted if present.get(n) != wanted[n]}
            )
            print(
                f"schemas out of date ({', '.join(stale)}): run python scripts/schemas.py",
                file=sys.stderr,
            )
            return 1
        return 0
    FOLDER.mkdir(exist_ok=True)
    for old in FOLDER.glob("*.schema.json"):
        if old.name not in wanted:
            old.unlink()
    for name, text in wanted.items():
        (FOLDER / name).write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
