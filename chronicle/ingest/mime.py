"""A newsletter saved as an e-mail file (`.eml`, "Save as" in every mail client): its MIME parts
decoded (quoted-printable, base64, the part's charset) with the standard library's e-mail parser,
and the message given to the line readers as a forwarded e-mail reads: its Subject, From and Date
lines, then the text. Read raw, a saved newsletter was soft line breaks (`=` at line ends), `=E2=80=99`
for every apostrophe, base64 blocks and MIME boundaries taken for headlines and bodies.

Recognised by content (the file starts with header lines and names a MIME version or content
type), not by its name. Lines of errors and reports after this are the decoded text's lines."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .formats import html_to_text
from .htmltext import plain

if TYPE_CHECKING:
    from email.message import EmailMessage

# The header block a saved message starts with: `Name: value` lines (folded lines start with
# blanks) up to the first blank line. Received/Return-Path lead in files saved from a server.
_HEADER_LINE = re.compile(r"^(?:[A-Za-z][A-Za-z0-9-]{0,40}:[ \t]?.*|[ \t]+\S.*)$")
_MIME_MARK = re.compile(r"^(?:mime-version|content-type)\s*:", re.I | re.M)
_SHOWN = ("Subject", "From", "Date")
_MAX_HEADER_LINES = 400   # a header block longer than this is not one (a digest of `Key: value` lines)


def unwrapped(text: str) -> str | None:
    """The text a reader sees in the saved message `text`; None when `text` is not a MIME message."""
    head = _header_block(text)
    if head is None or not _MIME_MARK.search(head):
        return None
    # here, not at the top: every digest is asked, few are e-mails (the e-mail package: ~25 ms of ingest's start)
    import email
    import email.policy
    from email.message import EmailMessage
    msg = email.message_from_string(text, policy=email.policy.default)
    if not isinstance(msg, EmailMessage):
        return None
    body = _body_text(msg)
    if body is None:
        return None
    shown = [f"{name}: {_header(msg, name)}" for name in _SHOWN if _header(msg, name)]
    return "\n".join(shown) + "\n\n" + body.strip() + "\n"


def _header_block(text: str) -> str | None:
    lines = []
    for line in text.lstrip("\n").split("\n", _MAX_HEADER_LINES + 1)[:_MAX_HEADER_LINES + 1]:
        line = line.rstrip("\r")
        if not line:
            return "\n".join(lines) if len(lines) >= 2 else None
        if not _HEADER_LINE.match(line):
            return None
        lines.append(line)
    return None


def _header(msg: EmailMessage, name: str) -> str:
    try:
        value = str(msg.get(name, "") or "")
    except (ValueError, TypeError, IndexError):   # a malformed encoded word or address list
        value = str(msg.get_all(name, [""])[0] or "") if msg.get_all(name) else ""
    value = " ".join(value.split())
    if name == "Date" and value:
        import email.utils
        try:   # as a person writes it, which the date readers take (`Mon, 03 Mar 2025 07:02:11 +0000`)
            when = email.utils.parsedate_to_datetime(value)
            return f"{when.day} {when:%B %Y}"
        except (ValueError, TypeError, IndexError, OverflowError):
            return value
    return value


def _body_text(msg: EmailMessage) -> str | None:
    """The message's plain text part, else its HTML part as text; None when it has neither."""
    try:
        part = msg.get_body(preferencelist=("plain", "html"))
    except (KeyError, LookupError, ValueError):
        part = None
    if part is None:
        return None
    try:
        content = part.get_content()
    except (LookupError, ValueError, UnicodeError, AssertionError):   # an unknown charset or transfer encoding
        payload = part.get_payload(decode=True) or b""
        content = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else str(payload)
    if not isinstance(content, str):
        return None
    if part.get_content_subtype() == "html":   # blocks apart by blank lines, as pasted HTML is read
        content = html_to_text(content) or plain(content)
    return content.replace("\r\n", "\n").replace("\r", "\n")
