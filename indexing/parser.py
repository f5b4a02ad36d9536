"""Parse one report file into a ``Report``: identity, format, sections, every table cell, checks."""

from __future__ import annotations

import hashlib
from pathlib import Path

from indexing.checks import run_checks
from indexing.metadata import NotAReport, detect_format, detect_identity, looks_like_annual_report
from indexing.models import Report, make_report_id
from indexing.national_format import report_format
from indexing.readers import UnreadableReport, read_document
from indexing.sections import split_sections
from indexing.tables import extract_tables
from indexing.text_repair import remove_page_markers, unflatten


def parse_text(text: str, source_path: str = "<text>", fallback_issuer: str | None = None) -> Report:
    if not looks_like_annual_report(text):
        raise NotAReport(f"{source_path}: this does not look like a 政府信息公开工作年度报告 (no 政府信息公开/主动公开 wording)")
    lines = remove_page_markers(text.split("\n"))
    cleaned = "\n".join(lines)
    try:
        identity = detect_identity(cleaned, fallback_issuer)
    except NotAReport as exc:
        raise NotAReport(f"{source_path}: {exc}") from None
    version = detect_format(cleaned, identity.year)
    cells, warnings = extract_tables(cleaned, report_format(version))
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
        content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        warnings=warnings,
    )
    report.checks = run_checks(report)
    return report


def parse_file(path: Path) -> Report:
    """Raises UnreadableReport or NotAReport with a message naming the file."""
    text = read_document(path)
    return parse_text(text, source_path=str(path))


__all__ = ["NotAReport", "UnreadableReport", "parse_file", "parse_text"]
