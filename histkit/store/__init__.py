"""Store: a corpus to every table at once, and the tables to files."""

from .tables import COLUMNS, Tables, build_tables, flag_call_numbers, write_tables

__all__ = ["COLUMNS", "Tables", "build_tables", "flag_call_numbers", "write_tables"]
