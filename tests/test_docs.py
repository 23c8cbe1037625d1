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
