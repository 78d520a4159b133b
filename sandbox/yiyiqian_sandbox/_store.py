"""The sandbox's state in one SQLite file (stdlib sqlite3): restarting on the same dir keeps it.

Domain objects (login tasks, signatures, files, flows, users, medical records...) share one
table keyed by (kind, id), with a parent id, a business tag and a status to query by, and the
object itself as JSON; a PDF or a scanned document goes in `blob`.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Iterator
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
CREATE TABLE IF NOT EXISTS counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
"""


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
        self._lock = threading.RLock()
        with self._lock:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.executescript(SCHEMA)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def _query(self, sql: str, args: tuple[Any, ...] = ()) -> list[sqlite3.Row]:
        with self._lock:
            return self._db.execute(sql, args).fetchall()

    # -- objects ------------------------------------------------------------------------------
    def put(self, obj: Obj) -> bool:
        """Insert or replace; True when the object is new."""
        now = time.time()
        with self.transaction() as db:
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
                    json.dumps(obj.data, ensure_ascii=False),
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
        with self.transaction() as db:
            db.execute("INSERT INTO tokens VALUES (?, ?, ?)", (token, app_id, expires_at))

    def token_app(self, token: str, now: float) -> tuple[str | None, bool]:
        """(app id, still valid) of a token; (None, False) when unknown."""
        rows = self._query("SELECT app_id, expires_at FROM tokens WHERE token=?", (token,))
        if not rows:
            return None, False
        return rows[0]["app_id"], rows[0]["expires_at"] > now

    def expire_tokens(self) -> int:
        with self.transaction() as db:
            return db.execute("UPDATE tokens SET expires_at=0 WHERE expires_at>0").rowcount

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

    def subscribers(self) -> list[str]:
        return [r["url"] for r in self._query("SELECT url FROM subscribers ORDER BY url")]

    def new_delivery(self, event: str, url: str, body: bytes) -> int:
        now = time.time()
        with self.transaction() as db:
            cursor = db.execute(
                "INSERT INTO deliveries (event, url, status, body, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
                (event, url, "pending", body, now, now),
            )
            return int(cursor.lastrowid or 0)

    def update_delivery(
        self, delivery_id: int, *, status: str, attempts: int, last_status: int | None, last_error: str | None
    ) -> None:
        with self.transaction() as db:
            db.execute(
                "UPDATE deliveries SET status=?, attempts=?, last_status=?, last_error=?, updated_at=? WHERE id=?",
                (status, attempts, last_status, last_error, time.time(), delivery_id),
            )

    def deliveries(self, *, status: str | None = None) -> list[dict[str, Any]]:
        sql = "SELECT id, event, url, status, attempts, last_status, last_error, body, created_at FROM deliveries"
        rows = self._query(sql + (" WHERE status=?" if status else "") + " ORDER BY id", (status,) if status else ())
        return [{**dict(r), "body": r["body"].decode()} for r in rows]
