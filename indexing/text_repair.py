"""Repairs of converted report text: page markers, markdown marks, lines broken mid-sentence, one-line reports."""

from __future__ import annotations

import re

from indexing.national_format import CHINESE_NUMERALS, SECTIONS

PAGE_MARKER_LINE = re.compile(r"^\s*[-—–－]{1,2}\s*\d{1,3}\s*[-—–－]{1,2}\s*$")
# Inline markers need spaces on both sides of the number so that ranges such as 2024－2027 survive.
PAGE_MARKER_INLINE = re.compile(r"(?<!\S)[—–－-]{1,2}\s+\d{1,3}\s+[—–－-]{1,2}(?!\S)")
SENTENCE_END = "。！？；：:!?;」”）)"
NUMBERING = re.compile(rf"^(?:[{CHINESE_NUMERALS}]+、|[（(][{CHINESE_NUMERALS}]+[)）]|\d{{1,2}}\s*[.、．](?!\d))")
ONE_LINE_THRESHOLD = 1500  # characters on one line: the report was flattened by a crawler


def is_page_marker(line: str) -> bool:
    return bool(PAGE_MARKER_LINE.match(line))


def strip_markdown(line: str) -> str:
    line = re.sub(r"^\s*#{1,6}\s*", "", line)
    return line.replace("**", "").replace("__", "")


def remove_page_markers(lines: list[str]) -> list[str]:
    """Blank page-marker lines (kept as empty lines so line numbers still point into the source)."""
    return ["" if is_page_marker(line) else PAGE_MARKER_INLINE.sub(" ", line) for line in lines]


def break_before(punctuation: str) -> str:
    """Where a flattened report breaks: after sentence punctuation (and the spaces after it), or a whole run of
    spaces. Each run is matched once from its start: a pattern that may start anywhere inside a run and scan to its
    end is quadratic on long runs of spaces (a 90 KB line of spaces took minutes and froze the server)."""
    return rf"(?:(?<=[{punctuation}])\s*|(?<![\s{punctuation}])\s+)"


def unflatten(text: str) -> str:
    """Give a report that arrived as one line its paragraphs back: break before numbered headings."""
    if max((len(line) for line in text.split("\n")), default=0) < ONE_LINE_THRESHOLD:
        return text
    text = re.sub(rf"{break_before('。；！？')}(?=[{CHINESE_NUMERALS}]、)", "\n", text)
    # The national section titles start a line even when digits of a flattened table run into them.
    for section in SECTIONS:
        for title in (section.title, *section.aliases):
            text = re.sub(rf"(?<=[^\n])(?={re.escape(title)})", "\n", text)
    text = re.sub(rf"{break_before('。；！？：:')}(?=[（(][{CHINESE_NUMERALS}]+[)）])", "\n", text)
    return text


def join_broken_lines(lines: list[str]) -> list[str]:
    """Join lines that a PDF converter broke mid-sentence or mid-word into paragraphs."""
    paragraphs: list[str] = []
    for raw in lines:
        line = raw.strip()
        if not line:  # blank lines and removed page markers do not end a sentence
            continue
        prev = paragraphs[-1] if paragraphs else ""
        if prev and prev[-1] not in SENTENCE_END and not NUMBERING.match(line):
            joiner = " " if (prev[-1].isascii() and line[0].isascii()) else ""
            paragraphs[-1] = prev + joiner + line
        else:
            paragraphs.append(line)
    return paragraphs
