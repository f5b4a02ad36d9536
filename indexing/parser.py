"""Parse one report file into a ``Report``: identity, format, sections, every table cell, checks."""

from __future__ import annotations

import hashlib
from pathlib import Path

from indexing.checks import run_checks
from indexing.metadata import NotAReport, detect_format, detect_identity, looks_like_annual_report
from indexing.models import Report, make_report_id
from indexing.national_format import report_format
from indexing.readers import PAGE_BREAK, ReadLimits, UnreadableReport, read_bytes_with_info, read_file
from indexing.sections import split_sections
from indexing.tables import extract_tables
from indexing.text_repair import remove_page_markers, unflatten

# Part of every report's content hash: bump it when parsing changes what a text yields, so that `reportqa index`
# reads unchanged files again instead of keeping cells an older parser made.
PARSER_VERSION = "2026-11-30.4"


def parse_text(
    text: str, source_path: str = "<text>", fallback_issuer: str | None = None, read_with_ocr: bool = False
) -> Report:
    """``read_with_ocr``: some of the text was read with OCR, so a figure that breaks the table's arithmetic may
    be a misreading rather than a misprint (it is then left unresolved instead of stored)."""
    if not looks_like_annual_report(text):
        raise NotAReport(
            f"{source_path}: this does not look like a 政府信息公开工作年度报告 (no 政府信息公开/主动公开 wording)"
        )
    raw_lines = text.split("\n")
    pages = page_numbers(raw_lines)
    lines = remove_page_markers([line.lstrip(PAGE_BREAK) for line in raw_lines])
    cleaned = "\n".join(lines)
    try:
        identity = detect_identity(cleaned, fallback_issuer)
    except NotAReport as exc:
        raise NotAReport(f"{source_path}: {exc}") from None
    version = detect_format(cleaned, identity.year)
    cells, warnings = extract_tables(cleaned, report_format(version), read_with_ocr=read_with_ocr)
    if pages:
        for cell in cells:
            cell.page = pages[cell.line_number - 1] if cell.line_number else None
    sections = split_sections(unflatten(cleaned).split("\n"))
    report = Report(
        report_id=make_report_id(identity.issuer, identity.year),
        source_path=source_path,
        issuer=identity.issuer,
        issuer_short=identity.issuer_short,
        year=identity.year,
        format_version=version,
        title=identity.title.replace("\n", ""),
        text=cleaned,
        sections=sections,
        cells=cells,
        content_hash=hashlib.sha256(f"{PARSER_VERSION}\n{text}".encode()).hexdigest(),
        warnings=warnings,
    )
    report.checks = run_checks(report)
    return report


def page_numbers(lines: list[str]) -> list[int] | None:
    """The page of every line when a reader marked page starts with a form feed (PDF), else None."""
    if not any(line.startswith(PAGE_BREAK) for line in lines):
        return None
    page, out = 1, []
    for line in lines:
        if line.startswith(PAGE_BREAK):
            page += 1
        out.append(page)
    return out


def parse_file(path: Path, limits: ReadLimits | None = None) -> Report:
    """Raises UnreadableReport (ReportTooLarge over a limit) or NotAReport with a message naming the file."""
    read = read_file(path, limits=limits)
    return parse_text(read.text, source_path=str(path), read_with_ocr=read.read_with_ocr)


def parse_bytes(data: bytes, name: str, max_bytes: int | None = None, limits: ReadLimits | None = None) -> Report:
    """An uploaded file: read by its suffix, parsed like a file on disk."""
    read = read_bytes_with_info(data, name, max_bytes, limits)
    return parse_text(read.text, source_path=name, read_with_ocr=read.read_with_ocr)


__all__ = ["NotAReport", "UnreadableReport", "parse_file", "parse_text"]
