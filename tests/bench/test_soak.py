"""A short fault soak: the invariants of `nox -s soak` hold on 200 calls."""

from __future__ import annotations

from bench.soak import SoakSettings, soak


def test_a_short_soak_loses_nothing():
    result = soak(SoakSettings(calls=200, concurrency=10, token_expiry_every=50))
    assert result["untyped_exception_count"] == 0, result["untyped_exceptions"]
    assert result["hung_calls"] == 0
    assert result["duplicate_side_effects"] == 0
    # the faults were really there, and the client came through most of them
    assert sum(result["faults_injected"].values()) > 0 and result["typed_errors"]
    assert result["successes"] > result["calls"] // 2
    assert result["forced_token_expiries"] >= 3 and result["token_requests"] >= 2
