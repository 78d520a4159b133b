"""The sandbox's modules form layers: no import circle, no import of the client's private modules."""

from __future__ import annotations

from tests.sandbox import import_graph


def test_the_checker_finds_a_circle():
    assert import_graph.cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_the_sandbox_has_no_import_circle_and_no_private_client_import():
    assert len(import_graph.graph()) > 20
    assert import_graph.problems() == []


def test_handlers_depend_only_on_what_they_share():
    edges = import_graph.graph()
    for module, targets in edges.items():
        if module.startswith("yiyiqian_sandbox.handlers."):
            assert not targets & {"yiyiqian_sandbox._app", "yiyiqian_sandbox._api", "yiyiqian_sandbox._control"}
