"""Benchmarks of the client against raw baselines measured in the same run (`nox -s bench`)."""
