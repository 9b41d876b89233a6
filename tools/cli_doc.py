"""Rewrite the command sections of docs/cli.md from the commands' own --help.

The text before the first "## recoupe" heading and from "## Examples" on is kept as written.
Run: .venv/bin/python tools/cli_doc.py
"""

from __future__ import annotations

from pathlib import Path

import click

from recoupe.cli import cli

DOC = Path(__file__).resolve().parent.parent / "docs" / "cli.md"


def section(name: str, command: click.Command) -> str:
    parent = click.Context(cli, info_name="recoupe", max_content_width=100, terminal_width=100,
                           help_option_names=["-h", "--help"])
    with click.Context(command, parent=parent, info_name=name, max_content_width=100, terminal_width=100,
                       help_option_names=["-h", "--help"]) as ctx:
        text = command.get_help(ctx).removeprefix("Usage: ")
    return f"## recoupe {name}\n\n```\n{text}\n```\n"


def main() -> None:
    doc = DOC.read_text("utf-8")
    head = doc.split("## recoupe ", 1)[0]
    tail = "## Examples" + doc.split("## Examples", 1)[1] if "## Examples" in doc else ""
    order = list(cli.commands)  # the order they are declared in
    body = "\n".join(section(n, cli.commands[n]) for n in order)
    DOC.write_text(head + body + "\n" + tail, "utf-8")


if __name__ == "__main__":
    main()
