"""Layout: a `Document` to blocks (body, notes, heads, front and back matter) and linked notes."""

from .analyse import Block, Layout, Note, analyse_layout

__all__ = ["Block", "Layout", "Note", "analyse_layout"]
