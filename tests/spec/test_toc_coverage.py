"""Every entry of the vendor's table of contents is in the spec exactly once, as it should be."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from typing import Any

import pytest
from spec_index import toc_entries

WEBHOOK_TOCS = {"1.3", "7.1", "7.2", "7.3", "二.5.1", "二.5.2"}
PAGE_TOCS = {"错误码说明", "7", "Delphi", "二.4", "二.6", "二.7"}
EVIDENCE_LEVELS = {"documented", "partial", "inferred"}


def test_every_toc_entry_is_accounted_for_exactly_once(spec, endpoints_reference):
    in_spec = Counter(e.toc for e in toc_entries(spec))
    in_reference = Counter(str(e["toc"]) for e in endpoints_reference)
    assert len(endpoints_reference) == 59
    assert in_spec == in_reference, (in_spec - in_reference, in_reference - in_spec)


def test_each_entry_has_the_expected_kind(spec):
    kinds = {e.toc: e.kind for e in toc_entries(spec)}
    assert {t for t, k in kinds.items() if k == "webhook"} == WEBHOOK_TOCS
    assert {t for t, k in kinds.items() if k == "page"} == PAGE_TOCS


def test_pages_give_a_reason(spec):
    for page in spec["x-toc-pages"]:
        assert page["reason"].strip(), page


@pytest.mark.parametrize("field", ["x-evidence", "x-evidence-notes"])
def test_every_operation_and_webhook_carries_evidence(spec, field):
    for entry in toc_entries(spec):
        if entry.kind == "page":
            continue
        value = entry.operation[field]
        assert isinstance(value, str) and value.strip(), (entry.toc, field)
        assert "\n" not in value.strip(), f"{entry.toc}: {field} must be one line"
        if field == "x-evidence":
            assert value in EVIDENCE_LEVELS, (entry.toc, value)


def test_summary_is_the_vendors_title_nfkc_normalised(spec, reference_by_toc):
    for entry in toc_entries(spec):
        if entry.kind == "page":
            continue
        title = reference_by_toc[entry.toc]["title"]
        assert entry.operation["summary"] == unicodedata.normalize("NFKC", title), entry.toc


def test_known_http_method_is_kept(spec, reference_by_toc):
    for entry in toc_entries(spec):
        method = reference_by_toc[entry.toc].get("method")
        if entry.kind != "page" and method in {"GET", "POST"}:
            assert entry.method == method, entry.toc


def _known_path_prefix(reference: dict[str, Any]) -> tuple[str, bool] | None:
    """(prefix, complete) of the path the vendor's docs show, when one is shown."""
    raw = str(reference.get("path", ""))
    cut = re.search(r"after '(/[^']+)'", raw)
    if cut:
        return cut.group(1), False
    if not raw.startswith("/"):
        return None
    for ellipsis in ("…", "..."):
        if raw.endswith(ellipsis):
            return raw.removesuffix(ellipsis), False
    return raw, True


def test_known_paths_and_prefixes_are_kept(spec, reference_by_toc):
    checked = 0
    for entry in toc_entries(spec):
        known = _known_path_prefix(reference_by_toc[entry.toc])
        if entry.kind == "page" or known is None:
            continue
        prefix, complete = known
        checked += 1
        if complete:
            assert entry.path == prefix, entry.toc
        else:
            assert entry.path.startswith(prefix), (entry.toc, entry.path, prefix)
    assert checked >= 16  # 1.2 4.1 5.1 5.2 6.x 7.3 8.1 9.1 10 二.2.1 二.2.3 二.3.x 二.5.1


def test_evidence_level_is_consistent_with_what_is_known(spec, reference_by_toc):
    for entry in toc_entries(spec):
        if entry.kind == "page":
            continue
        found = reference_by_toc[entry.toc].get("found", {})
        path_known = _known_path_prefix(reference_by_toc[entry.toc]) is not None
        if not path_known and found.get("request") == "none":
            assert entry.evidence == "inferred", entry.toc
        if entry.evidence == "documented":
            assert found.get("method_path") in (True, "yes") and found.get("request") != "none", entry.toc
