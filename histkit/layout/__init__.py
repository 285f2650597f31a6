"""Layout: a `Document` to blocks (body, notes, heads, front and back matter) and linked notes."""

from .analyse import analyse_layout
from .model import Block, Layout, Note
from .numbering import number_notes

__all__ = ["Block", "Layout", "Note", "analyse_layout", "number_notes"]
