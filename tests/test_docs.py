"""The README documents every command."""

from crawler.cli import main
from tests.helpers import ROOT


def test_readme_lists_every_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [name for name in main.commands if f"`danvan {name}`" not in readme]
    assert not missing


def test_every_command_has_help_with_an_example() -> None:
    for name, command in main.commands.items():
        assert command.help and "Example:" in command.help, name


def test_schema_docs_are_current() -> None:
    """docs/schema.md is what `python -m crawler.archive.docs` writes from the schema module now."""
    from crawler.archive.docs import render

    assert (ROOT / "docs" / "schema.md").read_text(encoding="utf-8") == render()


def test_every_table_and_column_of_the_schema_is_in_the_schema_docs() -> None:
    import sqlite3

    from crawler.archive.schema import MIGRATIONS

    conn = sqlite3.connect(":memory:")
    for migration in MIGRATIONS:
        conn.executescript(migration.sql)
    text = (ROOT / "docs" / "schema.md").read_text(encoding="utf-8")
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view') "
                                "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'articles_fts_%'"):
        section = text.split(f"\n## {name}\n", 1)[1].split("\n## ", 1)[0]
        for column in conn.execute(f"PRAGMA table_info([{name}])"):
            assert f"| `{column[1]}` |" in section, f"{name}.{column[1]}"


def test_an_undescribed_column_stops_the_generator(monkeypatch) -> None:
    import pytest

    from crawler.archive import docs, schema

    monkeypatch.setitem(schema.COLUMN_DOCS, "articles", {k: v for k, v in schema.COLUMN_DOCS["articles"].items()
                                                        if k != "sapo"})
    with pytest.raises(docs.SchemaDocsError, match=r"articles\.sapo"):
        docs.render()


def readme_section(title: str) -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index(f"\n## {title}\n")
    end = readme.find("\n## ", start + 1)
    return readme[start:end if end != -1 else None]


def test_how_it_fits_together_matches_the_tree() -> None:
    import re

    section = readme_section("How it fits together")
    # Every package and module at the top of crawler/ has its line, and every path named exists.
    for entry in (ROOT / "crawler").iterdir():
        if entry.name in ("__pycache__", "__init__.py"):
            continue
        name = f"crawler/{entry.name}" + ("/" if entry.is_dir() else "")
        assert f"`{name}`" in section, f"{name} is not described in the README's 'How it fits together'"
    named = re.findall(r"`((?:crawler|spiders|tests|bench|docs)/[\w./<>-]*)`", section)
    assert len(named) > 15
    for path in named:
        if "<" not in path:
            assert (ROOT / path).exists(), f"the README names {path}, which does not exist"
    # File names given inside a package's line exist in that package.
    for package, files in re.findall(r"^\| `(crawler/\w+/)` \| (.*) \|$", section, re.M):
        for file_name in re.findall(r"`([\w]+\.(?:py|toml))`", files):
            assert (ROOT / package / file_name).exists(), f"{package}{file_name} is named in the README but missing"


def test_the_fault_matrix_lists_at_least_20_kinds_each_with_a_test_that_exists() -> None:
    import ast
    import re

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Fault matrix", 1)[1].split("\n### ", 1)[0]
    rows = [line for line in section.splitlines() if re.match(r"\| \d+ \|", line)]
    assert len(rows) >= 20
    for row in rows:
        [reference] = re.findall(r"`(tests/[\w/]+\.py)::(\w+)`", row) or [None]
        assert reference is not None, row
        path, name = reference
        tree = ast.parse((ROOT / path).read_text(encoding="utf-8"))
        assert name in {n.name for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)}, row
