"""What the contract run saw, per operation, written to reports/contract.md (the drift report)."""

from __future__ import annotations

import json
import os
import re
import threading
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import schemathesis

from contract_tests import kinds
from yiyiqian import is_success_code

ROOT = Path(__file__).resolve().parents[1]
TOKEN_OPERATION = "getAccessToken"
REPORT = Path(os.environ.get("YIYIQIAN_CONTRACT_REPORT") or ROOT / "reports" / "contract.md")

# The links of the spec the stateful phase must walk (issue: 1.1->1.2, 2.1->2.2, 3.1->3.3, 4.1->4.7,
# 5.1->5.2->5.3, 二 push -> 二.3 query).
EXPECTED_LINKS = {
    ("createCaLoginTask", "checkCaLoginTask"),
    ("createDataSignature", "getDataSignature"),
    ("startAsyncDataSignatureV2", "getDataSignatureV2Result"),
    ("applyTemplateSigning", "listFileSignatureRecords"),
    ("startSigningFlow", "signOrFillForm"),
    ("signOrFillForm", "completeSigningFlow"),
    ("appendDocument", "queryPatientFiles"),
}


MAX_ANSWERS = 40  # answers kept per operation for --propose (bounded: a long run keeps no more)


@dataclass
class Answer:
    """One answer as --propose needs it: never the request, so no token or patient data from it."""

    status: int
    content_type: str
    location: str
    body: Any  # the parsed JSON, or None
    text: str  # the first characters when the body is not JSON


@dataclass
class OperationRecord:
    operation_id: str
    method: str
    path: str
    toc: str
    evidence: str
    definition: dict[str, Any] = field(repr=False, default_factory=dict)
    cases: int = 0
    successes: int = 0
    skipped: int = 0
    kinds: Counter[str] = field(default_factory=Counter)
    statuses: Counter[int] = field(default_factory=Counter)
    codes: Counter[str] = field(default_factory=Counter)
    probe: str = ""
    answers: list[Answer] = field(default_factory=list, repr=False)

    def is_success(self, status: int, headers: Mapping[str, Any], content: bytes) -> bool:
        """A documented 2xx JSON answer that claims success (the token endpoint has no envelope)."""
        if not 200 <= status < 300 or status not in kinds.documented_statuses(self.definition):
            return False
        code = kinds.envelope_code(content)
        if self.operation_id == TOKEN_OPERATION:
            return kinds.content_type(headers) == "application/json"
        return code is not None and is_success_code(code)


class ContractRecord:
    """Filled from schemathesis' after_validate hook (every phase, stateful included); thread-safe."""

    def __init__(self, spec: dict[str, Any], *, keep_answers: bool = False) -> None:
        self._lock = threading.Lock()
        self.keep_answers = keep_answers
        self.operations: dict[str, OperationRecord] = {}
        for path, item in spec["paths"].items():
            for method, op in item.items():
                self.operations[op["operationId"]] = OperationRecord(
                    op["operationId"],
                    method.upper(),
                    path,
                    str(op.get("x-toc", "—")),
                    op.get("x-evidence", ""),
                    definition=op,
                )
        self.links: Counter[tuple[str, str]] = Counter()
        self.target = ""
        self.client_outcomes: dict[str, int] = {}
        self.notes: list[str] = []

    def saw(
        self,
        operation_id: str,
        method: str,
        status: int,
        headers: Mapping[str, Any],
        content: bytes,
        failed_checks: list[str],
    ) -> list[str]:
        """Count one answer; returns the kinds of drift it showed."""
        record = self.operations[operation_id]
        same_method = method.upper() == record.method
        found = kinds.kinds(record.definition, same_method, status, headers, failed_checks, content)
        code = kinds.envelope_code(content)
        with self._lock:
            record.cases += 1
            record.statuses[status] += 1
            if code is not None:
                record.codes[code] += 1
            record.kinds.update(found)
            if same_method and not failed_checks and record.is_success(status, headers, content):
                record.successes += 1
            if self.keep_answers and same_method:
                self._keep(record, status, headers, content)
        return found

    @staticmethod
    def _keep(record: OperationRecord, status: int, headers: Mapping[str, Any], content: bytes) -> None:
        same_status = sum(1 for a in record.answers if a.status == status)
        if len(record.answers) >= MAX_ANSWERS or same_status >= MAX_ANSWERS // 2:
            return
        try:
            body = json.loads(content) if content else None
        except ValueError:
            body = None
        text = "" if body is not None else content[:120].decode("utf-8", "replace")
        record.answers.append(
            Answer(
                status, kinds.content_type(headers), kinds.location(headers) if 300 <= status < 400 else "", body, text
            )
        )

    def skip(self, operation_id: str) -> None:
        with self._lock:
            self.operations[operation_id].skipped += 1

    def operation_at(self, method_and_path: str) -> str:
        """The operationId of "POST /v1/..." (or the text itself when unknown)."""
        for record in self.operations.values():
            if f"{record.method} {record.path}" == method_and_path:
                return record.operation_id
        return method_and_path

    def walked(self, source: str, target: str) -> None:
        with self._lock:
            self.links[(source, target)] += 1

    @property
    def failures(self) -> int:
        return sum(sum(r.kinds.values()) for r in self.operations.values())

    def render(self) -> str:
        rows = self.operations.values()
        exercised = sum(1 for r in rows if r.cases)
        succeeded = sum(1 for r in rows if r.successes)
        drifting = sum(1 for r in rows if r.kinds)
        covered = sorted(EXPECTED_LINKS & set(self.links))
        expected_links = {link for link in EXPECTED_LINKS if set(link) <= set(self.operations)}
        lines = [
            f"# Contract report: {self.target}",
            "",
            "Generated by `nox -s contract` from the spec; do not edit. Kinds of drift are named in",
            "contract_tests/kinds.py; `skipped` counts negative cases withheld from staging's signing operations.",
            "",
            f"- target: {self.target}",
            f"- operations with a checked success: {succeeded} / {len(self.operations)}",
            f"- operations exercised: {exercised} / {len(self.operations)}; operations with drift: {drifting}",
            f"- cases: {sum(r.cases for r in rows)}, failed checks: {self.failures}, "
            f"skipped: {sum(r.skipped for r in rows)}",
            "- the generated client read every answer as: "
            + (", ".join(f"{k} ×{v}" for k, v in sorted(self.client_outcomes.items())) or "not run"),
            f"- spec links walked by the stateful phase: {len(covered)} / {len(expected_links)}"
            + (f" (missing: {sorted(expected_links - set(self.links))})" if len(covered) < len(expected_links) else ""),
            *[f"- {note}" for note in self.notes],
            "",
            "| toc | operationId | evidence | cases | successes | skipped | failures by kind | statuses "
            "| envelope codes | probe |",
            "|---|---|---|---|---|---|---|---|---|---|",
        ]
        for r in sorted(rows, key=lambda r: (r.toc == "—", _toc_key(r.toc))):
            failures = ", ".join(f"{name} ×{n}" for name, n in r.kinds.most_common()) or "—"
            statuses = ", ".join(f"{s} ×{n}" for s, n in sorted(r.statuses.items())) or "—"
            codes = ", ".join(f"{c} ×{n}" for c, n in r.codes.most_common(4)) or "—"
            lines.append(
                f"| {r.toc} | `{r.operation_id}` | {r.evidence} | {r.cases} | {r.successes} | {r.skipped} | "
                f"{failures} | {statuses} | {codes} | {r.probe or '—'} |"
            )
        lines += ["", "Links walked (source → target: times):", ""]
        lines += [f"- {s} → {t}: {n}" for (s, t), n in sorted(self.links.items())] or ["- none"]
        return "\n".join(lines) + "\n"

    def write(self, path: Path = REPORT) -> Path:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(self.render(), encoding="utf-8")
        return path


def _toc_key(toc: str) -> tuple[int, tuple[int, ...]]:
    section = 1 if toc.startswith("二") else 2 if toc.startswith("三") else 0
    return section, tuple(int(n) for n in re.findall(r"\d+", toc))


def failed_check_names(results: list[schemathesis.CheckResult]) -> list[str]:
    return [r.name for r in results if r.failure is not None]
