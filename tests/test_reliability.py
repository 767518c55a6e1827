"""Concurrency, crashes and old databases: the learner's progress is never lost or half-written."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mathplan.plan import from_document
from mathplan.progress import fold
from mathplan.store import DB_NAME, SCHEMA_VERSION, open_store

FIXTURES = Path(__file__).parent / "fixtures"

WORKER = """
import sys
from mathplan.cli import main
codes = []
for topic in sys.argv[1:]:
    try:
        main(["done", topic])
    except SystemExit as exit:
        codes.append(exit.code)
print(codes)
"""


def env(home: Path) -> dict[str, str]:
    return {**os.environ, "MATHPLAN_HOME": str(home), "MATHPLAN_TODAY": "2026-11-25"}


def make_plan(home: Path) -> list[str]:
    subprocess.run(
        [sys.executable, "-m", "mathplan", "plan", "--goal", "research", "--months", "24"],
        env=env(home), check=True, capture_output=True,
    )  # fmt: skip
    store = open_store(home)
    document = store.active_plan()
    store.close()
    assert document is not None
    return [t["id"] for t in document["topics"]]


def test_four_processes_writing_at_once_lose_nothing(tmp_path: Path) -> None:
    home = tmp_path / "home"
    topics = make_plan(home)[:40]
    workers = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER, *topics[i::4]],
            env=env(home),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for i in range(4)
    ]
    for worker in workers:
        out, err = worker.communicate(timeout=120)
        assert worker.returncode == 0, err
        assert "locked" not in err
        assert out.strip().splitlines()[-1] == str([0] * 10)
    store = open_store(home)
    progress = fold(store.events())
    assert set(progress.done) == set(topics)
    assert store.integrity() == ["ok"]


CRASHER = """
import sys
from mathplan.cli import main
topics = sys.argv[1:]
while True:
    for topic in topics:
        for args in (["done", topic], ["undo"], ["plan", "--goal", "llm"]):
            try:
                main(args)
            except SystemExit:
                pass
"""


def test_killing_a_process_mid_command_leaves_the_database_consistent(tmp_path: Path) -> None:
    home = tmp_path / "home"
    topics = make_plan(home)[:10]
    rng = random.Random(7)
    for _ in range(8):
        proc = subprocess.Popen(
            [sys.executable, "-c", CRASHER, *topics],
            env=env(home), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        time.sleep(rng.uniform(0.3, 1.2))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    db = sqlite3.connect(home / DB_NAME)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    # every plan row has its plan event and every plan event its plan: wholly there or absent
    plans = {r[0] for r in db.execute("SELECT id FROM plans")}
    plan_events = {
        r[0] for r in db.execute("SELECT plan_id FROM events WHERE kind IN ('plan', 'replan')")
    }
    assert plans == plan_events
    for (data,) in db.execute("SELECT data FROM events"):
        json.loads(data)
    for (document,) in db.execute("SELECT document FROM plans"):
        from_document(json.loads(document))
    db.close()
    store = open_store(home)
    fold(store.events())  # the log still folds


def test_migrates_from_an_empty_database(tmp_path: Path) -> None:
    (tmp_path / DB_NAME).touch()
    store = open_store(tmp_path)
    assert store.counts() == (0, 0)


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION + 1))
def test_opens_a_database_from_every_schema_version(tmp_path: Path, version: int) -> None:
    shutil.copy(FIXTURES / f"schema-v{version}.db", tmp_path / DB_NAME)
    store = open_store(tmp_path)
    assert store.integrity() == ["ok"]
    assert store.counts()[0] >= 1
    document = store.active_plan()
    assert document is not None
    plan = from_document(document)
    progress = fold(store.events())
    assert "vectors" in progress.done and plan.topics
    db = sqlite3.connect(tmp_path / DB_NAME)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_backup_is_a_consistent_copy(tmp_path: Path) -> None:
    home = tmp_path / "home"
    make_plan(home)
    store = open_store(home)
    store.backup(tmp_path / "copy.db")
    copy = sqlite3.connect(tmp_path / "copy.db")
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert copy.execute("SELECT COUNT(*) FROM plans").fetchone()[0] == store.counts()[0]
