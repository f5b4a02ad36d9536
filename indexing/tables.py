"""Read the national tables T2, T3 and T4 out of report text, whatever the converter did to them.

Layouts met in real reports:
- one row per line: tab-separated (headers broken over lines), space-separated (labels broken over lines),
  markdown tables mangled by a PDF converter (rows split, labels separated from their numbers);
- the whole report on one line, the digits of a row run together (see ``digit_runs``).

Line layouts are read row by row: every line that ends in the row's cells is a data row, and data rows are matched
to template rows by order, checked against the labels printed on the same line. One-line layouts are read by
finding each template label in order and splitting the digit run that follows it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from indexing import digit_runs
from indexing.models import Cell, CellKind
from indexing.national_format import (
    CELL_MARKS,
    FORMAT_PRE_2019,
    LEGACY,
    NON_RESULT_ROWS,
    RESULTS_TOP,
    ROW_HEADERS,
    Column,
    ReportFormat,
    Row,
    Table,
    strip_numbering,
    table_name,
    table_titles,
)

NUMBER = re.compile(r"^([+\-−]?)(\d+(?:\.\d+)?)\s*(?:元|万元|件|项|条)?$")
# OCR writes a cell it could not read with confidence as this mark followed by its reading (possibly nothing):
# the cell stays unresolved, the reading its candidate, and the row keeps its width.
UNCLEAR_MARK = "?"
UNCLEAR = re.compile(r"\?[\d.,]{0,15}")
SEPARATOR_LINE = re.compile(r"^[\s|:\-]+$")
STRAY_MARKS = "。.，,、·'‘’\"“”"  # a speck on a scan, read as punctuation after a label or beside a figure


# --- text helpers -------------------------------------------------------------------------------------


def compact(text: str) -> str:
    """A form of a label that survives converters: no spaces or markdown, one kind of bracket and dot."""
    text = re.sub(r"[\s*#|]", "", text)
    text = text.replace("(", "（").replace(")", "）").replace("、", ".").replace("．", ".")
    text = text.replace(",", "，").replace('"', "“")
    return text.replace("”", "“")


def flexible_pattern(label: str) -> str:
    """A regex for a label that tolerates spaces, line breaks and bracket/dot variants between characters."""
    parts: list[str] = []
    for ch in label:
        if ch in "（(":
            parts.append("[（(]")
        elif ch in "）)":
            parts.append("[）)]")
        elif ch in ".、．":
            parts.append("[.、．]")
        elif ch in "，,":
            parts.append("[，,]")
        elif ch in '“”"':
            parts.append('[“”"]?')
        elif ch.isspace():
            continue
        else:
            parts.append(re.escape(ch))
    return r"\s*".join(parts)


def classify(field: str) -> tuple[CellKind | None, float | int | None]:
    """The kind and value of one printed cell, or (None, None) when the field is text."""
    f = field.strip()
    if not f:
        return "blank", None
    if f in CELL_MARKS:
        return CELL_MARKS[f], None
    if UNCLEAR.fullmatch(f):
        return "unresolved", None
    m = NUMBER.match(f.replace(",", ""))
    if m:
        sign, digits = m.groups()
        value: float | int = float(digits) if "." in digits else int(digits)
        if sign in ("-", "−"):
            value = -value
        return ("zero" if value == 0 else "number"), value
    return None, None


def split_fields(line: str) -> list[str]:
    s = line.strip()
    if "|" in s:
        return [f.strip() for f in s.strip("|").split("|")]
    if "\t" in line:
        return [f.strip() for f in line.split("\t")]
    return s.split()


def trailing_values(fields: list[str]) -> tuple[list[str], list[str]]:
    """Split a line's fields into its label part and the cell values that end it."""
    i = len(fields)
    while i > 0 and classify(fields[i - 1])[0] is not None:
        i -= 1
    return fields[:i], fields[i:]


def fit_width(values: list[str], width: int) -> list[str] | None:
    """Trim the empty fields that tab layouts add around a row until it has ``width`` cells."""
    values = list(values)
    while len(values) > width and not values[-1].strip():
        values.pop()
    while len(values) > width and not values[0].strip():
        values.pop(0)
    return values if len(values) == width else None


@dataclass
class SourceText:
    """The report text with line numbers, so every cell can point back to the line it came from."""

    text: str

    def __post_init__(self) -> None:
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", self.text)]

    def line_number(self, offset: int) -> int:
        return bisect_right(self.line_starts, offset)

    def line_at(self, offset: int) -> str:
        n = self.line_number(offset)
        start = self.line_starts[n - 1]
        end = self.text.find("\n", start)
        return self.text[start : end if end >= 0 else len(self.text)]

    def lines_between(self, start: int, end: int) -> list[tuple[int, str]]:
        first, last = self.line_number(start), self.line_number(max(start, end - 1))
        out = []
        for n in range(first, last + 1):
            s = self.line_starts[n - 1]
            e = self.text.find("\n", s)
            out.append((n, self.text[s : e if e >= 0 else len(self.text)]))
        return out


def make_cell(table: str, row: str, column: str, raw: str, source_line: str, line_number: int | None) -> Cell:
    kind, value = classify(raw)
    if kind is None:
        return Cell(table, row, column, None, "unresolved", raw, source_line, line_number)
    if kind == "unresolved":  # read with doubt: its reading, when it is a number, is the candidate
        reading = classify(raw.strip()[len(UNCLEAR_MARK) :])
        candidates = [reading[1]] if reading[0] in ("number", "zero") and reading[1] is not None else []
        return Cell(table, row, column, None, "unresolved", raw.strip(), source_line, line_number, candidates)
    return Cell(table, row, column, value, kind, raw.strip(), source_line, line_number)


def unresolved_cell(
    table: str, row: str, column: str, raw: str, source_line: str, line_number: int | None, candidates: list
) -> Cell:
    return Cell(table, row, column, None, "unresolved", raw, source_line, line_number, candidates=candidates)


# --- locating the tables ------------------------------------------------------------------------------


@dataclass
class Regions:
    t2: tuple[int, int] | None
    t3: tuple[int, int] | None
    t4: tuple[int, int] | None


def _find(pattern: str, text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
    return re.compile(pattern).search(text, start, len(text) if end is None else end)


def _last_before(pattern: str, text: str, limit: int) -> re.Match[str] | None:
    found = None
    for m in re.finditer(pattern, text[:limit]):
        found = m
    return found


def locate_tables(text: str, fmt: ReportFormat) -> Regions:
    titles = table_titles()
    anchor = _find(flexible_pattern(fmt.table("T3").rows[0].core_label), text)
    if anchor is None:
        return Regions(None, None, None)
    t3_title = _last_before("|".join(flexible_pattern(t) for t in titles["T3"]), text, anchor.start())
    t3_start = t3_title.end() if t3_title else max(0, anchor.start() - 400)
    first_article = _find(r"第\s*二\s*十\s*条", text)
    t2_start = first_article.start() if first_article and first_article.start() < t3_start else None
    if t2_start is not None and t3_title is None:
        t3_start = anchor.start()
    last_row = fmt.table("T3").rows[-1].core_label
    t3_last = _find(flexible_pattern(last_row), text, anchor.end())
    after_t3 = t3_last.end() if t3_last else anchor.end()
    t4_title = _find("|".join(flexible_pattern(t) for t in titles["T4"]), text, after_t3)
    t4_start = t4_title.end() if t4_title else None
    if t4_start is None:
        review = _find("行政复议", text, after_t3)
        t4_start = review.start() if review else None
    t3_end = t4_title.start() if t4_title else (t4_start or len(text))
    t4_end = None
    if t4_start is not None:
        end_mark = _find(r"(?:^|\s|。)[五六]、|存在的主要问题|存在问题|[（(]一[）)]\s*\d{4}", text, t4_start)
        t4_end = end_mark.start() if end_mark else min(len(text), t4_start + 3000)
    return Regions(
        t2=(t2_start, t3_title.start() if t3_title else t3_start) if t2_start is not None else None,
        t3=(t3_start, t3_end),
        t4=(t4_start, t4_end) if t4_start is not None and t4_end is not None else None,
    )


def _is_flattened(source: SourceText, region: tuple[int, int]) -> bool:
    """One-line layout: the whole region sits on one or two physical lines."""
    return source.line_number(region[1]) - source.line_number(region[0]) <= 1


# --- T3 -----------------------------------------------------------------------------------------------


def match_row(label_text: str, rows: tuple[Row, ...]) -> int | None:
    """The index of the template row a printed label names, or None when the label says nothing clear."""
    label = compact(label_text)
    if not label:
        return None
    best, best_len = None, 0
    for i, row in enumerate(rows):
        for form in (row.label, *row.aliases):
            core = compact(strip_numbering(form))
            if core and core in label and len(core) > best_len:
                best, best_len = i, len(core)
    if best is not None:
        return best
    core_label = compact(strip_numbering(label_text))
    if len(core_label) >= 4:
        hits = [i for i, row in enumerate(rows) if core_label in compact(row.label)]
        if len(hits) == 1:
            return hits[0]
    return None


@dataclass
class DataRow:
    label: str
    values: list[str]  # one printed field per template column, in template order
    line_number: int
    line: str
    # template columns whose value the print does not settle, with the printed fields that could be it: the header
    # names another column than the order gives, or the print has no such column (no candidates)
    doubts: dict[int, list[str]] = field(default_factory=dict)


# --- T3's columns: by the order of the national template, checked against the printed header ------------------


HEADER_MATCH = 0.8  # how close a header cell read with OCR must be to a column's label to name it


def _header_name(printed: str, table: Table) -> str | None:
    """The column key or group a header cell names ("group:" + its label), or None when it names none."""
    text = compact(printed)
    if not text or classify(printed)[0] is not None:
        return None
    names = [(c.key, form) for c in table.columns for form in (c.label, *c.aliases)]
    groups = {c.group for c in table.columns if c.group} | (
        {ROW_HEADERS[table.id]} if table.id in ROW_HEADERS else set()
    )
    names += [(f"group:{g}", g) for g in groups]
    best, best_score, tie = None, 0.0, False
    for name, form in names:
        form = compact(form)
        score = 1.0 if form == text else SequenceMatcher(None, form, text, autojunk=False).ratio()
        if len(form) < 3 and score < 1.0:
            continue  # 其他, 企业: a short label is only ever read whole
        if score > best_score:
            best, best_score, tie = name, score, False
        elif score == best_score and name != best:
            tie = True
    return best if best_score >= HEADER_MATCH and not tie else None


def header_lines(source: SourceText, region: tuple[int, int], table: Table) -> dict[int, list[str | None]]:
    """The header lines of a table read from a grid (OCR), by line number: per field, the column key or group it
    names, or None. A header line names at least one column or group and holds no figure; a header repeated after
    a page break is one too."""
    found: dict[int, list[str | None]] = {}
    for number, line in source.lines_between(*region):
        fields = split_fields(line)
        if any(classify(f)[0] in ("number", "zero") or UNCLEAR.fullmatch(f.strip()) for f in fields):
            continue
        names = [_header_name(f, table) for f in fields]
        if any(names):
            found[number] = [n if n or not f.strip() else "?" for n, f in zip(names, fields, strict=True)]
    return found


def header_above(headers: dict[int, list[str | None]], line_number: int, width: int) -> list[str | None] | None:
    """What the nearest header above a data row of a grid names at each of its ``width`` fields: the lowest header
    cell at that place (a merged cell is written once, at its first field, so a group's other places are empty
    and take the cell below them); None where that cell names no column (a group, or read too badly). None when
    the nearest header above is another grid's (another width)."""
    above = [n for n in sorted(headers) if n < line_number]
    if not above or len(headers[above[-1]]) != width:
        return None
    lines = [headers[above[-1]]]
    for n, below in zip(reversed(above[:-1]), reversed(above[1:]), strict=True):  # its lines run consecutively
        if n != below - 1 or len(headers[n]) != width:
            break
        lines.insert(0, headers[n])
    names: list[str | None] = []
    for place in range(width):
        written = [line[place] for line in lines if line[place] is not None]
        lowest = written[-1] if written else None
        names.append(None if lowest is None or lowest == "?" or lowest.startswith("group:") else lowest)
    return names


def place_columns(
    fields: list[str], table: Table, header: list[str | None] | None
) -> tuple[list[str], dict[int, list[str]]] | None:
    """A data row's printed fields as one field per template column, and the columns left in doubt. By order when
    the row ends in as many values as the template has columns. With a grid's header above the row (OCR), each
    value's header cell is read too: where it names another column than the order gives, both columns are left in
    doubt with the two fields as candidates — refused, not guessed; an unreadable header cell leaves the order. A
    row with another number of values is placed by the header alone, when it names every value's column."""
    width = len(table.columns)
    keys = [c.key for c in table.columns]
    places = list(range(len(trailing_values(fields)[0]), len(fields)))
    if header is not None and any(header):  # the label columns are left of the first column the header names
        places = [i for i in places if i >= next(i for i, key in enumerate(header) if key)]
    while len(places) > width and not fields[places[-1]].strip():
        places.pop()
    while len(places) > width and not fields[places[0]].strip():
        places.pop(0)
    if len(places) == width:
        fitted = [fields[i] for i in places]
        doubts: dict[int, list[str]] = {}
        for position, place in enumerate(places):
            key = header[place] if header is not None else None
            if key is None or key == keys[position]:
                continue
            named = keys.index(key)
            doubts.setdefault(position, [fitted[position]]).append(fitted[named])
            doubts.setdefault(named, [fitted[named]]).append(fitted[position])
        return fitted, doubts
    named_keys = [header[i] for i in places] if header is not None else [None]
    if None in named_keys or len(set(named_keys)) != len(named_keys) or len(named_keys) < width - 1:
        return None  # no header, a value under no readable header cell, two under one, or too few columns
    by_key = {header[i]: fields[i] for i in places}  # type: ignore[index]
    return [by_key.get(key, "") for key in keys], {i: [] for i, key in enumerate(keys) if key not in by_key}


def _specks_only(text: str) -> bool:
    stripped = text.strip()
    return bool(stripped) and all(ch in STRAY_MARKS for ch in stripped)


ZERO_LOOKALIKES = "〇○oOо°"  # a lone 0 read without context as a letter or a CJK numeral
FIGURE_SPECKS = "。，,、·'‘’\"“”：:；;"  # marks a speck beside a figure is read as ("." not: it numbers labels, "2.")


def ocr_fields(fields: list[str]) -> list[str]:
    """A table line's fields as OCR read them, with what is plainly a figure read badly marked as doubtful: among
    a row's figures, a field of specks alone (".", "。") is a figure that could not be read ("?"), a lone 0
    look-alike (〇) is a doubtful 0 ("?0"), and a figure with a speck beside it ("15”") a doubtful figure. The
    label fields before the figures are left as they are."""
    first = next((i for i, f in enumerate(fields) if classify(f)[0] in ("number", "zero")), len(fields))
    out = []
    for i, f in enumerate(fields):
        if i > 0 and i >= first - 1 and _specks_only(f):
            f = UNCLEAR_MARK
        elif i > 0 and len(f.strip().strip(STRAY_MARKS)) == 1 and f.strip().strip(STRAY_MARKS) in ZERO_LOOKALIKES:
            f = UNCLEAR_MARK + "0"  # 〇, or “〇 with a speck beside it
        elif (
            i > 0 and (core := f.strip().strip(FIGURE_SPECKS)) != f.strip() and classify(core)[0] in ("number", "zero")
        ):
            f = UNCLEAR_MARK + core  # 15” or 1031： — a speck beside a figure: the figure read, with doubt
        out.append(f)
    return out


def _doubtful_figure(text: str) -> str:
    """A grid cell under a value column's header that reads as digits with a stray mark ("“0") or as a short
    non-number: unclear, its digits the candidate (OCR marks most such cells itself)."""
    stripped = text.strip()
    if not stripped or classify(stripped)[0] is not None or re.search(r"[\u4e00-\u9fff]", stripped):
        return text
    digits = re.sub(r"\D", "", stripped)
    return UNCLEAR_MARK + digits if digits and len(stripped) <= len(digits) + 2 else text


def t3_data_rows(source: SourceText, region: tuple[int, int], table: Table, from_grid: bool = False) -> list[DataRow]:
    headers = header_lines(source, region, table) if from_grid else {}
    rows: list[DataRow] = []
    for number, line in source.lines_between(*region):
        if not line.strip() or SEPARATOR_LINE.match(line):
            continue
        fields = ocr_fields(split_fields(line)) if from_grid else split_fields(line)
        header = header_above(headers, number, len(fields)) if from_grid and "\t" in line else None
        if header is not None:  # under a column's header, a short reading with a digit is a figure read badly
            fields = [_doubtful_figure(f) if key else f for f, key in zip(fields, header, strict=True)]
        placed = place_columns(fields, table, header)
        if placed is None:
            continue
        fitted, doubts = placed
        label = " ".join(trailing_values(fields)[0])
        has_number = any(classify(v)[0] in ("number", "zero") for v in fitted)
        if has_number or (label and match_row(label, table.rows) is not None):
            rows.append(DataRow(label, fitted, number, line.strip(), doubts))
    return rows


def _printed_label(label_text: str, row: Row) -> str:
    """The part of a printed label that names the row: the group cell and the vertical 三、本年度办理结果 header
    share the line in tab layouts ("（三）不予公开 1.属于国家秘密")."""
    label = compact(label_text)
    for prefix in (RESULTS_TOP, row.group or ""):
        prefix = compact(prefix)
        if prefix and label.startswith(prefix):
            label = label[len(prefix) :]
    return label


def label_similarity(label_text: str, row: Row) -> float:
    """0‥1: how well a printed label names a template row, tolerating misprints and lost characters
    ("2.其他法律行政止公开" still names 2.其他法律行政法规禁止公开)."""
    printed = _printed_label(label_text, row)
    if not printed:
        return 0.0
    best = 0.0
    for form in (row.label, *row.aliases):
        for variant in {compact(form), compact(strip_numbering(form))}:
            if variant == printed:
                return 1.0
            best = max(best, SequenceMatcher(None, variant, printed, autojunk=False).ratio())
            if len(printed) > len(variant) + 2:  # a group or vertical header before it, read garbled (a scan)
                tail = printed[-len(variant) :]
                best = max(best, 0.95 * SequenceMatcher(None, variant, tail, autojunk=False).ratio())
    return best


UNLABELLED_COST = 0.5  # a data row without a label: placed by order alone
MISSING_COST = 1.0  # a template row the print lacks, or a printed row no template row fits
WEAK_MATCH = 0.6  # below this a label names its row only by position: arithmetic must confirm it


@dataclass
class Alignment:
    rows: list[DataRow | None]  # per template row
    groups: dict[str, DataRow]  # group row key -> the merged row printed instead of its sub-rows
    weak: set[str]  # template rows whose label (misread, or none on the line) did not name them
    # template rows placed by position alone: between the nearest rows their labels name (or the table's ends),
    # as many rows are printed as the template has, so the order leaves one reading
    forced: set[str] = field(default_factory=set)


def align_rows(data_rows: list[DataRow], table: Table) -> Alignment | None:
    """Match data rows to template rows by their order and labels (a small edit-distance alignment): misprinted
    or missing labels fall into place by the national order, a row the print lacks stays empty, and a group
    printed as one merged row takes the place of its sub-rows."""
    n, m = len(table.rows), len(data_rows)
    inf = float("inf")
    cost = [[inf] * (n + 1) for _ in range(m + 1)]
    step: list[list[tuple | None]] = [[None] * (n + 1) for _ in range(m + 1)]
    cost[0][0] = 0.0
    for i in range(m + 1):
        for j in range(n + 1):
            here = cost[i][j]
            if here == inf:
                continue
            for ni, nj, c, how in _alignment_moves(data_rows, table, i, j):
                if here + c < cost[ni][nj]:
                    cost[ni][nj] = here + c
                    step[ni][nj] = (i, j, how)
    rows: list[DataRow | None] = [None] * n
    groups: dict[str, DataRow] = {}
    weak: dict[str, int] = {}  # template row key -> the data row matched to it without its label naming it
    anchors: list[tuple[int, int, int]] = [(-1, -1, -1)]  # (data row, first and last template row) named by label
    i, j = m, n
    while (i, j) != (0, 0):
        pi, pj, how = step[i][j]  # type: ignore[misc]
        if how[0] == "row":
            rows[how[1]] = data_rows[pi]
            if _match_cost(data_rows[pi], table.rows[how[1]]) > 1 - WEAK_MATCH:
                weak[table.rows[how[1]].key] = pi
            else:
                anchors.append((pi, how[1], how[1]))
        elif how[0] == "group":
            groups[how[1].key] = data_rows[pi]
            anchors.append((pi, pj, pj + len(how[1].members) - 1))
        i, j = pi, pj
    covered = sum(r is not None for r in rows) + sum(len(table.row(k).members) for k in groups)
    if covered < n - 2:
        return None
    anchors = sorted(anchors) + [(m, n, n)]
    forced = set()
    for key, data_index in weak.items():
        before = max(a for a in anchors if a[0] < data_index)
        after = min(a for a in anchors if a[0] > data_index)
        if after[0] - before[0] == after[1] - before[2]:  # as many printed rows as template rows between them
            forced.add(key)
    return Alignment(rows, groups, set(weak), forced)


def _match_cost(data: DataRow, row: Row) -> float:
    return UNLABELLED_COST if not data.label.strip() else 1.0 - label_similarity(data.label, row)


def _alignment_moves(data_rows: list[DataRow], table: Table, i: int, j: int) -> list[tuple[int, int, float, tuple]]:
    """From data row i and template row j: match them, skip a template row (missing in print), skip a data row
    (extra), or take a merged group row for all of its sub-rows."""
    n, m = len(table.rows), len(data_rows)
    moves: list[tuple[int, int, float, tuple]] = []
    if i < m and j < n:
        moves.append((i + 1, j + 1, _match_cost(data_rows[i], table.rows[j]), ("row", j)))
    if j < n:
        moves.append((i, j + 1, MISSING_COST, ("missing", j)))
    if i < m:
        moves.append((i + 1, j, MISSING_COST, ("extra", i)))
    group = _group_starting_at(table, j)
    if group and i < m and data_rows[i].label.strip():
        similarity = label_similarity(data_rows[i].label, group)
        if similarity >= 0.8:
            moves.append((i + 1, j + len(group.members), 1.0 - similarity, ("group", group)))
    return moves


def _group_starting_at(table: Table, j: int) -> Row | None:
    """The group row whose first member is template row j."""
    if j >= len(table.rows):
        return None
    key = table.rows[j].key
    return next((g for g in table.group_rows if g.members and g.members[0] == key), None)


def _data_cell(data: DataRow, row: str, column: str, i: int) -> Cell:
    if i in data.doubts:  # the header and the order name different columns, or the print lacks the column
        readings = sorted({v for raw in data.doubts[i] if (v := classify(raw)[1]) is not None})
        return unresolved_cell("T3", row, column, data.values[i], data.line, data.line_number, readings)
    return make_cell("T3", row, column, data.values[i], data.line, data.line_number)


def parse_t3_lines(
    source: SourceText, region: tuple[int, int], table: Table, from_grid: bool = False
) -> list[Cell] | None:
    """Table 三 read row by row. ``from_grid``: the text is a grid read with OCR, every line of a table as many
    fields as the grid has columns, so a header cell stands above its column's values (``header_above``)."""
    alignment = align_rows(t3_data_rows(source, region, table, from_grid), table)
    if alignment is None:
        return None
    cells: list[Cell] = []
    for row, data in zip(table.rows, alignment.rows, strict=True):
        group = table.group_row_of(row.group) if row.group else None
        merged = alignment.groups.get(group.key) if group else None
        for i, column in enumerate(table.columns):
            if merged is not None:
                note = f"原表{group.label}为一行（合并打印），本项无单独数值"  # type: ignore[union-attr]
                cells.append(Cell("T3", row.key, column.key, None, "merged", note, merged.line, merged.line_number))
            elif data is None:
                cells.append(unresolved_cell("T3", row.key, column.key, "", "", None, []))
            else:
                cells.append(_data_cell(data, row.key, column.key, i))
    for key, data in alignment.groups.items():
        cells.extend(_data_cell(data, key, c.key, i) for i, c in enumerate(table.columns))
    unconfirmed = _placed_by_position_unconfirmed(cells, table, alignment)
    for index, cell in enumerate(cells):
        if (cell.row, cell.column) in unconfirmed:
            candidates = [cell.value] if cell.value is not None else []
            cells[index] = unresolved_cell(
                "T3", cell.row, cell.column, cell.raw, cell.source_line, cell.line_number, candidates
            )
    return cells


def _placed_by_position_unconfirmed(cells: list[Cell], table: Table, alignment: Alignment) -> set[tuple[str, str]]:
    """Cells of rows whose label did not name them that neither their position nor the sums settle. Such a row is
    kept where the national order puts it only when the order leaves it one place (``Alignment.forced``) and, cell
    by cell, an identity the cell takes part in holds and none fails: the sums cannot tell one result row from
    another, but they do tell that no row was lost, doubled or read from the wrong line."""
    from indexing.checks import evaluate_identity, with_group_cells

    if not alignment.weak:
        return set()
    by_key = {(c.row, c.column): c for c in cells}
    results: dict[tuple[str, str], list[str]] = {}
    for identity in table.identities:
        identity = with_group_cells(identity, table, by_key)
        status = evaluate_identity(identity, by_key, table.id).status
        for key in (*identity.left, *identity.right):
            results.setdefault(key, []).append(status)
    unconfirmed = set()
    for cell in cells:
        if cell.row not in alignment.weak or cell.kind == "unresolved":
            continue
        statuses = results.get((cell.row, cell.column), [])
        if cell.row not in alignment.forced or "failed" in statuses or "passed" not in statuses:
            unconfirmed.add((cell.row, cell.column))
    return unconfirmed


def label_spans(text: str, rows: tuple[Row, ...], start: int, end: int) -> list[re.Match[str] | None]:
    """Find each row's printed label in order; short labels are searched with their numbering."""
    spans: list[re.Match[str] | None] = []
    position = start
    for row in rows:
        core = row.core_label
        forms = [row.label, *row.aliases] if len(core) <= 4 or re.match(r"^\d", row.label) else [core, *row.aliases]
        found = None
        for form in forms:
            found = _find(flexible_pattern(form), text, position, end)
            if found:
                break
        spans.append(found)
        if found:
            position = found.end()
    return spans


def _leading_run(text: str) -> str:
    return re.match(r"[\d\s]*", text).group(0).strip()  # type: ignore[union-attr]


def parse_t3_runs(source: SourceText, region: tuple[int, int], table: Table) -> list[Cell]:
    """One-line layout: split each row's digit run with the table's identities."""
    text = source.text
    spans = label_spans(text, table.rows, *region)
    runs: dict[str, str] = {}
    snippets: dict[str, str] = {}
    for i, (row, span) in enumerate(zip(table.rows, spans, strict=True)):
        if span is None:
            continue
        next_start = next((s.start() for s in spans[i + 1 :] if s is not None), region[1])
        runs[row.key] = _leading_run(text[span.end() : next_start])
        snippets[row.key] = (span.group(0) + runs[row.key]).strip()
    width = len(table.columns)
    row_candidates = {
        key: [s for s in digit_runs.split_run(run, width) if digit_runs.row_total_ok(s)] for key, run in runs.items()
    }
    result_rows = [r.key for r in table.rows if r.key not in NON_RESULT_ROWS]
    solved = digit_runs.solve_t3(row_candidates, result_rows) or row_candidates
    cells: list[Cell] = []
    for row in table.rows:
        splits = solved.get(row.key) or []
        span = spans[table.rows.index(row)]
        line_no = source.line_number(span.start()) if span is not None and row.key in runs else None
        for i, column in enumerate(table.columns):
            raw = runs.get(row.key, "")
            values = digit_runs.column_values(splits, i)
            if len(values) == 1:
                cells.append(make_cell("T3", row.key, column.key, str(values[0]), snippets.get(row.key, ""), line_no))
                cells[-1].raw = raw
            else:
                cells.append(
                    unresolved_cell("T3", row.key, column.key, raw, snippets.get(row.key, ""), line_no, values)
                )
    return cells


# --- T4 -----------------------------------------------------------------------------------------------


def parse_t4(source: SourceText, region: tuple[int, int], table: Table, from_ocr: bool = False) -> list[Cell]:
    width = len(table.columns)
    row_key = table.rows[0].key
    if _is_flattened(source, region):
        text = source.text[region[0] : region[1]]
        first_digit = re.search(r"\d", text)
        header_end = _last_before("总计", text, first_digit.start()) if first_digit else None
        run = _leading_run(text[header_end.end() :]) if header_end else ""
        splits = [s for s in digit_runs.split_run(run, width) if digit_runs.t4_blocks_ok(s)]
        snippet = ("…总计" + run) if run else ""
        line_no = source.line_number(region[0])
        cells = []
        for i, column in enumerate(table.columns):
            readings = digit_runs.column_values(splits, i)
            if len(readings) == 1:
                cell = make_cell("T4", row_key, column.key, str(readings[0]), snippet, line_no)
                cell.raw = run
                cells.append(cell)
            else:
                cells.append(unresolved_cell("T4", row_key, column.key, run, snippet, line_no, readings))
        return cells
    values: list[tuple[str, str, int]] = []
    for number, line in source.lines_between(*region):
        if not line.strip() or SEPARATOR_LINE.match(line):
            continue
        fields = ocr_fields(split_fields(line)) if from_ocr else split_fields(line)
        kinds = [classify(f)[0] for f in fields]
        if any(k is None for k in kinds) or not any(k in ("number", "zero") for k in kinds):
            continue
        if len(fields) > width:
            fields = fit_width(fields, width) or fields
        values.extend((f, line.strip(), number) for f in fields)
        if len(values) >= width:
            break
    if len(values) != width:
        return [unresolved_cell("T4", row_key, c.key, "", "", None, []) for c in table.columns]
    return [make_cell("T4", row_key, c.key, v[0], v[1], v[2]) for c, v in zip(table.columns, values, strict=True)]


# --- T2 -----------------------------------------------------------------------------------------------


def _t2_label_forms(row: Row) -> list[str]:
    return sorted({row.label, *row.aliases}, key=len, reverse=True)


def parse_t2(source: SourceText, region: tuple[int, int], table: Table, from_ocr: bool = False) -> list[Cell]:
    flattened = _is_flattened(source, region)
    cells: list[Cell] = []
    lines = [] if flattened else source.lines_between(*region)
    other_labels = {compact(f) for r in table.rows for f in _t2_label_forms(r)}
    for row in table.rows:
        columns = table.columns_of(row)
        forms = {compact(f) for f in _t2_label_forms(row)}
        found: tuple[list[str], str, int] | None = None
        if flattened:
            run_found = _t2_run(source, region, row, columns)
            if run_found is None:
                cells.extend(unresolved_cell("T2", row.key, c.key, "", "", None, []) for c in columns)
                continue
            splits, snippet, line_no = run_found
            splits = narrative_disambiguation(source.text, row, columns, splits)
            for i, column in enumerate(columns):
                values = sorted({s[i] for s in splits})
                if len(values) == 1:
                    cell = make_cell("T2", row.key, column.key, str(values[0]), snippet, line_no)
                    cells.append(cell)
                else:
                    cells.append(unresolved_cell("T2", row.key, column.key, snippet, snippet, line_no, values))
            continue
        for number, line in lines:
            label_fields, values = trailing_values(ocr_fields(split_fields(line)) if from_ocr else split_fields(line))
            label = compact(" ".join(label_fields)).rstrip(STRAY_MARKS)
            if label in forms or (label and label not in other_labels and any(label.endswith(f) for f in forms)):
                found = (values, line.strip(), number)
                break
        if found is None:
            cells.extend(unresolved_cell("T2", row.key, c.key, "", "", None, []) for c in columns)
            continue
        values, line, number = found
        fitted = fit_width(values, len(columns))
        if fitted is None:
            seen = [v for v in values if v.strip()]
            candidates = sorted({value for v in seen if (value := classify(v)[1]) is not None})
            raw = " | ".join(seen)
            cells.extend(unresolved_cell("T2", row.key, c.key, raw, line, number, candidates) for c in columns)
            continue
        cells.extend(make_cell("T2", row.key, c.key, v, line, number) for c, v in zip(columns, fitted, strict=True))
    return cells


def _t2_run(
    source: SourceText, region: tuple[int, int], row: Row, columns: tuple[Column, ...]
) -> tuple[list[tuple], str, int] | None:
    """One-line layout: the run after a T2 label, split into the row's cells (only 本年增/减 may be negative)."""
    width = len(columns)
    text = source.text
    for form in _t2_label_forms(row):
        for m in re.finditer(flexible_pattern(form), text[region[0] : region[1]]):
            start = region[0] + m.end()
            if form != row.label and text[max(0, start - len(m.group(0)) - 2) : start - len(m.group(0))].endswith(
                "行政"
            ):
                continue  # 规范性文件 inside 行政规范性文件
            run_match = re.match(r"\s*([\d\s.+\-−]*\d)\s*(元|万元)?", text[start : region[1]])
            if not run_match:
                continue
            run = run_match.group(1).strip()
            splits = [
                split
                for split in _split_with_decimal(run, width)
                if all(value >= 0 or column.signed for value, column in zip(split, columns, strict=True))
            ]
            if splits:
                return splits, (m.group(0) + run_match.group(0)).strip(), source.line_number(start)
    return None


def narrative_statements(text: str, row: Row, column: Column) -> set[int]:
    """Numbers the narrative states for one cell, e.g. 现行有效行政规范性文件698件 → {698} for (规范性文件, valid)."""
    found: set[int] = set()
    labels = "|".join(flexible_pattern(f) for f in _t2_label_forms(row))
    for term in column.narrative_terms:
        term_p = flexible_pattern(term)
        for pattern in (
            rf"{term_p}[^。；\d]{{0,15}}?(?:{labels})[^。；\d]{{0,4}}(\d+)\s*件",
            rf"(?:{labels})[^。；\d]{{0,6}}?{term_p}[^。；\d]{{0,4}}(\d+)\s*件",
        ):
            found.update(int(m.group(1)) for m in re.finditer(pattern, text))
    return found


def narrative_disambiguation(text: str, row: Row, columns: tuple[Column, ...], splits: list[tuple]) -> list[tuple]:
    """Among several splits of a run, keep the one the narrative's own figures single out — only if exactly one
    split agrees with every stated figure that fits any split; otherwise leave the ambiguity to the user."""
    if len(splits) <= 1:
        return splits
    kept = splits
    for i, column in enumerate(columns):
        stated = narrative_statements(text, row, column)
        matching = [s for s in kept if s[i] in stated]
        if matching:
            kept = matching
    return kept if len(kept) == 1 else splits


def _split_with_decimal(run: str, width: int) -> list[tuple]:
    """Split a T2 run; a decimal point belongs to the last cell (fees in 万元, 采购总金额 in 元)."""
    if "." in run:
        whole, _, fraction = run.rpartition(".")
        head = whole.replace(" ", "")
        if width == 1:
            return [(float(run.replace(" ", "")),)]
        splits = []
        for split in digit_runs.split_run(head, width):
            splits.append((*split[:-1], float(f"{split[-1]}.{fraction}")))
        return splits
    if width == 1:
        compacted = run.replace(" ", "")
        return [(int(compacted),)] if digit_runs._is_number(compacted) else []
    return digit_runs.split_run(run, width)


# --- all tables -----------------------------------------------------------------------------------------


def extract_tables(text: str, fmt: ReportFormat, read_with_ocr: bool = False) -> tuple[list[Cell], list[str]]:
    """Every cell of T2, T3 and T4 (empty for formats without national tables) and parse warnings. Text read with
    OCR has its figures checked against the table's arithmetic (``guard_ocr_readings``)."""
    if not fmt.tables:
        return [], []
    if fmt.version == FORMAT_PRE_2019:
        from indexing.legacy import parse_legacy

        legacy_cells = parse_legacy(text, fmt.table(LEGACY.id))
        unresolved = sum(c.kind == "unresolved" for c in legacy_cells)
        return legacy_cells, ([f"统计表中 {unresolved} 个单元格无法唯一确定（见候选值）"] if unresolved else [])
    source = SourceText(text)
    regions = locate_tables(text, fmt)
    warnings: list[str] = []
    cells: list[Cell] = []
    if regions.t2:
        cells += parse_t2(source, regions.t2, fmt.table("T2"), read_with_ocr)
    else:
        warnings.append(f"{table_name('T2')}未找到")
    if regions.t3:
        t3 = fmt.table("T3")
        parsed = None if _is_flattened(source, regions.t3) else parse_t3_lines(source, regions.t3, t3, read_with_ocr)
        cells += parsed if parsed is not None else parse_t3_runs(source, regions.t3, t3)
    else:
        warnings.append(f"{table_name('T3')}未找到")
    if regions.t4:
        cells += parse_t4(source, regions.t4, fmt.table("T4"), read_with_ocr)
    else:
        warnings.append(f"{table_name('T4')}未找到")
    settle_doubtful_readings(cells, fmt)
    settle_by_narrative(cells, fmt, text)
    if read_with_ocr:
        warnings += guard_ocr_readings(cells, fmt)
    unresolved = sum(c.kind == "unresolved" for c in cells)
    if unresolved:
        warnings.append(f"{unresolved} 个单元格无法唯一确定（见候选值）")
    return cells, warnings


def _doubtful(cell: Cell) -> bool:
    return cell.kind == "unresolved" and cell.raw.startswith(UNCLEAR_MARK)


def settle_doubtful_readings(cells: list[Cell], fmt: ReportFormat) -> int:
    """A number OCR read with doubt is stored when the table's own arithmetic gives exactly that number: every
    identity in which it is the only open cell (or whose open cells must add up to 0: counts are never negative)
    implies the same value, and that value is the reading — or, for ink that read as nothing, two identities that
    share no other cell imply it (its row's total and its column's sum: two separate sets of figures read with
    confidence agree). A reading the arithmetic contradicts stays open (a misprint and a misreading look alike).
    Otherwise the cell stays unresolved, the value the arithmetic implies added to its candidates. Repeated while a
    settled cell lets another identity pin the next one. Returns how many cells were settled."""
    from indexing.checks import NUMERIC_KINDS, with_group_cells

    settled = 0
    for table in fmt.tables:
        by_key = {(c.row, c.column): c for c in cells if c.table == table.id}
        if not any(_doubtful(c) for c in by_key.values()):
            continue
        readings = {k: list(c.candidates) for k, c in by_key.items() if _doubtful(c)}
        signed = {c.key for c in table.columns if c.signed}
        implied_at_last: dict[tuple[str, str], set[float]] = {}
        changed = True
        while changed:
            changed = False
            implied: dict[tuple[str, str], set[float]] = {}
            witnesses: dict[tuple[str, str], list[set[tuple[str, str]]]] = {}  # the other cells of each identity
            for identity in table.identities:
                identity = with_group_cells(identity, table, by_key)
                keys = [*identity.left, *identity.right]
                open_keys = [k for k in keys if k not in by_key or by_key[k].kind == "unresolved"]
                if not open_keys or not all(k in by_key and _doubtful(by_key[k]) for k in open_keys):
                    continue

                def known(
                    side: tuple[tuple[str, str], ...], open_keys: list = open_keys, by_key: dict = by_key
                ) -> float:
                    return sum(
                        by_key[k].value if by_key[k].kind in NUMERIC_KINDS else 0 for k in side if k not in open_keys
                    )

                residual = known(identity.left) - known(identity.right)  # what the open figures must make up
                if len(open_keys) == 1:
                    targets = {open_keys[0]: -residual if open_keys[0] in identity.left else residual}
                elif (
                    residual == 0
                    and (all(k in identity.left for k in open_keys) or all(k in identity.right for k in open_keys))
                    and not any(k[1] in signed for k in open_keys)
                ):
                    targets = dict.fromkeys(open_keys, 0.0)  # open counts that must add up to 0 are each 0
                else:
                    continue
                for target, value in targets.items():
                    implied.setdefault(target, set()).add(value)
                    witnesses.setdefault(target, []).append({k for k in keys if k != target})
            for key, values in implied.items():
                cell = by_key[key]
                value = next(iter(values))
                independent = any(not a & b for i, a in enumerate(witnesses[key]) for b in witnesses[key][i + 1 :])
                unread = not readings[key] and cell.raw.strip() == UNCLEAR_MARK
                if len(values) == 1 and (readings[key] == [value] or (unread and independent)) and value >= 0:
                    as_float = any(isinstance(r, float) for r in readings[key])
                    number = int(value) if float(value).is_integer() and not as_float else value
                    cell.value, cell.kind, cell.candidates = number, ("zero" if number == 0 else "number"), []
                    settled += 1
                    changed = True
                else:
                    implied_at_last[key] = values
        for key, values in implied_at_last.items():  # what the arithmetic says joins the reading as a candidate
            cell = by_key[key]
            if cell.kind == "unresolved":
                extra = sorted({*readings[key], *(v for v in values if v >= 0)})
                cell.candidates = [int(v) if float(v).is_integer() else v for v in extra]
    return settled


def settle_by_narrative(cells: list[Cell], fmt: ReportFormat, text: str) -> int:
    """Table 二 has no arithmetic: a figure OCR read with doubt there is stored when the report's own prose states
    exactly that figure for the same row and column (现行有效行政规范性文件6件) — two readings of the publisher's
    figure agree. Returns how many cells were settled."""
    if not any(t.id == "T2" for t in fmt.tables):
        return 0
    table = fmt.table("T2")
    prose = "\n".join(line for line in text.split("\n") if "\t" not in line)  # the tables' own lines aside
    settled = 0
    for cell in cells:
        if cell.table != "T2" or not _doubtful(cell) or len(cell.candidates) != 1:
            continue
        row = table.row(cell.row)
        column = next(c for c in table.columns_of(row) if c.key == cell.column)
        stated = narrative_statements(prose, row, column)
        if stated == {cell.candidates[0]}:
            cell.value, cell.candidates = cell.candidates[0], []
            cell.kind = "zero" if cell.value == 0 else "number"
            settled += 1
        elif len(stated) == 1:  # the prose says another figure: both readings stay, neither is stored
            cell.candidates = sorted({*cell.candidates, *stated})
    return settled


def guard_ocr_readings(cells: list[Cell], fmt: ReportFormat) -> list[str]:
    """Figures read with OCR that break the table's arithmetic. A printed report that does not add up keeps its
    figures (the failed check says so); a scan cannot tell a misprint from a misreading, so every figure of a failed
    identity that no identity holding elsewhere confirms is left unresolved, its reading and the value the failed
    identity implies as candidates. Returns a warning per table touched."""
    from indexing.checks import NUMERIC_KINDS, evaluate_identity, with_group_cells

    warnings = []
    for table in fmt.tables:
        by_key = {(c.row, c.column): c for c in cells if c.table == table.id}
        if not by_key:
            continue
        identities = [with_group_cells(i, table, by_key) for i in table.identities]
        results = [evaluate_identity(i, by_key, table.id).status for i in identities]
        confirmed = {
            k for i, status in zip(identities, results, strict=True) if status == "passed" for k in (*i.left, *i.right)
        }
        doubted: dict[tuple[str, str], set[float]] = {}
        for identity, status in zip(identities, results, strict=True):
            if status != "failed":
                continue
            for key in (*identity.left, *identity.right):
                cell = by_key.get(key)
                if cell is None or cell.kind not in NUMERIC_KINDS or key in confirmed:
                    continue
                others_left = sum(
                    by_key[k].value or 0 for k in identity.left if k != key and by_key[k].kind in NUMERIC_KINDS
                )
                others_right = sum(
                    by_key[k].value or 0 for k in identity.right if k != key and by_key[k].kind in NUMERIC_KINDS
                )
                implied = others_left - others_right if key in identity.right else others_right - others_left
                read = [cell.value] if cell.value is not None else []
                doubted.setdefault(key, set()).update({*read, *([implied] if implied >= 0 else [])})
        for key, candidates in doubted.items():
            cell = by_key[key]
            cell.candidates = sorted(int(v) if float(v).is_integer() else v for v in candidates)
            cell.value, cell.kind = None, "unresolved"
        if doubted:
            warnings.append(
                f"{table.id}：{len(doubted)} 个识别数字与表内勾稽关系不符"
                "（扫描件无法区分印刷错误与识别错误），已标为无法确定"
            )
    return warnings
