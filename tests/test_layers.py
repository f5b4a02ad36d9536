"""The packages depend one way: indexing ← service ← evals / tests. The evaluation commands reach the CLI through
an entry point, and `reportqa eval` needs nothing that only the dev extra installs."""

from __future__ import annotations

import argparse
import ast
import importlib
import os
import subprocess
import sys
import tomllib

import pytest

from tests.conftest import REPO_ROOT

LOWER_LAYERS = {"indexing": ("service", "evals", "tests"), "service": ("evals", "tests")}


def imported_modules(path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_lower_layers_never_import_upper_ones():
    wrong = []
    for package, upper in LOWER_LAYERS.items():
        for path in sorted((REPO_ROOT / package).rglob("*.py")):
            for name in imported_modules(path):
                if name.split(".")[0] in upper:
                    wrong.append(f"{path.relative_to(REPO_ROOT)} imports {name}")
    assert not wrong, "\n".join(wrong)


def test_eval_and_synth_are_registered_commands():
    declared = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text())["project"]["entry-points"]["reportqa.commands"]
    assert set(declared) == {"eval", "synth"}
    parser = argparse.ArgumentParser(prog="reportqa")
    sub = parser.add_subparsers(dest="command", required=True)
    for target in declared.values():
        module, function = target.split(":")
        getattr(importlib.import_module(module), function)(sub)
    args = parser.parse_args(["eval", "--set", "heldout", "--no-baseline"])
    assert args.set == ["heldout"] and args.no_baseline and callable(args.func)
    assert parser.parse_args(["synth", "3", "--out", "/tmp/x"]).count == 3


@pytest.mark.slow  # a child process importing the whole service
def test_the_eval_path_needs_no_dev_dependency():
    """`reportqa eval` runs on a plain install: nothing it imports comes only with the dev extra (the in-process
    TestClient it used to ask through needs httpx, which only that extra promises)."""
    dev_only = ["fastapi.testclient", "pytest", "playwright", "reportlab", "trafilatura", "readability", "hypothesis"]
    code = (
        "import sys\n"
        f"for name in {dev_only!r}: sys.modules[name] = None\n"  # importing them now fails, as on a plain install
        "import evals.commands, evals.runner, evals.scoring, evals.baseline, evals.synth\n"
        "from service.services import Services\n"
        "print('ok')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO_ROOT, timeout=300)
    assert result.returncode == 0 and result.stdout.strip() == "ok", result.stderr


@pytest.mark.slow  # a child process importing every module
def test_importing_changes_nothing_outside():
    """No import-time side effects: importing every module leaves the environment as it was."""
    code = (
        "import os, pkgutil, importlib\n"
        "before = dict(os.environ)\n"
        "import indexing, service\n"
        "for package in (indexing, service):\n"
        "    for module in pkgutil.walk_packages(package.__path__, package.__name__ + '.'):\n"
        "        importlib.import_module(module.name)\n"
        "changed = {k for k in set(before) | set(os.environ) if before.get(k) != os.environ.get(k)}\n"
        "print(sorted(changed))\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "HF_HUB_OFFLINE"}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO_ROOT, timeout=300, env=env
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
