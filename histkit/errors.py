"""Every error histkit raises on purpose: one base class, one subclass per kind.

Messages say what is wrong, where (file, line, row) and what to do.
"""


class HistkitError(Exception):
    """Something in the input or the parameters stops histkit from going on."""


class CorpusError(HistkitError):
    """A corpus file cannot be read as text."""

    def __init__(self, path, problem):
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class AuthorityError(HistkitError):
    """An authority file (actors, archives, periods) is malformed."""


class ParameterError(HistkitError):
    """A parameter given to a command, a notebook or a roster is not valid."""
