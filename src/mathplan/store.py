"""The learner's database: plans and an append-only event log in SQLite.

The only module that touches the database. Every write is one ``BEGIN IMMEDIATE`` transaction, so
a second process waits (busy timeout) instead of failing, and a crash leaves either the whole
change or none of it. The schema is versioned with ``PRAGMA user_version`` and upgraded by small
ordered migrations; a database from a newer mathplan is refused rather than guessed at.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from mathplan.errors import StoreError
from mathplan.progress import Event

DB_NAME = "mathplan.db"
BUSY_TIMEOUT_MS = 30_000


def _migrate_to_1(db: sqlite3.Connection) -> None:
    """Plans, and the append-only event log that progress is derived from."""
    db.execute(
        """
        CREATE TABLE plans (
            id INTEGER PRIMARY KEY,
            created_at TEXT NOT NULL,
            document TEXT NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,             -- the day it counts for (ISO date)
            recorded_at TEXT NOT NULL,    -- when it was written (ISO timestamp, UTC)
            kind TEXT NOT NULL,
            topic TEXT,
            plan_id INTEGER REFERENCES plans(id),
            undoes INTEGER REFERENCES events(id),
            data TEXT NOT NULL DEFAULT '{}'
        )
        """
    )
    db.execute("CREATE INDEX events_kind ON events(kind)")


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_migrate_to_1]
SCHEMA_VERSION = len(MIGRATIONS)


def default_home() -> Path:
    env = os.environ.get("MATHPLAN_HOME", "").strip()
    if env:
        return Path(env).expanduser()
    import typer

    return Path(typer.get_app_dir("mathplan"))


class Store:
    def __init__(self, path: Path, db: sqlite3.Connection) -> None:
        self.path = path
        self._db = db

    def close(self) -> None:
        self._db.close()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        try:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.rollback()
                raise
            self._db.commit()
        except sqlite3.Error as exc:
            raise StoreError(f"cannot write to {self.path}: {exc}") from None

    def save_plan(
        self,
        document: dict[str, Any],
        at: dt.date,
        kind: str = "plan",
        data: dict[str, Any] | None = None,
    ) -> int:
        """Store a plan and make it the active one; earlier plans stay in history."""
        with self._write() as db:
            cur = db.execute(
                "INSERT INTO plans (created_at, document) VALUES (?, ?)",
                (_now(), json.dumps(document, separators=(",", ":"))),
            )
            plan_id = int(cur.lastrowid or 0)
            db.execute(
                "INSERT INTO events (at, recorded_at, kind, plan_id, data) VALUES (?, ?, ?, ?, ?)",
                (at.isoformat(), _now(), kind, plan_id, json.dumps(data or {})),
            )
        return plan_id

    def add_event(
        self,
        kind: str,
        at: dt.date,
        topic: str | None = None,
        data: dict[str, Any] | None = None,
        undoes: int | None = None,
    ) -> int:
        with self._write() as db:
            cur = db.execute(
                "INSERT INTO events (at, recorded_at, kind, topic, undoes, data)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (at.isoformat(), _now(), kind, topic, undoes, json.dumps(data or {})),
            )
            return int(cur.lastrowid or 0)

    def add_events(self, kind: str, at: dt.date, topics: list[str], batch: str) -> None:
        """Several events of one kind in one transaction, all of them or none; they share a
        ``batch`` name so that one ``undo`` reverts them together."""
        data = json.dumps({"batch": batch})
        with self._write() as db:
            db.executemany(
                "INSERT INTO events (at, recorded_at, kind, topic, data) VALUES (?, ?, ?, ?, ?)",
                [(at.isoformat(), _now(), kind, topic, data) for topic in topics],
            )

    def add_undos(self, at: dt.date, targets: list[tuple[int, str | None]]) -> None:
        """One ``undo`` event per reverted event (id, topic), in one transaction."""
        with self._write() as db:
            db.executemany(
                "INSERT INTO events (at, recorded_at, kind, topic, undoes)"
                " VALUES (?, ?, 'undo', ?, ?)",
                [(at.isoformat(), _now(), topic, eid) for eid, topic in targets],
            )

    def active_plan(self) -> dict[str, Any] | None:
        """The document of the newest plan whose creation has not been undone."""
        row = self._read(
            """
            SELECT p.document FROM events e JOIN plans p ON p.id = e.plan_id
            WHERE e.kind IN ('plan', 'replan')
              AND e.id NOT IN (SELECT undoes FROM events WHERE undoes IS NOT NULL)
            ORDER BY e.id DESC LIMIT 1
            """
        ).fetchone()
        if row is None:
            return None
        document: dict[str, Any] = json.loads(row[0])
        return document

    def plan_count(self) -> int:
        return int(self._read("SELECT COUNT(*) FROM plans").fetchone()[0])

    def events(self) -> list[Event]:
        rows = self._read(
            "SELECT id, at, kind, topic, undoes, data, plan_id, recorded_at FROM events ORDER BY id"
        ).fetchall()
        try:
            return [self._event(r) for r in rows]
        except (ValueError, TypeError):
            raise StoreError(
                f"the history in {self.path} is damaged (an event cannot be read); "
                "`mathplan doctor` says more"
            ) from None

    @staticmethod
    def _event(r: tuple[Any, ...]) -> Event:
        return Event(
            id=r[0],
            at=dt.date.fromisoformat(r[1]),
            kind=r[2],
            topic=r[3],
            undoes=r[4],
            data=json.loads(r[5]) if r[5] else {},
            plan_id=r[6],
            recorded_at=r[7],
        )

    def plan_document(self, plan_id: int) -> dict[str, Any] | None:
        row = self._read("SELECT document FROM plans WHERE id = ?", (plan_id,)).fetchone()
        return json.loads(row[0]) if row else None

    def integrity(self) -> list[str]:
        """SQLite's own consistency check: ``["ok"]`` when the file is sound."""
        return [str(r[0]) for r in self._read("PRAGMA integrity_check").fetchall()]

    def counts(self) -> tuple[int, int]:
        """How many plans and events are stored."""
        plans = int(self._read("SELECT COUNT(*) FROM plans").fetchone()[0])
        events = int(self._read("SELECT COUNT(*) FROM events").fetchone()[0])
        return plans, events

    def backup(self, target: Path) -> None:
        """A consistent copy through SQLite's backup API, written beside ``target`` and renamed
        into place, so a crash never leaves a half-written backup."""
        partial = target.with_name(f".{target.name}.partial")
        try:
            partial.unlink(missing_ok=True)
            copy = sqlite3.connect(partial)
            try:
                self._db.backup(copy)
            finally:
                copy.close()
            os.replace(partial, target)
        except (OSError, sqlite3.Error) as exc:
            partial.unlink(missing_ok=True)
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
            raise StoreError(f"cannot write the backup {target}: {reason}") from None

    def _read(self, sql: str, params: tuple[Any, ...] = ()) -> sqlite3.Cursor:
        try:
            return self._db.execute(sql, params)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot read {self.path}: {exc}") from None


def open_store(home: Path | None = None, *, create: bool = True) -> Store:
    """Open (and if needed create and migrate) the database in ``home``."""
    home = home or default_home()
    path = home / DB_NAME
    if not path.exists() and not create:
        raise StoreError(f"no database at {path}")
    try:
        home.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"cannot create the data folder {home}: {exc.strerror or exc}") from None
    try:
        db = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    except sqlite3.Error as exc:
        raise StoreError(f"cannot open {path}: {exc}") from None
    try:
        version = _prepare(db)
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{path} was written by a newer mathplan (schema {version}, this one knows up to "
                f"{SCHEMA_VERSION}); upgrade mathplan"
            )
        if version < SCHEMA_VERSION:
            _migrate(db, version)
    except sqlite3.DatabaseError as exc:
        db.close()
        raise StoreError(
            f"{path} is not a usable mathplan database ({exc}); it was left untouched. "
            "Move it aside to start afresh."
        ) from None
    except StoreError:
        db.close()
        raise
    return Store(path, db)


def _prepare(db: sqlite3.Connection) -> int:
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    version = int(db.execute("PRAGMA user_version").fetchone()[0])  # fails on a non-database
    if version == 0 and db.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()[0]:
        raise sqlite3.DatabaseError("an SQLite database of some other program")
    if version <= SCHEMA_VERSION:
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = NORMAL")
        db.execute("PRAGMA foreign_keys = ON")
    return version


def _migrate(db: sqlite3.Connection, version: int) -> None:
    """Apply the missing migrations, each in its own transaction with its version bump."""
    db.execute("BEGIN IMMEDIATE")
    try:
        # Another process may have migrated while we waited for the lock.
        current = int(db.execute("PRAGMA user_version").fetchone()[0])
        for number in range(current, SCHEMA_VERSION):
            MIGRATIONS[number](db)
            db.execute(f"PRAGMA user_version = {number + 1}")
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
