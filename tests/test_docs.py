"""The docs keep up with the code: every command and option is in the CLI reference."""

import click
import pytest
from conftest import ROOT

from recoupe.cli import cli

CLI_DOC = (ROOT / "docs" / "cli.md").read_text("utf-8")


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_command_and_option_is_documented(name):
    assert f"## recoupe {name}\n" in CLI_DOC, f"docs/cli.md lacks recoupe {name}"
    section = CLI_DOC.split(f"## recoupe {name}\n", 1)[1].split("\n## ", 1)[0]
    for param in cli.commands[name].params:
        if isinstance(param, click.Option):
            assert any(opt in section for opt in param.opts), f"{name}: {param.opts} not documented"


def test_readme_gives_the_two_commands_and_the_docs_exist():
    readme = (ROOT / "README.md").read_text("utf-8")
    assert "make demo" in readme and "make test" in readme
    for page in ("architecture.md", "schema.md", "cli.md"):
        assert (ROOT / "docs" / page).exists()
    assert (ROOT / "CHANGELOG.md").exists()


def test_schema_doc_names_every_article_field():
    from recoupe.schema import article_schema

    doc = (ROOT / "docs" / "schema.md").read_text("utf-8")
    for field in article_schema()["properties"]:
        assert f"`{field}`" in doc, field
