"""The sandbox's state in one SQLite file (stdlib sqlite3): restarting on the same dir keeps it.

Domain objects (login tasks, signatures, files, flows, users, medical records...) share one
table keyed by (kind, id), with a parent id, a business tag and a status to query by, and the
object itself as JSON; a PDF or a scanned document goes in `blob`.

State changes and the webhook deliveries they cause are written in one transaction (a
transactional outbox, `commit`): a crash leaves either both or neither, and the deliveries
still `pending` or `retrying` are sent after a restart.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SCHEMA = """
CREATE TABLE IF NOT EXISTS objects (
    kind TEXT NOT NULL, id TEXT NOT NULL, parent TEXT, tag TEXT, status TEXT,
    data TEXT NOT NULL, blob BLOB, created_at REAL NOT NULL, updated_at REAL NOT NULL,
    PRIMARY KEY (kind, id)
);
CREATE INDEX IF NOT EXISTS objects_parent ON objects (kind, parent);
CREATE INDEX IF NOT EXISTS objects_tag ON objects (kind, tag);
CREATE TABLE IF NOT EXISTS tokens (token TEXT PRIMARY KEY, app_id TEXT NOT NULL, expires_at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS subscribers (url TEXT PRIMARY KEY);
CREATE TABLE IF NOT EXISTS deliveries (
    id INTEGER PRIMARY KEY AUTOINCREMENT, event TEXT NOT NULL, url TEXT NOT NULL, status TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0, last_status INTEGER, last_error TEXT, body BLOB NOT NULL,
    created_at REAL NOT NULL, updated_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS deliveries_status ON deliveries (status);
CREATE TABLE IF NOT EXISTS counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
"""


# Columns added after the first release: added to an older state dir when it is opened.
_LATER_COLUMNS = (("deliveries", "nonce", "TEXT"), ("deliveries", "next_at", "REAL NOT NULL DEFAULT 0"))
TOKEN_GRACE = 3600.0  # seconds an expired token is kept (answered "expired", not "invalid")


class StaleState(Exception):
    """A compare-and-set failed: the object is not in the status the change was made for."""

    def __init__(self, kind: str, id: str, expected: str | None, found: str | None) -> None:
        super().__init__(f"{kind} {id}: expected status {expected}, found {found}")
        self.kind, self.id, self.expected, self.found = kind, id, expected, found


@dataclass(frozen=True)
class OutboxRow:
    """A webhook delivery to write with a state change."""

    event: str
    url: str
    body: bytes
    nonce: str


@dataclass
class Obj:
    kind: str
    id: str
    data: dict[str, Any]
    parent: str | None = None
    tag: str | None = None
    status: str | None = None
    blob: bytes | None = None
    created_at: float = 0.0


class Store:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._db.row_factory = sqlite3.Row
        self._lock = threading.RLock()  # the one writer
        # Reads outside a transaction go through one connection per thread (WAL lets them run
        # beside the writer): with one shared connection behind the lock, every read of every
        # worker thread queued behind every commit, and signing throughput collapsed.
        self._local = threading.local()
        self._readers: list[sqlite3.Connection] = []
        with self._lock:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.executescript(SCHEMA)
            for table, column, declaration in _LATER_COLUMNS:
                names = {r["name"] for r in self._db.execute(f"PRAGMA table_info({table})")}
                if column not in names:
                    self._db.execute(f"ALTER TABLE {table} ADD COLUMN {column} {declaration}")

    def close(self) -> None:
        with self._lock:
            for reader in self._readers:
                reader.close()
            self._db.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            self._local.writing = True
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            finally:
                self._local.writing = False
            self._db.execute("COMMIT")

    def _reader(self) -> sqlite3.Connection:
        reader: sqlite3.Connection | None = getattr(self._local, "reader", None)
        if reader is None:
            reader = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
            reader.row_factory = sqlite3.Row
            self._local.reader = reader
            with self._lock:
                self._readers.append(reader)
        return reader

    def _query(self, sql: str, args: tuple[Any, ...] = ()) -> list[sqlite3.Row]:
        if getattr(self._local, "writing", False):  # inside a transaction: see its own writes
            return self._db.execute(sql, args).fetchall()
        return self._reader().execute(sql, args).fetchall()

    # -- objects ------------------------------------------------------------------------------
    def put(self, obj: Obj) -> bool:
        """Insert or replace; True when the object is new."""
        return self.commit([obj])[0]

    def commit(
        self,
        objs: Iterable[Obj] = (),
        *,
        expect: Mapping[tuple[str, str], str | None] | None = None,
        outbox: Iterable[OutboxRow] = (),
        delete: Iterable[tuple[str, str]] = (),
    ) -> list[bool]:
        """Write objects and deliveries all or nothing; per object, True when it is new.

        `expect` maps (kind, id) to the status the object must still have (None: must not
        exist); any other status raises StaleState and nothing is written.
        """
        now = time.time()
        with self.transaction() as db:
            for (kind, id), expected in (expect or {}).items():
                row = db.execute("SELECT status FROM objects WHERE kind=? AND id=?", (kind, id)).fetchone()
                found = row["status"] if row else None
                if (row is None) != (expected is None) or found != expected:
                    raise StaleState(kind, id, expected, found)
            new = [self._write(db, obj, now) for obj in objs]
            for kind, id in delete:
                db.execute("DELETE FROM objects WHERE kind=? AND id=?", (kind, id))
            for row in outbox:
                db.execute(
                    "INSERT INTO deliveries (event, url, status, body, nonce, created_at, updated_at, next_at)"
                    " VALUES (?, ?, 'pending', ?, ?, ?, ?, 0)",
                    (row.event, row.url, row.body, row.nonce, now, now),
                )
        return new

    @staticmethod
    def _write(db: sqlite3.Connection, obj: Obj, now: float) -> bool:
        row = db.execute("SELECT created_at FROM objects WHERE kind=? AND id=?", (obj.kind, obj.id)).fetchone()
        created = row["created_at"] if row else (obj.created_at or now)
        db.execute(
            "INSERT OR REPLACE INTO objects (kind, id, parent, tag, status, data, blob, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                obj.kind,
                obj.id,
                obj.parent,
                obj.tag,
                obj.status,
                json.dumps(obj.data, ensure_ascii=False, allow_nan=False),
                obj.blob,
                created,
                now,
            ),
        )
        obj.created_at = created
        return row is None

    @staticmethod
    def _obj(row: sqlite3.Row) -> Obj:
        return Obj(
            row["kind"],
            row["id"],
            json.loads(row["data"]),
            row["parent"],
            row["tag"],
            row["status"],
            row["blob"],
            row["created_at"],
        )

    def get(self, kind: str, id: str) -> Obj | None:
        rows = self._query("SELECT * FROM objects WHERE kind=? AND id=?", (kind, id))
        return self._obj(rows[0]) if rows else None

    def find(
        self, kind: str, *, parent: str | None = None, tag: str | None = None, status: str | None = None
    ) -> list[Obj]:
        sql, args = "SELECT * FROM objects WHERE kind=?", [kind]
        for column, value in (("parent", parent), ("tag", tag), ("status", status)):
            if value is not None:
                sql += f" AND {column}=?"
                args.append(value)
        return [self._obj(r) for r in self._query(sql + " ORDER BY created_at, rowid", tuple(args))]

    def delete(self, kind: str, id: str) -> bool:
        with self.transaction() as db:
            return db.execute("DELETE FROM objects WHERE kind=? AND id=?", (kind, id)).rowcount > 0

    def count_by_tag(self, kind: str) -> dict[str, int]:
        rows = self._query(
            "SELECT tag, COUNT(*) AS n FROM objects WHERE kind=? AND tag IS NOT NULL GROUP BY tag", (kind,)
        )
        return {r["tag"]: r["n"] for r in rows}

    # -- tokens -------------------------------------------------------------------------------
    def add_token(self, token: str, app_id: str, expires_at: float) -> None:
        """Store a new token, and drop the ones that expired more than TOKEN_GRACE ago."""
        with self.transaction() as db:
            db.execute("DELETE FROM tokens WHERE expires_at < ?", (time.time() - TOKEN_GRACE,))
            db.execute("INSERT INTO tokens VALUES (?, ?, ?)", (token, app_id, expires_at))

    def token_count(self) -> int:
        return int(self._query("SELECT COUNT(*) AS n FROM tokens")[0]["n"])

    def token_app(self, token: str, now: float) -> tuple[str | None, bool]:
        """(app id, still valid) of a token; (None, False) when unknown."""
        rows = self._query("SELECT app_id, expires_at FROM tokens WHERE token=?", (token,))
        if not rows:
            return None, False
        return rows[0]["app_id"], rows[0]["expires_at"] > now

    def expire_tokens(self) -> int:
        with self.transaction() as db:
            now = time.time()
            return db.execute("UPDATE tokens SET expires_at=? WHERE expires_at>?", (now, now)).rowcount

    # -- counters -----------------------------------------------------------------------------
    def bump(self, name: str, by: int = 1) -> int:
        with self.transaction() as db:
            db.execute(
                "INSERT INTO counters VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET value=value+?", (name, by, by)
            )
            value: int = db.execute("SELECT value FROM counters WHERE name=?", (name,)).fetchone()[0]
            return value

    def counters(self) -> dict[str, int]:
        return {r["name"]: r["value"] for r in self._query("SELECT name, value FROM counters")}

    # -- webhook subscribers and deliveries ---------------------------------------------------
    def add_subscriber(self, url: str) -> None:
        with self.transaction() as db:
            db.execute("INSERT OR IGNORE INTO subscribers VALUES (?)", (url,))

    def remove_subscriber(self, url: str) -> bool:
        with self.transaction() as db:
            return db.execute("DELETE FROM subscribers WHERE url=?", (url,)).rowcount > 0

    def subscribers(self) -> list[str]:
        return [r["url"] for r in self._query("SELECT url FROM subscribers ORDER BY url")]

    def update_delivery(
        self,
        delivery_id: int,
        *,
        status: str,
        attempts: int,
        last_status: int | None,
        last_error: str | None,
        next_at: float = 0.0,
    ) -> None:
        with self.transaction() as db:
            db.execute(
                "UPDATE deliveries SET status=?, attempts=?, last_status=?, last_error=?, updated_at=?, next_at=?"
                " WHERE id=?",
                (status, attempts, last_status, last_error, time.time(), next_at, delivery_id),
            )

    def due_deliveries(self, skip: Iterable[int] = ()) -> list[int]:
        """Ids of the deliveries still to send (pending, or retrying), oldest first, leaving out `skip`."""
        skipped = set(skip)
        rows = self._query("SELECT id FROM deliveries WHERE status IN ('pending', 'retrying') ORDER BY id")
        return [r["id"] for r in rows if r["id"] not in skipped]

    def delivery(self, delivery_id: int) -> dict[str, Any] | None:
        """One delivery to send: its event, url, body, nonce, attempts so far and next attempt time."""
        rows = self._query(
            "SELECT id, event, url, body, nonce, attempts, next_at FROM deliveries WHERE id=?", (delivery_id,)
        )
        return dict(rows[0]) if rows else None

    def deliveries(self, *, status: str | None = None) -> list[dict[str, Any]]:
        sql = (
            "SELECT id, event, url, status, attempts, last_status, last_error, body, nonce, created_at FROM deliveries"
        )
        rows = self._query(sql + (" WHERE status=?" if status else "") + " ORDER BY id", (status,) if status else ())
        return [{**dict(r), "body": r["body"].decode()} for r in rows]
