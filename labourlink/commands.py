"""The subcommands' parsers, each taking the options every command shares (--var)."""

import argparse
from typing import Any


class Commands:
    """Subcommands that all take the shared options."""

    def __init__(self, subparsers: Any, parents: list[argparse.ArgumentParser]) -> None:
        self.subparsers, self.parents = subparsers, parents

    def add_parser(self, name: str, **kwargs: Any) -> argparse.ArgumentParser:
        return self.subparsers.add_parser(name, parents=self.parents, **kwargs)

    def nested(self, parser: argparse.ArgumentParser, dest: str) -> "Commands":
        """The subcommands of `parser`, taking the same shared options."""
        return Commands(parser.add_subparsers(dest=dest, required=True), self.parents)
