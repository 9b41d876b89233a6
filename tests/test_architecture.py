"""The shape of the house, enforced: imports flow one way along the pipeline.

Every ``import`` of ``src/recoupe`` is read (module level and inside functions alike, since an
import inside a function is the usual way to hide a cycle), and:

- the layers import only what comes before them: the shared base (types, normalisation,
  timestamps, language data), then the stages in the pipeline's order (ingest, enrich, resolve,
  stories, crosscheck); the store imports the base only; the pipeline and the reading side import
  stages and the store; the interfaces (cli, web) come last, and the web never imports the cli;
- no module imports another module's private (underscore) names;
- no two modules import each other, directly or through others.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src"
PACKAGE = SRC / "recoupe"

# Layers, in order; a module may import its own layer and those listed in ALLOWED for it.
BASE = ("recoupe", "recoupe.errors", "recoupe.models", "recoupe.normalise", "recoupe.timestamps", "recoupe.lang")
STAGES = ("recoupe.ingest", "recoupe.enrich", "recoupe.resolve", "recoupe.stories", "recoupe.crosscheck")


def layer(module: str) -> str:
    for prefix in ("recoupe.lang", "recoupe.ingest", "recoupe.enrich", "recoupe.resolve", "recoupe.stories",
                   "recoupe.crosscheck", "recoupe.store", "recoupe.backfill", "recoupe.cli", "recoupe.web"):
        if module == prefix or module.startswith(prefix + "."):
            return "base" if prefix == "recoupe.lang" else prefix.removeprefix("recoupe.")
    if module in BASE:
        return "base"
    return module.removeprefix("recoupe.")  # pipeline, reading, schema


_ORDER = ["base", *(s.removeprefix("recoupe.") for s in STAGES)]
ALLOWED: dict[str, set[str]] = {name: set(_ORDER[: i + 1]) for i, name in enumerate(_ORDER)}
ALLOWED["store"] = {"base", "store"}
ALLOWED["pipeline"] = {*_ORDER, "store", "pipeline"}
ALLOWED["reading"] = {*_ORDER, "store", "reading"}
ALLOWED["backfill"] = {*_ORDER, "store", "pipeline", "reading", "backfill"}
ALLOWED["schema"] = {"base", "schema"}
ALLOWED["cli"] = {*_ORDER, "store", "pipeline", "reading", "schema", "web", "backfill", "cli"}
ALLOWED["web"] = {*_ORDER, "store", "pipeline", "reading", "schema", "web"}


def module_name(path: Path) -> str:
    parts = path.relative_to(SRC).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def imports(path: Path, me: str) -> list[tuple[str, str | None, int]]:
    """(module, imported name or None, line) for each import of recoupe in the file of module
    ``me``."""
    package = me if path.name == "__init__.py" else me.rpartition(".")[0]
    out = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            out += [(a.name, None, node.lineno) for a in node.names if a.name.split(".")[0] == "recoupe"]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            if base.split(".")[0] != "recoupe":
                continue
            out += [(base, a.name, node.lineno) for a in node.names]
    return out


def resolve(target: str, name: str | None, known: dict[str, Path]) -> str:
    """The module an import reaches: ``from recoupe.x import y`` is module ``recoupe.x.y`` when
    that is a module, else ``recoupe.x``."""
    if name and f"{target}.{name}" in known:
        return f"{target}.{name}"
    return target


def graph() -> dict[str, set[str]]:
    known = modules()
    return {m: {resolve(t, n, known) for t, n, _ in imports(p, m)} - {m} for m, p in known.items()}


def test_the_layers_are_the_folders():
    names = {layer(m) for m in modules()}
    assert names == {"base", "ingest", "enrich", "resolve", "stories", "crosscheck", "store", "pipeline", "reading",
                     "schema", "backfill", "cli", "web"}


def direction_errors(known: dict[str, Path]) -> list[str]:
    wrong = []
    for m, p in known.items():
        for target, name, line in imports(p, m):
            reached = resolve(target, name, known)
            if layer(reached) not in ALLOWED[layer(m)]:
                wrong.append(f"{m}:{line}: {layer(m)} imports {reached} ({layer(reached)})")
    return wrong


def private_errors(known: dict[str, Path]) -> list[str]:
    wrong = []
    for m, p in known.items():
        for target, name, line in imports(p, m):
            if name and name.startswith("_") and not name.startswith("__") and resolve(target, name, known) != m:
                wrong.append(f"{m}:{line}: {target}.{name}")
    return wrong


def test_imports_flow_one_way():
    wrong = direction_errors(modules())
    assert not wrong, "\n".join(wrong)


def test_no_module_imports_another_modules_private_names():
    wrong = private_errors(modules())
    assert not wrong, "\n".join(wrong)


def test_no_import_cycles():
    g = graph()
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    cycles: list[list[str]] = []

    def visit(v: str) -> None:  # Tarjan's strongly connected components
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in g.get(v, ()):
            if w not in g:
                continue
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                cycles.append(sorted(comp))

    for v in sorted(g):
        if v not in index:
            visit(v)
    assert not cycles, cycles


@pytest.mark.parametrize("source, check", [
    ("from recoupe.stories.placement import assign\n", direction_errors),  # the old store placed stories
    ("from recoupe.crosscheck.align import _same_speaker\n", private_errors),  # the old variants did this
])
def test_the_checks_catch_the_old_mistakes(tmp_path, source, check):
    """The old store imported the stages, and the cross-check imported private names: a store
    module doing either is found."""
    probe = tmp_path / "probe.py"
    probe.write_text(source, "utf-8")
    assert check({**modules(), "recoupe.store.probe": probe})


def test_ray_is_imported_by_the_backfill_engine_alone():
    """Ray is an optional extra: only ``recoupe.backfill.cluster`` imports it, and nothing of
    the embedded path imports that module (the cli only inside its ``backfill`` command)."""
    for m, p in modules().items():
        tree = ast.parse(p.read_text("utf-8"))
        names = {a.name.split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
        names |= {(n.module or "").split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and not n.level}
        if "ray" in names:
            assert m == "recoupe.backfill.cluster", m
