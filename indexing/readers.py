"""Readers turn a file into plain text lines. One reader per kind of file; all end in the same text.

Only text formats exist today (.txt, .md); HTML, PDF and DOCX readers slot in by registering a suffix.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path


class UnreadableReport(Exception):
    """The file cannot be read as a report; the message says which file and what to do."""


Reader = Callable[[Path], str]
_READERS: dict[str, Reader] = {}


def register_reader(*suffixes: str) -> Callable[[Reader], Reader]:
    def wrap(fn: Reader) -> Reader:
        for suffix in suffixes:
            _READERS[suffix] = fn
        return fn

    return wrap


def supported_suffixes() -> tuple[str, ...]:
    return tuple(sorted(_READERS))


@register_reader(".txt", ".md", ".markdown")
def read_plain_text(path: Path) -> str:
    data = path.read_bytes()
    if not data.strip():
        raise UnreadableReport(f"{path}: the file is empty")
    if b"\x00" in data[:4096]:
        raise UnreadableReport(f"{path}: this looks like a binary file, not report text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UnreadableReport(
            f"{path}: not valid UTF-8 text; convert it to UTF-8 (e.g. `iconv -f GBK -t UTF-8`) and index it again"
        ) from None


def read_document(path: Path) -> str:
    reader = _READERS.get(path.suffix.lower())
    if reader is None:
        raise UnreadableReport(
            f"{path}: unsupported file type {path.suffix or '(none)'}; supported: {', '.join(supported_suffixes())}"
        )
    try:
        text = reader(path)
    except OSError as exc:
        raise UnreadableReport(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    return text.replace("\r\n", "\n").replace("\r", "\n")
