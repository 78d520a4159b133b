"""Staging's answers turned into a reviewable spec patch (`--propose`).

Writes, next to the drift report, `spec-proposals.md` (what staging disagreed with, per
operation, with the evidence) and `spec-proposals.overlay.yaml`, an OpenAPI Overlay 1.0 document
that `tools/apply_overlay.py` (or any overlay tool) applies to openapi/yiyiqian.yaml. Only
drift a spec change can fix becomes an action: the observed `data` schema of an operation whose
answers broke the schema (renamed, missing, added fields, changed types), statuses the operation
answers but the spec does not list, and operations whose path staging does not serve. Every
proposed part carries `x-evidence: observed` and an `x-evidence-notes` line with the date and
the staging host. Vendor spellings are kept as staging sent them.
"""

from __future__ import annotations

import copy
import datetime
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

from contract_tests import report
from contract_tests.examples import resolve
from contract_tests.schema_inference import compatible, infer, merge, types_of

OVERLAY_NAME = "spec-proposals.overlay.yaml"
PROPOSALS_NAME = "spec-proposals.md"
NOT_A_SPEC_CHANGE = (
    "auth rejected",
    "server error",
    "not JSON",
    "error code",
    "2xx without",
    "redirected",
    "undocumented status 3",
)


def _target(path: str, method: str, *rest: str) -> str:
    return f"$.paths['{path}'].{method.lower()}" + "".join(f"['{part}']" for part in rest)


def _success_schema(definition: dict[str, Any]) -> tuple[str, dict[str, Any]] | None:
    """The documented 2xx status and its JSON schema."""
    for status, answer in definition.get("responses", {}).items():
        if str(status).startswith("2"):
            schema = answer.get("content", {}).get("application/json", {}).get("schema")
            if schema is not None:
                return str(status), schema
    return None


def _data_part(schema: dict[str, Any]) -> dict[str, Any] | None:
    """The allOf member that declares `data` (the envelope itself leaves it out)."""
    for part in schema.get("allOf", []):
        if "data" in part.get("properties", {}):
            return part
    return None


class Proposal:
    """What one operation's answers propose, as prose lines and overlay actions."""

    def __init__(self, spec: dict[str, Any], record: report.OperationRecord, evidence: str) -> None:
        self.spec, self.record, self.evidence = spec, record, evidence
        self.lines: list[str] = []
        self.actions: list[dict[str, Any]] = []

    # -- observed data schema ---------------------------------------------------------------------
    def _reconcile(self, declared: dict[str, Any], observed: dict[str, Any], where: str) -> dict[str, Any]:
        """The declared object schema changed where the answers disagree (prose lines are noted)."""
        declared = resolve(self.spec, declared)
        if "object" not in types_of(observed) or "properties" not in declared:
            return copy.deepcopy(declared)
        proposed = copy.deepcopy(declared)
        properties, seen = dict(proposed.get("properties", {})), observed.get("properties", {})
        required = list(proposed.get("required", []))
        missing = [name for name in properties if name not in seen]
        added = [name for name in seen if name not in properties]
        for name in list(missing):
            twin = next((other for other in added if other.casefold() == name.casefold()), None)
            if twin is None:
                continue
            missing.remove(name)
            added.remove(twin)
            kept = copy.deepcopy(resolve(self.spec, properties.pop(name)))
            kept.pop("examples", None)
            kept.update(type=seen[twin]["type"], **self._mark(f"renamed from {name}: staging spells it {twin}"))
            properties[twin] = kept
            required = [twin if r == name else r for r in required]
            self.lines.append(f"- renamed field `{where}{name}` → `{where}{twin}` ({_type_text(seen[twin])})")
        for name in missing:
            if name in required:
                required.remove(name)
                properties[name] = {**copy.deepcopy(properties[name]), **self._mark("absent from every answer")}
                self.lines.append(f"- missing field `{where}{name}` (required in the spec, absent from every answer)")
        for name in added:
            properties[name] = {**copy.deepcopy(seen[name]), **self._mark("sent by staging, not in the spec")}
            self.lines.append(f"- added field `{where}{name}` ({_type_text(seen[name])})")
        for name, schema in list(properties.items()):
            if name not in seen or name in added:
                continue
            flat = resolve(self.spec, schema)
            observed_types = types_of(seen[name])
            if not compatible(types_of(flat), observed_types):
                changed = {k: v for k, v in flat.items() if k not in ("type", "examples", "format", "pattern", "enum")}
                changed.update(type=seen[name]["type"], **self._mark(f"the spec said {_type_text(flat)}"))
                properties[name] = changed
                self.lines.append(
                    f"- changed type `{where}{name}`: spec {_type_text(flat)}, staging {_type_text(seen[name])}"
                )
            elif "object" in types_of(flat) and "properties" in flat:
                nested = self._reconcile(flat, seen[name], f"{where}{name}.")
                if nested != flat:
                    properties[name] = nested
        proposed["properties"] = properties
        if required:
            proposed["required"] = required
        else:
            proposed.pop("required", None)
        return proposed

    def _mark(self, note: str) -> dict[str, Any]:
        return {"x-evidence": "observed", "x-evidence-notes": f"{note} ({self.evidence})"}

    def observed_data(self) -> None:
        """Propose the data schema merged over every success answer, when the schema was broken."""
        found = _success_schema(self.record.definition)
        answers = [a for a in self.record.answers if a.status == 200 and isinstance(a.body, dict) and "data" in a.body]
        if found is None or not answers:
            return
        status, schema = found
        resolved = resolve(self.spec, schema) if "$ref" in schema else schema
        part = _data_part(resolved)
        if part is None:
            return
        observed: dict[str, Any] | None = None
        for answer in answers:
            sample = infer(answer.body["data"])
            observed = sample if observed is None else merge(observed, sample)
        assert observed is not None
        declared = part["properties"]["data"]
        before = len(self.lines)
        flat = resolve(self.spec, declared)
        if "array" in types_of(flat) and "array" in types_of(observed) and observed.get("items"):
            proposed: dict[str, Any] = {**flat, "items": self._reconcile(flat["items"], observed["items"], "data[].")}
        else:
            proposed = self._reconcile(declared, observed, "data.")
        if len(self.lines) == before:
            return
        # Inlined at the operation: a shared component keeps serving the operations that agreed,
        # and without its title the generators name the copy after the operation, not the component.
        proposed.pop("title", None)
        if isinstance(proposed.get("items"), dict):
            proposed["items"].pop("title", None)
        proposed.update(self._mark(f"data schema merged over {len(answers)} success answers"))
        new_schema = copy.deepcopy(resolved)
        _data_part(new_schema)["properties"]["data"] = proposed  # type: ignore[index]
        method, path = self.record.method, self.record.path
        self.actions += [
            {
                "target": _target(path, method, "responses", status, "content", "application/json", "schema"),
                "description": f"{self.record.operation_id}: replaced by the observed schema below",
                "remove": True,
            },
            {
                "target": _target(path, method, "responses", status, "content", "application/json"),
                "description": f"{self.record.operation_id}: the data schema staging answers with",
                "update": {"schema": new_schema},
            },
        ]

    # -- statuses and paths -----------------------------------------------------------------------
    def undocumented_statuses(self) -> None:
        documented = {int(s) for s in self.record.definition.get("responses", {}) if str(s).isdigit()}
        seen = Counter(a.status for a in self.record.answers)
        for status, count in sorted(seen.items()):
            if status in documented or status in (404, 405, 401, 403) or status >= 500 or 300 <= status < 400:
                continue
            samples = [a for a in self.record.answers if a.status == status]
            answer: dict[str, Any] = {
                "description": f"Observed: staging answered {status} to {count} calls",
                **self._mark(f"undocumented status {status} seen {count} times"),
            }
            if all(a.body is not None for a in samples):
                found = _success_schema(self.record.definition)
                codes = {a.body.get("code") for a in samples if isinstance(a.body, dict)}
                if 200 <= status < 300 and found is not None and _success_part(samples):
                    body_schema = copy.deepcopy(found[1])
                else:
                    body_schema = infer(samples[0].body)
                    for other in samples[1:]:
                        body_schema = merge(body_schema, infer(other.body))
                answer["content"] = {"application/json": {"schema": body_schema}}
                self.lines.append(
                    f"- undocumented status {status} ×{count} (envelope codes: "
                    + (", ".join(sorted(str(c) for c in codes)) or "none")
                    + ")"
                )
            else:
                answer["content"] = {samples[0].content_type or "text/plain": {"schema": {"type": "string"}}}
                self.lines.append(f"- undocumented status {status} ×{count} ({samples[0].content_type or 'no body'})")
            self.actions.append(
                {
                    "target": _target(self.record.path, self.record.method, "responses"),
                    "description": f"{self.record.operation_id}: status {status} as staging answers it",
                    "update": {str(status): answer},
                }
            )

    def path_missing(self) -> bool:
        if not self.record.probe.startswith("path missing"):
            return False
        answered = Counter(f"{a.status} {a.content_type or 'no content type'}" for a in self.record.answers)
        if any(a.status not in (404, 405) for a in self.record.answers):
            return False
        sample = next((a for a in self.record.answers if a.text or a.body is not None), None)
        shown = (sample.text if sample and sample.text else str(sample.body if sample else ""))[:80]
        self.lines.append(
            f"- path missing: {self.record.method} {self.record.path} answered "
            + ", ".join(f"{k} ×{n}" for k, n in answered.most_common())
            + (f" (`{shown}`)" if shown else "")
            + ". The overlay removes the operation; if the vendor's documentation gives its real path, "
            "change the path instead."
        )
        item = self.spec["paths"][self.record.path]
        methods = [m for m in item if m.lower() in ("get", "post", "put", "delete", "patch")]
        target = (
            f"$.paths['{self.record.path}']"
            if methods == [self.record.method.lower()]
            else _target(self.record.path, self.record.method)
        )
        self.actions.append(
            {"target": target, "description": f"{self.record.operation_id}: not served", "remove": True}
        )
        for path, path_item in self.spec["paths"].items():
            for method, operation in path_item.items():
                for status, answer in operation.get("responses", {}).items():
                    for name, link in (answer.get("links") or {}).items():
                        if link.get("operationId") == self.record.operation_id:
                            self.actions.append(
                                {
                                    "target": _target(path, method, "responses", str(status), "links", name),
                                    "description": f"the link to {self.record.operation_id}, which is not served",
                                    "remove": True,
                                }
                            )
        return True


def _success_part(samples: list[report.Answer]) -> bool:
    from yiyiqian import is_success_code

    return all(isinstance(a.body, dict) and is_success_code(str(a.body.get("code", ""))) for a in samples)


def _type_text(schema: dict[str, Any]) -> str:
    kinds = sorted(types_of(schema))
    return " or ".join(kinds) if kinds else "any type"


def build(record: report.ContractRecord, spec: dict[str, Any], host: str, today: str) -> tuple[str, dict[str, Any]]:
    """The proposals page and the overlay document for one run."""
    evidence = f"observed on {host}, {today}"
    sections: list[str] = []
    actions: list[dict[str, Any]] = []
    unfixed: list[str] = []
    for r in sorted(record.operations.values(), key=lambda r: (r.toc == "—", report._toc_key(r.toc))):
        if not r.kinds:
            continue
        proposal = Proposal(spec, r, evidence)
        if not proposal.path_missing():
            proposal.observed_data()
            proposal.undocumented_statuses()
        others = [k for k in r.kinds if k.startswith(NOT_A_SPEC_CHANGE)]
        for kind in others:
            codes = ", ".join(f"{c} ×{n}" for c, n in r.codes.most_common(4)) or "none"
            unfixed.append(f"- {r.toc} `{r.operation_id}`: {kind} ×{r.kinds[kind]} (envelope codes seen: {codes})")
        if not proposal.lines:
            continue
        statuses = ", ".join(f"{s} ×{n}" for s, n in sorted(r.statuses.items()))
        codes = ", ".join(f"{c} ×{n}" for c, n in r.codes.most_common(6)) or "none"
        sections += [
            f"### {r.toc} `{r.operation_id}` — {r.method} {r.path}",
            "",
            f"Evidence before: {r.evidence}. Drift: "
            + ", ".join(f"{k} ×{n}" for k, n in r.kinds.most_common())
            + f". Statuses seen: {statuses}. Envelope codes seen: {codes}.",
            "",
            *proposal.lines,
            "",
        ]
        actions += proposal.actions
    page = [
        f"# Spec proposals from {host}",
        "",
        f"Written by `nox -s contract -- --base-url ... --propose` on {today}; review, then apply "
        f"`{OVERLAY_NAME}` with `nox -s contract-apply` (see README). Proposed parts carry "
        "`x-evidence: observed`.",
        "",
        f"- operations with proposals: {sum(1 for s in sections if s.startswith('### '))}, "
        f"overlay actions: {len(actions)}",
        "",
        "## Proposals",
        "",
        *(sections or ["None: staging agreed with the spec wherever a spec change could say so.", ""]),
        "## Drift a spec change does not fix (ask the vendor or fix the gateway)",
        "",
        *(unfixed or ["- none"]),
        "",
    ]
    overlay = {
        "overlay": "1.0.0",
        "info": {"title": f"Spec proposals from {host}", "version": today},
        "extends": "openapi/yiyiqian.yaml",
        "actions": actions,
    }
    return "\n".join(page), overlay


def write(record: report.ContractRecord, *, spec_path: Path, host: str) -> list[Path]:
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    today = datetime.date.today().isoformat()
    page, overlay = build(record, spec, host, today)
    folder = report.REPORT.parent
    folder.mkdir(parents=True, exist_ok=True)
    (folder / PROPOSALS_NAME).write_text(page, encoding="utf-8")
    (folder / OVERLAY_NAME).write_text(
        yaml.safe_dump(overlay, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8"
    )
    return [folder / PROPOSALS_NAME, folder / OVERLAY_NAME]
