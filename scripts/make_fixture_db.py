"""Write tests/fixtures/schema-vN.db for the current schema version N.

Run once whenever a migration is added, *before* changing the code further, so the tests keep a
database of every earlier version to migrate from.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

from mathplan.store import DB_NAME, SCHEMA_VERSION

ROOT = Path(__file__).resolve().parents[1]

with tempfile.TemporaryDirectory() as home:
    env = {**os.environ, "MATHPLAN_HOME": home, "MATHPLAN_TODAY": "2026-11-25"}
    for args in (["plan", "--goal", "llm"], ["done", "vectors"], ["know", "dot-product"]):
        subprocess.run([sys.executable, "-m", "mathplan", *args], env=env, check=True)
    db = sqlite3.connect(Path(home) / DB_NAME)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # everything into the main file
    db.close()
    target = ROOT / "tests" / "fixtures" / f"schema-v{SCHEMA_VERSION}.db"
    shutil.copy(Path(home) / DB_NAME, target)
    print(f"wrote {target}")
