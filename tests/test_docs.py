"""Every command of the CLI is documented in the README, and the README starts with the two
commands a newcomer types."""

from __future__ import annotations

from pathlib import Path

from shingi.cli import build_parser

ROOT = Path(__file__).resolve().parent.parent


def test_every_command_is_documented() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    parser = build_parser()
    commands = next(a for a in parser._actions if a.dest == "command").choices
    assert commands
    for name in commands:
        assert f"`shingi {name}" in readme, f"command {name} is not documented in README.md"


def test_readme_starts_with_the_two_commands() -> None:
    head = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()[:8]
    assert any(line.startswith("make demo") for line in head)
    assert any(line.startswith("make test") for line in head)
