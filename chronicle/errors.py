"""Errors are types; only the CLI turns them into messages and exit codes."""
from __future__ import annotations


def shown(text: str) -> str:
    """A file name as a message prints it: as it is, unless it holds a character a terminal would
    act on (a newline would forge a `path:1:` line, an escape sequence recolour the screen); then
    quoted, with such characters written as escapes ('evil\\nname.md')."""
    if text.isprintable():
        return text
    return repr(text)


def _one_line(message: str) -> str:
    message = message.replace("\r", "\\r").replace("\n", "\\n")
    if message.isprintable():
        return message
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in message)


class ChronicleError(Exception):
    """A problem a user can fix, located at path:line[:col]."""

    severity = "error"

    MAX_MESSAGE = 400

    def __init__(self, path: str, line: int | None, message: str, col: int | None = None):
        # One line each, whatever text a message quotes: newlines and other controls shown as
        # escapes, long quotes cut.
        message = _one_line(message)
        if len(message) > self.MAX_MESSAGE:
            message = message[: self.MAX_MESSAGE - 1] + "…"
        super().__init__(message)
        self.path = str(path)
        self.line = line
        self.col = col
        self.message = message

    def __reduce__(self):
        # raised in a forked worker (ingest's drafting, the build's parsing), an error comes back
        # pickled: by Exception's default, as cls(message), a TypeError that hung the pool
        return (self.__class__, (self.path, self.line, self.message, self.col))

    def location(self) -> str:
        loc = shown(self.path)
        if self.line is not None:
            loc += f":{self.line}"
            if self.col is not None:
                loc += f":{self.col}"
        return loc

    def __str__(self) -> str:
        return f"{self.location()}: {self.message}"

    def sort_key(self) -> tuple:
        return (self.path, self.line or 0, self.col or 0, self.message)


class ConfigError(ChronicleError):
    """config.yaml is wrong."""


class ContentError(ChronicleError):
    """An article or page is wrong."""


class ContentWarning(ChronicleError):
    """Something suspicious that does not stop a build."""

    severity = "warning"


class ConfigWarning(ChronicleError):
    """A setting that works but will publish something the writer did not mean."""

    severity = "warning"


class SizeWarning(ChronicleError):
    """The site is near or over a limit of its host (GitHub Pages) or over a page budget."""

    severity = "warning"


class SizeError(ChronicleError):
    """The same, when config.yaml makes size limits errors: nothing was published."""


class TemplateError(ChronicleError):
    """A layout is wrong (syntax error or undefined variable)."""


class OutputError(ChronicleError):
    """The site could not be written (collision, escape, disk)."""


class IngestError(ChronicleError):
    """A raw digest could not be read."""


class IngestWarning(ChronicleError):
    """A file ingest was meant to read and did not (one in the sources folder that is no digest)."""

    severity = "warning"


class LockedError(ChronicleError):
    """Another Chronicle process holds the lock."""


class ErrorList(ChronicleError):
    """Several errors collected and reported together."""

    def __init__(self, errors: list[ChronicleError]):
        errors = sorted(errors, key=ChronicleError.sort_key)
        first = errors[0]
        super().__init__(first.path, first.line, f"{len(errors)} problem(s)")
        self.errors = errors

    def __reduce__(self):
        return (self.__class__, (self.errors,))

    def __str__(self) -> str:
        return "\n".join(str(e) for e in self.errors)


def raise_if_any(errors: list[ChronicleError]) -> None:
    real = [e for e in errors if e.severity == "error"]
    if real:
        raise ErrorList(real)


class InterruptedAfterPublishing(KeyboardInterrupt):
    """Ctrl-C after the new site was swapped in: site/ is the new build, not the previous one."""
