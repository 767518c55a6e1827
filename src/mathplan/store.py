"""The learner's database: plans and an append-only event log in SQLite.

The only module that touches the database. Every write is one ``BEGIN IMMEDIATE`` transaction, so
a second process waits (busy timeout) instead of failing, and a crash leaves either the whole
change or none of it. A command that decides from what is stored reads, decides and writes inside
one :meth:`Store.transaction`, so two processes never both act on the same old state. The schema
is versioned with ``PRAGMA user_version`` and upgraded by small ordered migrations; a database from
a newer mathplan is refused rather than guessed at.

Reading commands open the file read-only (``mode=ro``): they never create, migrate or switch the
journal mode of anything, so looking at a database cannot change a byte of it.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote

from mathplan.errors import StoreError
from mathplan.progress import CHANGES, EXERCISE_RESULTS, Event

DB_NAME = "mathplan.db"
BUSY_TIMEOUT_MS = 30_000
KINDS = (*CHANGES, "undo")  # every kind of event the log may hold
_TOPIC_KINDS = ("done", "know", "review", *EXERCISE_RESULTS)
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_EVENT_COLUMNS = "id, at, kind, topic, undoes, data, plan_id, recorded_at"
DOCTOR_HINT = (
    "`mathplan doctor` names every damaged row; `mathplan doctor --repair` sets them aside"
)


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
TABLES = ("plans", "events")  # what every schema version from 1 on has


def default_home() -> Path:
    env = os.environ.get("MATHPLAN_HOME", "").strip()
    if env:
        return Path(env).expanduser()
    import typer

    return Path(typer.get_app_dir("mathplan"))


class BadRow(ValueError):
    """A stored row that does not have the shape its table promises."""


def event_from_row(r: tuple[Any, ...]) -> Event:
    """An event from its row (columns as ``_EVENT_COLUMNS``), or :class:`BadRow` saying why not.

    Checked here, once, so that no command downstream meets a half-formed event."""
    eid, at, kind, topic, undoes, data, plan_id, recorded_at = r
    if not isinstance(at, str) or not _ISO_DAY.match(at):
        raise BadRow(f"its day {_short(at)} is not a YYYY-MM-DD date")
    try:
        day = dt.date.fromisoformat(at)
    except ValueError:
        raise BadRow(f"its day {_short(at)} is not a date") from None
    if kind not in KINDS:
        raise BadRow(f"its kind {_short(kind)} is not one of {', '.join(KINDS)}")
    try:
        payload = json.loads(data) if data else {}
    except (TypeError, ValueError):
        raise BadRow(f"its data {_short(data)} is not JSON") from None
    if not isinstance(payload, dict):
        raise BadRow(f"its data {_short(data)} is not a JSON object")
    if kind in _TOPIC_KINDS and (not isinstance(topic, str) or not topic):
        raise BadRow(f"a {kind} event without a topic ({_short(topic)})")
    if topic is not None and not isinstance(topic, str):
        raise BadRow(f"its topic {_short(topic)} is not text")
    if kind in ("plan", "replan") and not isinstance(plan_id, int):
        raise BadRow(f"a {kind} event without a plan ({_short(plan_id)})")
    if kind == "undo" and not isinstance(undoes, int):
        raise BadRow(f"an undo event that names no event ({_short(undoes)})")
    if "card" in payload and not isinstance(payload["card"], dict):
        raise BadRow(f"its review card {_short(payload['card'])} is not a JSON object")
    if "due" in payload:
        due = payload["due"]
        if not isinstance(due, str) or not _ISO_DAY.match(due):
            raise BadRow(f"its next review {_short(due)} is not a YYYY-MM-DD date")
        try:
            dt.date.fromisoformat(due)
        except ValueError:
            raise BadRow(f"its next review {_short(due)} is not a date") from None
    if kind.startswith("exercise-") and not all(
        isinstance(payload.get(k), int) and not isinstance(payload.get(k), bool)
        for k in ("passed", "failed", "total")
    ):
        raise BadRow(f"an exercise result without its counts ({_short(data)})")
    if kind == "review" and not isinstance(payload.get("rating"), str):
        raise BadRow(f"a review without a rating ({_short(payload.get('rating'))})")
    if "batch" in payload and not isinstance(payload["batch"], str):
        raise BadRow(f"its batch {_short(payload['batch'])} is not text")
    return Event(
        id=int(eid),
        at=day,
        kind=kind,
        topic=topic,
        undoes=undoes,
        data=payload,
        plan_id=plan_id,
        recorded_at=str(recorded_at),
    )


def document_from_row(text: Any) -> dict[str, Any]:
    """A stored plan document, or :class:`BadRow` when it is not a JSON object."""
    try:
        document = json.loads(text)
    except (TypeError, ValueError):
        raise BadRow(f"its document {_short(text)} is not JSON") from None
    if not isinstance(document, dict):
        raise BadRow(f"its document {_short(text)} is not a JSON object")
    return document


def _short(value: Any, limit: int = 40) -> str:
    shown = repr(value)
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"


class Store:
    def __init__(self, path: Path, db: sqlite3.Connection, *, readonly: bool = False) -> None:
        self.path = path
        self.readonly = readonly
        self._db = db
        self._in_transaction = False

    def close(self) -> None:
        self._db.close()

    @contextmanager
    def transaction(self) -> Iterator[Store]:
        """Read, decide and write as one ``BEGIN IMMEDIATE`` transaction.

        Another process that wants to write waits until this one commits, so a decision made
        from what is read here (is it done already? what would undo revert?) still holds when
        it is written. Writes made inside join this transaction; an exception rolls all back.
        """
        if self._in_transaction:
            yield self
            return
        if self.readonly:
            raise StoreError(f"{self.path} was opened read-only; nothing can be recorded")
        try:
            self._db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise _write_error(self.path, exc) from None
        self._in_transaction = True
        try:
            yield self
        except BaseException:
            self._in_transaction = False
            self._db.rollback()
            raise
        self._in_transaction = False
        try:
            self._db.commit()
        except sqlite3.Error as exc:
            self._db.rollback()
            raise _write_error(self.path, exc) from None

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        with self.transaction():
            try:
                yield self._db
            except sqlite3.Error as exc:
                raise _write_error(self.path, exc) from None

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
        row = self._one(
            """
            SELECT e.id, e.plan_id FROM events e
            WHERE e.kind IN ('plan', 'replan')
              AND e.id NOT IN (SELECT undoes FROM events WHERE undoes IS NOT NULL)
            ORDER BY e.id DESC LIMIT 1
            """
        )
        if row is None:
            return None
        document = self.plan_document(row[1]) if isinstance(row[1], int) else None
        if document is None:
            raise StoreError(
                f"event #{row[0]} in {self.path} names plan #{row[1]}, which is not stored; "
                + DOCTOR_HINT
            )
        return document

    def plan_count(self) -> int:
        return int(self._one("SELECT COUNT(*) FROM plans")[0])

    def events(self) -> list[Event]:
        rows = self._all(f"SELECT {_EVENT_COLUMNS} FROM events ORDER BY id")
        events = []
        for r in rows:
            try:
                events.append(event_from_row(r))
            except BadRow as exc:
                raise StoreError(
                    f"event #{r[0]} in {self.path} is damaged: {exc}; {DOCTOR_HINT}"
                ) from None
        return events

    def plan_document(self, plan_id: int) -> dict[str, Any] | None:
        row = self._one("SELECT document FROM plans WHERE id = ?", (plan_id,))
        if row is None:
            return None
        try:
            return document_from_row(row[0])
        except BadRow as exc:
            raise StoreError(
                f"plan #{plan_id} in {self.path} is damaged: {exc}; {DOCTOR_HINT}"
            ) from None

    def rows(self, table: str) -> list[tuple[Any, ...]]:
        """Every raw row of ``plans`` or ``events`` (``doctor`` checks them one by one)."""
        columns = {"plans": "id, created_at, document", "events": _EVENT_COLUMNS}[table]
        return self._all(f"SELECT {columns} FROM {table} ORDER BY id")

    def quarantine(self, bad: dict[str, dict[int, str]]) -> int:
        """Move the given rows (table -> id -> reason) into the ``quarantine`` table.

        Nothing is deleted outright: each row is kept whole, as JSON, with why it was moved.
        One transaction: all of them move or none."""
        moved = 0
        with self._write() as db:
            db.execute(
                """
                CREATE TABLE IF NOT EXISTS quarantine (
                    id INTEGER PRIMARY KEY,
                    moved_at TEXT NOT NULL,
                    source TEXT NOT NULL,     -- the table the row came from
                    row_id INTEGER NOT NULL,
                    row TEXT NOT NULL,        -- the whole row as a JSON object
                    reason TEXT NOT NULL
                )
                """
            )
            for table in ("events", "plans"):  # events first: they refer to plans
                ids = bad.get(table, {})
                for row_id, reason in ids.items():
                    cur = db.execute(f"SELECT * FROM {table} WHERE id = ?", (row_id,))
                    names = [d[0] for d in cur.description]
                    for values in cur.fetchall():
                        row = json.dumps(dict(zip(names, values, strict=True)), default=repr)
                        db.execute(
                            "INSERT INTO quarantine (moved_at, source, row_id, row, reason)"
                            " VALUES (?, ?, ?, ?, ?)",
                            (_now(), table, row_id, row, reason),
                        )
                        moved += 1
                if ids:
                    marks = ",".join("?" * len(ids))
                    db.execute(f"DELETE FROM {table} WHERE id IN ({marks})", tuple(ids))
        return moved

    def integrity(self) -> list[str]:
        """SQLite's own consistency check: ``["ok"]`` when the file is sound."""
        return [str(r[0]) for r in self._all("PRAGMA integrity_check")]

    def counts(self) -> tuple[int, int]:
        """How many plans and events are stored."""
        plans = int(self._one("SELECT COUNT(*) FROM plans")[0])
        events = int(self._one("SELECT COUNT(*) FROM events")[0])
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

    def _all(self, sql: str, params: tuple[Any, ...] = ()) -> list[Any]:
        """Every row, fetched inside the guard: a damaged page can fail at any row."""
        try:
            return self._db.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise StoreError(f"cannot read {self.path}: {exc}") from None

    def _one(self, sql: str, params: tuple[Any, ...] = ()) -> Any:
        rows = self._all(sql, params)
        return rows[0] if rows else None


def _write_error(path: Path, exc: sqlite3.Error) -> StoreError:
    if "readonly" in str(exc) or "read-only" in str(exc):
        return read_only_error(path)
    return StoreError(f"cannot write to {path}: {exc}")


def read_only_error(path: Path) -> StoreError:
    return StoreError(
        f"{path} is read-only, so nothing can be recorded; reading commands (next, status, log, "
        "export) still work. Make the file and its folder writable to record again"
    )


def open_store(home: Path | None = None, *, create: bool = True, readonly: bool = False) -> Store:
    """Open the database in ``home``.

    For writing (the default) it is created and migrated when needed. ``readonly`` opens an
    existing file for reading only: nothing is created, migrated or switched to WAL, and a file
    that is empty or not ours is reported, never touched.
    """
    home = home or default_home()
    path = home / DB_NAME
    try:
        exists = path.exists()
        if home.exists() and not home.is_dir():
            raise StoreError(f"{home} is a file, not a folder: set MATHPLAN_HOME to a folder")
        if exists and not path.is_file():  # a FIFO would block the first read forever
            raise StoreError(
                f"{path} is not a regular file (a folder, pipe or device); it was left "
                "untouched. Move it aside to start afresh"
            )
    except OSError as exc:
        raise StoreError(f"cannot read the data folder {home}: {exc.strerror or exc}") from None
    if not exists and (readonly or not create):
        raise StoreError(f"no database at {path}")
    if readonly:
        return _open_reader(path)
    if exists and not (os.access(path, os.W_OK) and os.access(home, os.W_OK)):
        raise read_only_error(path)
    try:
        home.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"cannot create the data folder {home}: {exc.strerror or exc}") from None
    try:
        db = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    except sqlite3.Error as exc:
        raise StoreError(f"cannot open {path}: {exc}") from None
    try:
        version = _version(db, path)
        if version <= SCHEMA_VERSION:
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = NORMAL")
            db.execute("PRAGMA foreign_keys = ON")
        if version < SCHEMA_VERSION:
            _migrate(db, version)
    except sqlite3.DatabaseError as exc:
        db.close()
        if "readonly" in str(exc):
            raise read_only_error(path) from None
        raise _unusable(path, exc) from None
    except StoreError:
        db.close()
        raise
    return Store(path, db)


def _open_reader(path: Path) -> Store:
    db = None
    try:
        db = _connect_read_only(path)
        try:
            version = _version(db, path)
        except sqlite3.OperationalError as exc:
            # A WAL database in a folder nobody may write to: SQLite cannot create the shared
            # memory file beside it. Nobody can write to it either, so read it as immutable.
            if "unable to open" not in str(exc) or os.access(path.parent, os.W_OK):
                raise
            db.close()
            db = _connect_read_only(path, immutable=True)
            version = _version(db, path)
        if version == 0:
            raise StoreError(
                f"{path} holds no mathplan data yet (an empty database); `mathplan plan` sets it up"
            )
        if version < SCHEMA_VERSION:
            raise StoreError(
                f"{path} has schema {version}, older than this mathplan's {SCHEMA_VERSION}; "
                "a recording command (such as `mathplan plan`) upgrades it"
            )
        db.execute("PRAGMA foreign_keys = ON")
    except sqlite3.DatabaseError as exc:
        if db is not None:
            db.close()
        if "unable to open" in str(exc) and not os.access(path, os.R_OK):
            raise StoreError(f"cannot read {path}: permission denied") from None
        raise _unusable(path, exc) from None
    except StoreError:
        if db is not None:
            db.close()
        raise
    return Store(path, db, readonly=True)


def _connect_read_only(path: Path, *, immutable: bool = False) -> sqlite3.Connection:
    uri = f"file:{quote(str(path.resolve()))}?mode=ro" + ("&immutable=1" if immutable else "")
    return sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)


def _unusable(path: Path, exc: Exception) -> StoreError:
    return StoreError(
        f"{path} is not a usable mathplan database ({exc}); it was left untouched. "
        "`mathplan doctor` says more; a backup can replace it"
    )


def _version(db: sqlite3.Connection, path: Path) -> int:
    """The schema version, after checking that the file is ours and not newer than us."""
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    version = int(db.execute("PRAGMA user_version").fetchone()[0])  # fails on a non-database
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if version == 0 and tables:
        raise sqlite3.DatabaseError("an SQLite database of some other program")
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"{path} was written by a newer mathplan (schema {version}, this one knows up to "
            f"{SCHEMA_VERSION}); upgrade mathplan"
        )
    missing = [t for t in TABLES if t not in tables]
    if version >= 1 and missing:
        tables_are = "table " + missing[0] + " is" if len(missing) == 1 else "tables "
        if len(missing) > 1:
            tables_are += " and ".join(missing) + " are"
        raise sqlite3.DatabaseError(f"schema {version}, but its {tables_are} missing")
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


def open_any_version(home: Path | None = None) -> Store:
    """A read-only connection to whatever schema the file has: enough for a byte-level backup,
    which must work before switching mathplan versions too."""
    home = home or default_home()
    path = home / DB_NAME
    if not path.is_file():
        raise StoreError(f"no database at {path}")
    uri = f"file:{quote(str(path.resolve()))}?mode=ro"
    try:
        db = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        db.execute("PRAGMA user_version").fetchone()
    except sqlite3.Error as exc:
        raise _unusable(path, exc) from None
    return Store(path, db, readonly=True)


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
