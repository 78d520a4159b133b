"""tools/apply_overlay.py: Overlay 1.0 actions applied in order, and refusing what it cannot do."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("apply_overlay", ROOT / "tools" / "apply_overlay.py")
assert _spec is not None and _spec.loader is not None
apply_overlay = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(apply_overlay)


def document():  # type: ignore[no-untyped-def]
    return {"paths": {"/a/b": {"post": {"responses": {"200": {"description": "ok", "links": {"x": {}}}}}}}}


def test_remove_then_update_in_order():
    overlay = {
        "overlay": "1.0.0",
        "actions": [
            {"target": "$.paths['/a/b'].post.responses['200'].links", "remove": True},
            {"target": "$.paths['/a/b'].post.responses", "update": {"201": {"description": "seen"}}},
            {"target": "$.paths['/a/b'].post.responses['200']", "update": {"x-evidence": "observed"}},
        ],
    }
    result = apply_overlay.apply(document(), overlay)
    assert result["paths"]["/a/b"]["post"]["responses"] == {
        "200": {"description": "ok", "x-evidence": "observed"},
        "201": {"description": "seen"},
    }


@pytest.mark.parametrize(
    ("target", "problem"),
    [("$.paths[*]", "unsupported JSONPath"), ("$.paths['/nope'].get", "target not found"), ("paths", "must start")],
)
def test_a_target_it_cannot_resolve_is_an_error_not_a_silent_no_op(target, problem):
    with pytest.raises(apply_overlay.OverlayError, match=problem):
        apply_overlay.apply(document(), {"overlay": "1.0.0", "actions": [{"target": target, "remove": True}]})


def test_the_command_line_writes_a_copy(tmp_path):
    spec, overlay, out = tmp_path / "spec.yaml", tmp_path / "o.yaml", tmp_path / "out.yaml"
    spec.write_text("# a comment\npaths:\n  /a/b:\n    post: {responses: {'200': {description: ok}}}\n")
    overlay.write_text("overlay: 1.0.0\nactions:\n- target: $.paths['/a/b'].post\n  update: {summary: 新}\n")
    assert apply_overlay.main([str(overlay), "--spec", str(spec), "--output", str(out)]) == 0
    assert "summary: 新" in out.read_text(encoding="utf-8")
    assert apply_overlay.main([str(tmp_path / "missing.yaml"), "--spec", str(spec)]) == 1
