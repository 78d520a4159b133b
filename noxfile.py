"""Developer tasks. `nox -l` lists them; arguments after `--` reach the underlying tool.

nox -s tests                 # the test suite
nox -s generate              # regenerate generated/ from openapi/yiyiqian.yaml
nox -s generate -- --check   # fail when generated/ is stale (CI)
nox -s lint                  # ruff on the hand-written code, mypy --strict on overrides/
nox -s lint-spec             # Redocly lint of the spec
nox -s evidence              # rewrite the evidence table in README.md
"""

from __future__ import annotations

import os

import nox

nox.options.default_venv_backend = "uv|virtualenv"
nox.options.reuse_existing_virtualenvs = True
nox.options.error_on_external_run = True
nox.options.sessions = ["tests"]

# Generators and ruff are pinned exactly: their output is committed and checked for drift.
GENERATORS = (
    "openapi-python-client==0.29.1",
    "datamodel-code-generator==0.89.0",
    "openapi-spec-validator==0.9.0",
    "ruff==0.17.6",
    "pyyaml==6.0.3",
)
TEST_TOOLS = (
    "pytest==9.2.0",
    "hypothesis==6.170.17",
    "pyyaml==6.0.3",
    "schemathesis==4.32.5",
    "trio==0.35.0",
    "trustme==1.2.1",
)
LINTERS = ("ruff==0.17.6", "mypy==2.4.1", "types-PyYAML==6.0.12.20261122")
REDOCLY = "@redocly/cli@2.77.0"

os.environ.setdefault("UV_COMPILE_BYTECODE", "1")  # this machine sets PYTHONDONTWRITEBYTECODE
# schemathesis' stateful phase iterates sets of strings: a fixed hash seed makes a contract run
# repeat itself (same cases, same links walked) as the fixed generation seed intends.
CONTRACT_ENV = {"PYTHONHASHSEED": os.environ.get("PYTHONHASHSEED", "0")}


def install(session: nox.Session, *requirements: str, editable: bool = False) -> None:
    """Install into the session's venv (the project editable, with its extras, when asked).

    A no-op under --no-venv, where session.install() would raise.
    """
    if isinstance(session.virtualenv, nox.virtualenv.PassthroughEnv):
        return
    if editable:
        session.install("-e", ".[sandbox,cli]")
    if requirements:
        session.install(*requirements)


@nox.session
def tests(session: nox.Session) -> None:
    """Run the test suite (the README's test command)."""
    install(session, *TEST_TOOLS, "openapi-spec-validator==0.9.0", "mypy==2.4.1", editable=True)
    session.run("pytest", *session.posargs)


@nox.session
def contract(session: nox.Session) -> None:
    """Fuzz a server against the spec (default: the bundled sandbox); writes reports/contract.md."""
    install(session, *TEST_TOOLS, editable=True)
    session.run(
        "python",  # `python -m pytest`, as the tests run it: the same run as theirs, case for case
        "-m",
        "pytest",
        "contract_tests",
        "-p",
        "no:cacheprovider",
        "--junitxml=reports/contract.xml",
        *session.posargs,
        env=CONTRACT_ENV,
    )


@nox.session(name="contract-apply")
def contract_apply(session: nox.Session) -> None:
    """Apply a reviewed proposals overlay to the spec, regenerate, re-run the contract suite.

    nox -s contract-apply -- --base-url https://staging...         # openapi/yiyiqian.yaml in place
    nox -s contract-apply -- --copy --base-url https://staging...  # reports/yiyiqian.proposed.yaml
    `--overlay PATH` picks another overlay (default reports/spec-proposals.overlay.yaml); the other
    arguments reach the contract suite, so the re-run targets the same server.
    """
    install(session, *TEST_TOOLS, *GENERATORS, "ruamel.yaml==0.19.1", editable=True)
    args, overlay, copy = list(session.posargs), "reports/spec-proposals.overlay.yaml", False
    if "--overlay" in args:
        at = args.index("--overlay")
        overlay = args[at + 1]
        del args[at : at + 2]
    if "--copy" in args:
        args.remove("--copy")
        copy = True
    if copy:
        spec = "reports/yiyiqian.proposed.yaml"
        session.run("python", "tools/apply_overlay.py", overlay, "--output", spec)
        tmp = session.create_tmp()
        session.run("python", "tools/generate.py", "--spec", spec, "--into", f"{tmp}/generated")
        args = ["--contract-spec", spec, *args]
    else:
        session.run("python", "tools/apply_overlay.py", overlay)
        session.run("python", "tools/generate.py")
        session.run("python", "tools/evidence_table.py")
    session.run("pytest", "contract_tests", "-p", "no:cacheprovider", "--junitxml=reports/contract-apply.xml", *args)


@nox.session(name="contract-prism")
def contract_prism(session: nox.Session) -> None:
    """The contract suite against Stoplight Prism (npm, pinned); writes reports/contract-prism.md."""
    install(session, *TEST_TOOLS, editable=True)
    session.run("python", "tools/prism.py", "--junitxml=reports/contract-prism.xml", *session.posargs)


@nox.session
def bench(session: nox.Session) -> None:
    """Benchmarks against raw baselines -> reports/bench.json and .md (`-- --quick`: a smoke run)."""
    install(session, *GENERATORS, "nox==2026.10.20", editable=True)
    session.run("python", "-m", "bench", *session.posargs)


@nox.session
def soak(session: nox.Session) -> None:
    """2,000 mixed calls against a faulty sandbox -> reports/soak.json (`-- --calls N` to change)."""
    install(session, editable=True)
    session.run("python", "-m", "bench.soak", *session.posargs)


@nox.session
def examples(session: nox.Session) -> None:
    """Run every script of examples/ against a sandbox this session starts."""
    install(session, editable=True)
    session.run("python", "tools/run_examples.py", *session.posargs)


@nox.session
def docs(session: nox.Session) -> None:
    """Build docs/api/index.html with Redocly, then render it in headless Chromium (`-- --check`: drift only)."""
    install(session, "pyyaml==6.0.3")
    session.run("python", "tools/docs.py", "build", *session.posargs)
    session.run("python", "tools/docs.py", "browser-check")


@nox.session
def generate(session: nox.Session) -> None:
    """Validate the spec and regenerate generated/ (`-- --check` only compares)."""
    install(session, *GENERATORS)
    session.run("python", "tools/generate.py", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """ruff on everything hand-written; mypy --strict on the package people import."""
    install(session, *LINTERS, editable=True)
    hand_written = ("overrides", "sandbox", "contract_tests", "bench", "examples", "tests", "tools", "noxfile.py")
    session.run("ruff", "check", *hand_written, *session.posargs)
    session.run("ruff", "format", "--check", *hand_written)
    session.run("mypy", "overrides/yiyiqian")
    session.run("python", "tools/check_layers.py")
    session.run("python", "tests/sandbox/import_graph.py")  # no import circle in the sandbox (issue 12)


@nox.session(name="lint-spec")
def lint_spec(session: nox.Session) -> None:
    """Lint openapi/yiyiqian.yaml with Redocly CLI (recommended ruleset, see redocly.yaml)."""
    session.run(
        "npx",
        "--yes",
        REDOCLY,
        "lint",
        "openapi/yiyiqian.yaml",
        "--format",
        "stylish",
        *session.posargs,
        external=True,
    )


@nox.session
def evidence(session: nox.Session) -> None:
    """Rewrite the evidence table of README.md from the spec (`-- --check` only compares)."""
    install(session, "pyyaml==6.0.3")
    session.run("python", "tools/evidence_table.py", *session.posargs)
