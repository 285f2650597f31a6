"""CLI commands of runner."""


def register(commands) -> None:
    """Add this module's commands to the argparse sub-parsers."""
