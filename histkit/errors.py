"""Every error histkit raises on purpose: one base class, one subclass per kind.

Messages say what is wrong, where (file, line, row) and what to do.
"""

from __future__ import annotations

from dataclasses import dataclass


class HistkitError(Exception):
    """Something in the input or the parameters stops histkit from going on."""


class CorpusError(HistkitError):
    """A corpus file cannot be read as text.

    >>> err = CorpusError("scan.pdf", "is not text but a PDF file")
    >>> str(err), err.path, err.problem
    ('scan.pdf: is not text but a PDF file', 'scan.pdf', 'is not text but a PDF file')
    """

    def __init__(self, path, problem):
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class AuthorityError(HistkitError):
    """An authority file (actors, archives, periods) is malformed."""


class ParameterError(HistkitError):
    """A parameter given to a command, a notebook or a roster is not valid."""


@dataclass(frozen=True)
class Problem:
    """Something a stage could not read as it should in one document; the others go on.

    >>> problem = Problem("art1", "layout", "note 5 follows note 3; note 4 not found", location="line 40")
    >>> str(problem)
    'line 40: note 5 follows note 3; note 4 not found'

    Every stage reports its problems so, and `build_tables` gathers them in
    the ``problems`` table (doc_id, path, stage, message).
    """

    doc_id: str
    stage: str
    message: str
    location: str = ""

    def __str__(self) -> str:
        return f"{self.location}: {self.message}" if self.location else self.message
