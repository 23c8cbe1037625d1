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
