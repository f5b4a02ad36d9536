"""Split a report into its numbered sections and sub-headings, with the text repaired.

The heading level comes from the numbering (一、 / （一） / 1.), never from markdown ``#`` marks, because
converters put ``#`` on arbitrary lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from indexing.models import SectionText
from indexing.national_format import (
    CHINESE_NUMERALS,
    COMMON_SUBHEADINGS,
    SECTIONS,
    SUBHEADING_SUFFIXES,
    strip_numbering,
)
from indexing.tables import classify, compact, flexible_pattern, split_fields, trailing_values
from indexing.text_repair import join_broken_lines, strip_markdown

LEVEL_PATTERNS = (
    (1, re.compile(rf"^([{CHINESE_NUMERALS}]{{1,2}})、")),
    (2, re.compile(rf"^[（(]([{CHINESE_NUMERALS}]{{1,2}})[)）]")),
    (3, re.compile(r"^(\d{1,2})\s*[.、．](?!\d)")),
)
MAX_HEADING = 40
KNOWN_SUBHEADING = re.compile(
    "(?:"
    + "|".join(sorted(COMMON_SUBHEADINGS, key=len, reverse=True))
    + ")"
    + "(?:"
    + "|".join(SUBHEADING_SUFFIXES)
    + ")?(?=[。：:；\\s]|[^。：:；\\s]{6,})"
)
# A heading ends at 。/：, at a space, or where a year starts the body text of a one-line report.
HEADING_END = re.compile(r"[。：:；]|\s+(?=\S)|(?<=[\u4e00-\u9fff）)]{4})(?=\d)")


@dataclass
class _Open:
    path: list[str]
    lines: list[str] = field(default_factory=list)


def _split_heading(line: str) -> tuple[int, str, str] | None:
    """(level, heading, rest of the line) when the line starts with a numbered heading."""
    for level, pattern in LEVEL_PATTERNS:
        m = pattern.match(line)
        if not m:
            continue
        # PDF converters put spaces between digits and characters (2024 年); they are not heading ends.
        body = re.sub(r"(?<=\d)\s+(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])\s+(?=\d)", "", line[m.end() :])
        if level == 1:
            known = _known_title_prefix(body)
            if known:
                return level, (line[: m.end()] + known.group(0)).strip(), body[known.end() :].lstrip("。：: ").strip()
        if level == 2:
            known = KNOWN_SUBHEADING.match(body)
            if known:
                return level, (line[: m.end()] + known.group(0)).strip(), body[known.end() :].lstrip("。：:； ").strip()
        end = HEADING_END.search(body, 2 if len(body) > 2 else 0)
        head = body[: end.start()] if end else body
        rest = body[end.end() :] if end else ""
        if end and end.group(0) in "。：:":
            rest = body[end.end() :]
        if not head.strip() or len(head) > MAX_HEADING:
            return None
        return level, (line[: m.end()] + head).strip(), rest.strip()
    return None


def _known_title_prefix(body: str) -> re.Match[str] | None:
    """The national section title at the start of a heading's text, when the text runs on after it."""
    for section in SECTIONS:
        for title in sorted((section.title, *section.aliases), key=len, reverse=True):
            m = re.match(flexible_pattern(title.split("、", 1)[1]), body)
            if m:
                return m
    return None


CONTACT_FIELD = re.compile(r"(?:地址|电话|邮编|邮箱|传真|网址|联系方式)\s*[：:]")


def _is_table_line(line: str) -> bool:
    """Rows of tables and their header fragments are not narrative."""
    if line.lstrip().startswith("|"):
        return True
    fields = split_fields(line)
    if "\t" in line and len(fields) >= 3:
        return True
    label, values = trailing_values(fields)
    if CONTACT_FIELD.search(line):
        return False  # 请与…联系（地址：…大道 90 — a wrapped sentence ending in a number, not a table row
    return bool(values) and any(classify(v)[0] in ("number", "zero") for v in values) and "。" not in line


def _top_section_number(heading: str) -> str:
    m = LEVEL_PATTERNS[0][1].match(heading)
    return m.group(1) if m else ""


def known_section_title(heading: str) -> bool:
    """Top-level headings of the national outline (or the variants met in real reports)."""
    for section in SECTIONS:
        for title in (section.title, *section.aliases):
            core = compact(title.split("、", 1)[1])
            if compact(strip_numbering(heading)).startswith(core[:4]):
                return True
    return False


def split_sections(lines: list[str]) -> list[SectionText]:
    """Sections in reading order, each with its heading path and repaired text."""
    current = _Open(path=[])
    done: list[_Open] = []
    top_number = 0
    for raw in lines:
        line = strip_markdown(raw).strip()
        if not line:
            current.lines.append("")
            continue
        heading = _split_heading(line)
        table_line = _is_table_line(line) and not (heading and heading[0] == 1 and known_section_title(heading[1]))
        if heading and not table_line:
            level, head, rest = heading
            number = CHINESE_NUMERALS.find(_top_section_number(head)) + 1
            if level == 1 and not (known_section_title(head) or (number == top_number + 1 and len(head) <= 24)):
                heading = None  # e.g. 一、本年新收… inside table 三 is a row label, not a section
            elif level == 1:
                top_number = number
            elif level > 1 and not current.path:
                heading = None  # numbered points in the preamble are not headings
        if heading and not table_line:
            level, head, rest = heading
            done.append(current)
            parent = current.path[: level - 1]
            while len(parent) < level - 1:
                parent.append("")
            current = _Open(path=[*parent, head])
            if rest:
                current.lines.append(rest)
            continue
        if _is_table_line(raw):
            continue
        current.lines.append(line)
    done.append(current)

    sections: list[SectionText] = []
    for part in done:
        text = "\n".join(join_broken_lines(part.lines)).strip()
        path = [p for p in part.path if p]
        if not text and not path:
            continue
        top = path[0] if path else ""
        sections.append(
            SectionText(number=_top_section_number(top), title=top or "前言", heading_path=path or ["前言"], text=text)
        )
    return sections
