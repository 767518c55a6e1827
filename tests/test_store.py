import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from mathplan.errors import StoreError
from mathplan.progress import fold
from mathplan.store import DB_NAME, SCHEMA_VERSION, open_store

DAY = dt.date(2026, 11, 25)


def test_new_database_is_migrated_and_uses_wal(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    store.close()
    db = sqlite3.connect(tmp_path / DB_NAME)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_latest_plan_is_active_and_history_is_kept(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    assert store.active_plan() is None
    store.save_plan({"n": 1}, DAY)
    store.save_plan({"n": 2}, DAY)
    assert store.active_plan() == {"n": 2}
    assert store.plan_count() == 2


def test_events_fold_into_progress(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    store.add_event("done", DAY, "a")
    store.add_event("done", DAY + dt.timedelta(days=1), "a")
    store.add_event("know", DAY, "b")
    progress = fold(store.events())
    assert progress.done == {"a": DAY}
    assert progress.known == {"b"}


def test_a_file_that_is_not_a_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / DB_NAME
    path.write_bytes(b"this is not sqlite, but it is somebody's file" * 100)
    before = path.read_bytes()
    with pytest.raises(StoreError, match=str(path)):
        open_store(tmp_path)
    assert path.read_bytes() == before


def test_a_database_from_a_newer_mathplan_is_refused(tmp_path: Path) -> None:
    db = sqlite3.connect(tmp_path / DB_NAME)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    with pytest.raises(StoreError, match="newer mathplan"):
        open_store(tmp_path)


def test_a_transaction_writes_all_or_nothing(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    with pytest.raises(RuntimeError), store.transaction():
        store.add_event("done", DAY, "a")
        store.add_event("done", DAY, "b")
        raise RuntimeError("changed my mind")
    assert store.events() == []
    with store.transaction():
        store.add_event("done", DAY, "a")
        assert [e.topic for e in store.events()] == ["a"]  # reads inside see the writes
    assert [e.topic for e in open_store(tmp_path, readonly=True).events()] == ["a"]


def test_a_read_only_store_creates_and_records_nothing(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no database"):
        open_store(tmp_path, readonly=True)
    assert not (tmp_path / DB_NAME).exists()
    open_store(tmp_path).save_plan({"n": 1}, DAY)
    reader = open_store(tmp_path, readonly=True)
    assert reader.active_plan() == {"n": 1}
    with pytest.raises(StoreError, match="read-only"):
        reader.add_event("done", DAY, "a")


def test_a_damaged_event_names_its_row_and_doctor(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    store.add_event("done", DAY, "a")
    db = sqlite3.connect(tmp_path / DB_NAME)
    db.execute("UPDATE events SET data = '[1]'")
    db.commit()
    with pytest.raises(StoreError, match=r"event #1 .* not a JSON object; `mathplan doctor`"):
        store.events()
