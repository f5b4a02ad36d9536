"""OCR of page images: scanned PDFs (no text layer) and tables published as images in web pages.

A page becomes the same text the other readers produce: prose line by line, and each table as tab-separated rows
with a merged cell written once and its other positions left empty (what ``tables.py`` reads), so the parser maps
rows and columns to the national template by their labels, as for any other report.

Ruled tables are read from the grid printed on the page, not from where text happens to fall:

1. the page is straightened by the angle of its long rules;
2. rules are found by morphology (long thin openings); a table is a connected set of them, its row and column
   lines the clustered positions; two grid cells are one merged cell (rowspan/colspan) wherever no rule is printed
   between them, and a table cut by the page's edge gets its missing closing line;
3. each cell's ink (rules and specks removed) is split into text lines — characters printed top to bottom are set
   side by side — and every line is recognised on its own (``ocr_engines``), so a figure never drifts into the
   next column;
4. a figure read with low confidence, whose ink is wider or narrower than its digits account for, or far smaller
   than the table's other figures, is written ``?`` + the reading, and ink that reads as nothing is ``?``: the
   parser keeps such a cell unresolved with the reading as its candidate, and stores it only when the table's own
   arithmetic gives exactly that number (``tables.settle_doubtful_readings``). A cell without ink is blank.

Tables printed without rules (三线表) are laid out from the recognised boxes: rows by their vertical centres, value
columns where figures stand on many rows; an empty place with ink is unclear too.
"""

from __future__ import annotations

import hashlib
import os
import re
import sys
import time
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:  # the engines module reads this one's TextBox
    from indexing.ocr_engines import OcrEngine

from indexing.tables import UNCLEAR_MARK

RENDER_DPI = 200
MIN_NUMBER_CONFIDENCE = 0.80  # the lowest per-digit confidence a number may have and still be stored
MAX_SKEW_DEGREES = 5.0
DIGIT_WIDTH = (0.30, 0.95)  # a printed digit's width as a share of its line's height (narrow 1 … wide 0)
FULL_WIDTH = str.maketrans("０１２３４５６７８９．，", "0123456789.,")
NUMBER_TEXT = re.compile(r"[+\-−]?\d[\d,]*(?:\.\d+)?")


@dataclass
class TextBox:
    """One recognised piece of text on a page: box (x0, y0, x1, y1), text, and confidence per character."""

    box: tuple[float, float, float, float]
    text: str
    confidences: list[float] = field(default_factory=list)
    # the best digit at each character and its share among the ten digits (engines that can tell; else empty)
    digits: str = ""
    digit_confidences: list[float] = field(default_factory=list)

    @property
    def confidence(self) -> float:
        return min(self.confidences, default=0.0)


@dataclass
class Region:
    """A cell of a ruled table: its first grid row and column and how many it spans."""

    row: int
    column: int
    rowspan: int = 1
    colspan: int = 1


@dataclass
class Grid:
    rows: list[int]  # y of each horizontal rule, top to bottom
    columns: list[int]  # x of each vertical rule, left to right
    regions: list[Region]

    @property
    def box(self) -> tuple[int, int, int, int]:
        return self.columns[0], self.rows[0], self.columns[-1], self.rows[-1]


# --- image preparation ----------------------------------------------------------------------------------------


def to_gray(image: np.ndarray) -> np.ndarray:
    import cv2

    if image.ndim == 3:
        return cv2.cvtColor(image, cv2.COLOR_RGB2GRAY if image.shape[2] == 3 else cv2.COLOR_RGBA2GRAY)
    return image


def binarize(gray: np.ndarray) -> np.ndarray:
    """Ink as 255 on 0. A local threshold, no blur first: a blur erases the one-pixel rules of a 150 dpi scan."""
    import cv2

    return cv2.adaptiveThreshold(gray, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 31, 15)


def _line_masks(binary: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Horizontal and vertical rules: runs longer than any stroke of a character."""
    import cv2

    h, w = binary.shape
    horizontal = cv2.morphologyEx(
        binary, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (max(30, w // 40), 1))
    )
    vertical = cv2.morphologyEx(
        binary, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, max(18, h // 90)))
    )
    return horizontal, vertical


def skew_angle(binary: np.ndarray) -> float:
    """The page's rotation in degrees, from the slope of its long horizontal rules (0 when it has none)."""
    import cv2

    h, w = binary.shape
    horizontal, _ = _line_masks(binary)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(cv2.dilate(horizontal, np.ones((3, 9), np.uint8)))
    angles, weights = [], []
    for i in range(1, count):
        x, y, bw, bh, _ = stats[i]
        if bw < w / 4:
            continue
        ys, xs = np.nonzero(labels[y : y + bh, x : x + bw] == i)
        angles.append(float(np.degrees(np.arctan(np.polyfit(xs, ys, 1)[0]))))
        weights.append(bw)
    if not angles:
        return 0.0
    angle = float(np.average(angles, weights=weights))
    return angle if abs(angle) <= MAX_SKEW_DEGREES else 0.0


def straighten(gray: np.ndarray) -> np.ndarray:
    import cv2

    angle = skew_angle(binarize(gray))
    if abs(angle) < 0.05:
        return gray
    h, w = gray.shape
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    return cv2.warpAffine(gray, matrix, (w, h), borderValue=255, flags=cv2.INTER_LINEAR)


# --- the ruled grid ---------------------------------------------------------------------------------------------


def _cluster(values: list[int], tolerance: int) -> list[int]:
    groups: list[list[int]] = []
    for v in sorted(values):
        if groups and v - groups[-1][-1] <= tolerance:
            groups[-1].append(v)
        else:
            groups.append([v])
    return [int(round(sum(g) / len(g))) for g in groups]


def rule_along(binary: np.ndarray, vertical: bool, position: int, start: int, end: int) -> bool:
    """Is a rule printed at ``position`` from ``start`` to ``end``? Ink on nearly every pixel of the run, within a
    couple of pixels of the line (a character's stroke crossing the place covers far less)."""
    start, end = start + 4, end - 4
    if end <= start:
        return True
    if vertical:
        strip = binary[start:end, max(0, position - 2) : position + 3]
        return bool(strip.size) and float(np.mean(strip.max(axis=1) > 0)) >= 0.85
    strip = binary[max(0, position - 2) : position + 3, start:end]
    return bool(strip.size) and float(np.mean(strip.max(axis=0) > 0)) >= 0.85


def _regions(binary: np.ndarray, rows: list[int], columns: list[int]) -> list[Region]:
    """Grid cells joined wherever no rule separates them: merged cells as the publisher drew them."""
    n_rows, n_columns = len(rows) - 1, len(columns) - 1
    parent = list(range(n_rows * n_columns))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for r in range(n_rows):
        for c in range(n_columns):
            here = r * n_columns + c
            if c + 1 < n_columns and not rule_along(binary, True, columns[c + 1], rows[r], rows[r + 1]):
                parent[root(here)] = root(here + 1)
            if r + 1 < n_rows and not rule_along(binary, False, rows[r + 1], columns[c], columns[c + 1]):
                parent[root(here)] = root(here + n_columns)
    members: dict[int, list[tuple[int, int]]] = {}
    for r in range(n_rows):
        for c in range(n_columns):
            members.setdefault(root(r * n_columns + c), []).append((r, c))
    regions = []
    for cells in members.values():
        r0, c0 = min(r for r, _ in cells), min(c for _, c in cells)
        r1, c1 = max(r for r, _ in cells), max(c for _, c in cells)
        regions.append(Region(r0, c0, r1 - r0 + 1, c1 - c0 + 1))
    return sorted(regions, key=lambda g: (g.row, g.column))


def _drop_unused_lines(binary: np.ndarray, rows: list[int], columns: list[int]) -> tuple[list[int], list[int]]:
    """A clustered position where no rule separates any two cells is not a line of the table (a long stroke of
    a heading, say): dropping it keeps the number of columns the national template expects."""
    kept_columns = [columns[0]]
    for x in columns[1:-1]:
        if any(rule_along(binary, True, x, rows[r], rows[r + 1]) for r in range(len(rows) - 1)):
            kept_columns.append(x)
    kept_columns.append(columns[-1])
    kept_rows = [rows[0]]
    for y in rows[1:-1]:
        if any(
            rule_along(binary, False, y, kept_columns[c], kept_columns[c + 1]) for c in range(len(kept_columns) - 1)
        ):
            kept_rows.append(y)
    kept_rows.append(rows[-1])
    return kept_rows, kept_columns


def find_grids(gray: np.ndarray) -> list[Grid]:
    """The ruled tables of a page, top to bottom."""
    import cv2

    binary = binarize(gray)
    h, w = binary.shape
    horizontal, vertical = _line_masks(binary)
    horizontal = cv2.dilate(horizontal, np.ones((3, 3), np.uint8))
    vertical = cv2.dilate(vertical, np.ones((3, 3), np.uint8))
    count, labels, stats, _ = cv2.connectedComponentsWithStats(cv2.bitwise_or(horizontal, vertical))
    grids = []
    for i in range(1, count):
        x, y, bw, bh, _ = stats[i]
        if bw < w / 5 or bh < 24:
            continue
        mine = labels[y : y + bh, x : x + bw] == i
        h_profile = ((horizontal[y : y + bh, x : x + bw] > 0) & mine).sum(axis=1)
        v_profile = ((vertical[y : y + bh, x : x + bw] > 0) & mine).sum(axis=0)
        rows = _cluster([y + j for j, v in enumerate(h_profile) if v >= 30], 4)
        columns = _cluster([x + j for j, v in enumerate(v_profile) if v >= 15], 4)
        if len(rows) < 1 or len(columns) < 2:
            continue
        # a table cut by the page's edge has no closing rule: its column rules reach past the last row rule
        inked = np.nonzero(((vertical[y : y + bh, x : x + bw] > 0) & mine).sum(axis=1) >= max(2, len(columns) // 2))[0]
        if len(inked):
            top, bottom = y + int(inked[0]), y + int(inked[-1])
            if bottom - rows[-1] > 12:
                rows.append(bottom)
            if rows[0] - top > 12:
                rows.insert(0, top)
        if len(rows) < 2:
            continue
        rows, columns = _drop_unused_lines(binary, rows, columns)
        grids.append(Grid(rows, columns, _regions(binary, rows, columns)))
    return sorted(grids, key=lambda g: g.rows[0])


# --- cell ink ---------------------------------------------------------------------------------------------------


def _clean_ink(binary: np.ndarray) -> np.ndarray:
    """Ink without specks and noise: marks of a character's size, and small marks (a dot, a comma, 、) only
    close beside one of those."""
    import cv2

    count, labels, stats, _ = cv2.connectedComponentsWithStats(binary, connectivity=8)
    if count <= 1:
        return np.zeros_like(binary)
    heights = stats[1:, cv2.CC_STAT_HEIGHT]
    areas = stats[1:, cv2.CC_STAT_AREA]
    strong = (heights >= 6) & (areas >= 15)
    keep = np.zeros(count, dtype=bool)
    keep[1:] = strong
    if strong.any():
        size = float(np.median(heights[strong]))
        boxes = stats[1:, :4][strong]
        for i in np.nonzero(~strong & (areas >= 3))[0]:
            x, y, w, h = stats[i + 1, :4]
            near = (
                (boxes[:, 0] - size <= x + w)
                & (x <= boxes[:, 0] + boxes[:, 2] + size * 0.6)
                & (boxes[:, 1] - size * 0.3 <= y + h)
                & (y <= boxes[:, 1] + boxes[:, 3] + size * 0.3)
            )
            keep[i + 1] = bool(near.any())
    return np.where(keep[labels], 255, 0).astype(np.uint8)


def _runs(on: np.ndarray) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    start = None
    for y, has_ink in enumerate(on):
        if has_ink and start is None:
            start = y
        elif not has_ink and start is not None:
            runs.append((start, y))
            start = None
    if start is not None:
        runs.append((start, len(on)))
    return runs


def _bands(ink: np.ndarray) -> list[tuple[int, int]]:
    """Text lines inside one cell: runs of rows with ink. The dot of "1." or a comma is a run of its own that
    belongs to the line beside it. In a narrow column of text printed top to bottom (三、本年度办理结果), the
    strokes of one character (三) are joined, and characters printed without a gap are cut into squares."""
    runs = _runs(ink.max(axis=1) > 0)
    if not runs:
        return []
    columns = np.nonzero(ink.max(axis=0))[0]
    width = int(columns[-1] - columns[0] + 1)
    height = runs[-1][1] - runs[0][0]
    tallest = max(b - a for a, b in runs)
    merged: list[tuple[int, int]] = []
    if height >= width * 2.5 and width >= 8:  # a narrow column: one character (or one wrapped digit line) a run
        for a, b in runs:
            if (
                merged
                and b - merged[-1][0] <= width * 1.15
                and (b - a < width * 0.35 or merged[-1][1] - merged[-1][0] < width * 0.35)
            ):
                merged[-1] = (merged[-1][0], b)
            else:
                merged.append((a, b))
        split: list[tuple[int, int]] = []
        profile = (ink > 0).sum(axis=1)
        for a, b in merged:
            count = round((b - a) / width)
            if b - a <= width * 2.2 or count < 2:
                split.append((a, b))
                continue
            pitch = (b - a) / count
            cuts = [a]
            for k in range(1, count):
                lo, hi = int(a + k * pitch - pitch * 0.25), int(a + k * pitch + pitch * 0.25)
                cuts.append(lo + int(np.argmin(profile[lo:hi])))
            cuts.append(b)
            split.extend((cuts[k], cuts[k + 1]) for k in range(count))
        merged = split
    else:
        for a, b in runs:
            small = b - a < tallest * 0.4
            if merged and a - merged[-1][1] <= 1 and (small or merged[-1][1] - merged[-1][0] < tallest * 0.4):
                merged[-1] = (merged[-1][0], b)
            else:
                merged.append((a, b))
    typical = float(np.median([b - a for a, b in merged]))
    return [(a, b) for a, b in merged if b - a >= max(4, min(tallest, typical) * 0.3)]


@dataclass
class LineCrop:
    """One text line of a cell, cut out for recognition, with what its ink says about its width."""

    image: np.ndarray
    height: int
    ink_width: int
    pieces: int  # connected components as tall as half the line: about one per digit in a printed number


def cell_lines(gray: np.ndarray, binary: np.ndarray, box: tuple[int, int, int, int]) -> tuple[list[LineCrop], bool]:
    """The text lines of the cell inside ``box`` (rules excluded), and whether the cell has any ink at all."""
    import cv2

    x0, y0, x1, y1 = box
    x0, y0, x1, y1 = x0 + 4, y0 + 4, x1 - 3, y1 - 3
    if x1 - x0 < 4 or y1 - y0 < 4:
        return [], False
    ink = _clean_ink(binary[y0:y1, x0:x1])
    if not ink.any():
        return [], False
    lines = []
    for a, b in _bands(ink):
        band = ink[a:b]
        columns = np.nonzero(band.max(axis=0))[0]
        left, right = int(columns[0]), int(columns[-1]) + 1
        pad = max(4, (b - a) // 3)
        crop = gray[max(0, y0 + a - pad) : y0 + b + pad, max(0, x0 + left - pad) : x0 + right + pad]
        count, _, stats, _ = cv2.connectedComponentsWithStats(band, connectivity=8)
        pieces = sum(1 for i in range(1, count) if stats[i, cv2.CC_STAT_HEIGHT] >= (b - a) * 0.5)
        lines.append(LineCrop(crop, b - a, right - left, pieces))
    return _vertical_text(lines), True


def _vertical_text(lines: list[LineCrop]) -> list[LineCrop]:
    """Text printed top to bottom (三、本年度办理结果 down a narrow merged cell) comes out as one character per
    line: set the characters side by side, so the recogniser reads one horizontal line."""
    if len(lines) < 3 or any(line.ink_width > line.height * 1.6 for line in lines):
        return lines
    height = max(line.image.shape[0] for line in lines)
    width = max(line.image.shape[1] for line in lines)
    row = np.full((height, width * len(lines)), 255, np.uint8)
    for k, line in enumerate(lines):
        h, w = line.image.shape
        row[
            (height - h) // 2 : (height - h) // 2 + h, k * width + (width - w) // 2 : k * width + (width - w) // 2 + w
        ] = line.image
    ink = sum(line.ink_width for line in lines) + (width // 2) * (len(lines) - 1)
    return [LineCrop(row, max(line.height for line in lines), ink, sum(line.pieces for line in lines))]


def _is_number(text: str) -> bool:
    return bool(NUMBER_TEXT.fullmatch(text))


ZERO_LOOKALIKES = set("oO〇○。°")  # how a lone 0 is misread without context
MARKS = set(".,·、")  # what a lone 0 or a speck is read as when nothing else is


def number_reading(reading: TextBox) -> tuple[str, list[float]] | None:
    """The reading of one line as a number, if it is one: digits kept; a 0 read as o or 。 (there is no context
    in a lone cell) replaced by the best digit at that place; a stray dot at either end (a speck) dropped."""
    text = reading.text.translate(FULL_WIDTH).replace(" ", "")
    if not text:
        return None
    only_marks = all(ch in ZERO_LOOKALIKES | MARKS for ch in text)
    chars, confidences = [], []
    for k, ch in enumerate(text):
        confidence = reading.confidences[k] if k < len(reading.confidences) else 0.0
        has_digit = k < len(reading.digits)
        if has_digit and (ch in ZERO_LOOKALIKES or (only_marks and ch in MARKS)):
            chars.append(reading.digits[k])
            confidences.append(reading.digit_confidences[k])
        elif has_digit and ch.isdigit():
            # a digit among the ten: its share of the digits' probability (o and O take mass from 0 in a lone cell)
            chars.append(ch)
            confidences.append(reading.digit_confidences[k] if reading.digits[k] == ch else confidence)
        else:
            chars.append(ch)
            confidences.append(confidence)
    while len(chars) > 1 and chars[0] in ".,":
        chars.pop(0), confidences.pop(0)
    while len(chars) > 1 and chars[-1] in ".,":
        chars.pop(), confidences.pop()
    number = "".join(chars)
    return (number, confidences) if _is_number(number) else None


def cell_text(lines: list[LineCrop], readings: list[TextBox], has_ink: bool, digit_height: float = 0.0) -> str:
    """One cell's text from its lines' readings. A number wrapped over lines is one number; a number read with
    doubt, with more or fewer digits than its ink holds, or far smaller or larger than the table's other figures,
    is marked unclear with its reading."""
    if not has_ink:
        return ""
    numbers = [number_reading(r) for r in readings]
    if readings and all(numbers):
        joined = "".join(n[0] for n in numbers)  # type: ignore[index]
        if _is_number(joined):
            confidence = min(min(n[1]) for n in numbers)  # type: ignore[index]
            sized = not digit_height or all(0.6 <= line.height / digit_height <= 1.6 for line in lines)
            if confidence < MIN_NUMBER_CONFIDENCE or not sized or not _width_fits(lines, [n[0] for n in numbers]):  # type: ignore[index]
                return UNCLEAR_MARK + joined
            if len(joined) > 1 and joined[0] == "0" and joined[1] != ".":
                return UNCLEAR_MARK + joined  # "07" is no printed count: a speck read as a digit
            return joined
    # a vertical bar is a rule read as text (and would make the line look like a markdown table)
    texts = [r.text.translate(FULL_WIDTH).replace("|", "").strip() for r in readings]
    text = "".join(texts).strip()
    with_unit = re.fullmatch(r"(\d[\d,.]*)\s*(件|项|条|元|万元)", text)
    if with_unit and min(c for r in readings for c in r.confidences[: len(with_unit.group(1))]) < MIN_NUMBER_CONFIDENCE:
        return UNCLEAR_MARK + with_unit.group(1)  # a figure with its unit is still a figure
    if not text:
        return UNCLEAR_MARK  # ink that reads as nothing: unclear in the print, never blank or 0
    if re.fullmatch(r"[\d\s.,?oOlI|。°〇○]+", text) and re.search(r"\d", text):
        return UNCLEAR_MARK + re.sub(r"\D", "", text)  # digits mixed with look-alike marks: a doubtful number
    return text


def _width_fits(lines: list[LineCrop], texts: list[str]) -> bool:
    """Does each line's ink width match the characters read from it? A digit the recogniser dropped or invented
    shows as ink too wide or too narrow for the reading."""
    for line, text in zip(lines, texts, strict=True):
        characters = len(text.replace(" ", ""))
        if not characters:
            return False
        per_character = line.ink_width / characters / max(line.height, 1)
        low, high = DIGIT_WIDTH
        if not low * 0.8 <= per_character <= high * 1.25 + 0.35 / characters:
            return False
        digits = sum(ch.isdigit() for ch in text)
        if digits and line.pieces > digits:
            return False  # more separate marks than digits read: one was missed
    return True


def read_grid(engine: OcrEngine, gray: np.ndarray, grid: Grid) -> list[list[str]]:
    """The table's cells as rows of text, merged cells once (at their first row and column)."""
    binary = binarize(gray)
    plans = []
    crops: list[np.ndarray] = []
    for region in grid.regions:
        box = (
            grid.columns[region.column],
            grid.rows[region.row],
            grid.columns[region.column + region.colspan],
            grid.rows[region.row + region.rowspan],
        )
        lines, has_ink = cell_lines(gray, binary, box)
        plans.append((region, lines, has_ink, len(crops)))
        crops.extend(line.image for line in lines)
    readings = engine.recognize(crops) if crops else []
    heights = [
        line.height
        for _, lines, _, first in plans
        for line, reading in zip(lines, readings[first : first + len(lines)], strict=True)
        if reading.text.isdigit() and min(reading.confidences, default=0) >= 0.95
    ]
    digit_height = float(np.median(heights)) if len(heights) >= 3 else 0.0
    table = [[""] * (len(grid.columns) - 1) for _ in range(len(grid.rows) - 1)]
    for region, lines, has_ink, first in plans:
        table[region.row][region.column] = cell_text(lines, readings[first : first + len(lines)], has_ink, digit_height)
    return _unclear_in_number_columns(table, grid)


def _unclear_in_number_columns(table: list[list[str]], grid: Grid) -> list[list[str]]:
    """In a column of figures, on a row of figures, a short reading that is no figure is a figure read badly: it
    stays in its place as unclear, so the row keeps its width and no other figure shifts into its column."""
    single = {(r.row, r.column) for r in grid.regions if r.rowspan == 1 and r.colspan == 1}

    def figure(text: str) -> bool:
        return _is_number(text) or text.startswith(UNCLEAR_MARK)

    number_columns = set()
    for c in range(len(grid.columns) - 1):
        filled = [table[r][c] for r in range(len(table)) if (r, c) in single and table[r][c]]
        if filled and sum(figure(t) for t in filled) >= max(2, len(filled) * 0.6):
            number_columns.add(c)
    for r, row in enumerate(table):
        if sum(figure(row[c]) for c in number_columns) < 2:
            continue
        for c in number_columns:
            text = row[c]
            if (r, c) in single and text and not figure(text) and len(re.findall(r"[\u4e00-\u9fff]", text)) < 2:
                row[c] = UNCLEAR_MARK + re.sub(r"\D", "", text)
    return table


# --- pages ------------------------------------------------------------------------------------------------------


def _center(box: TextBox) -> tuple[float, float]:
    x0, y0, x1, y1 = box.box
    return (x0 + x1) / 2, (y0 + y1) / 2


def box_rows(boxes: list[TextBox]) -> list[list[TextBox]]:
    """Boxes whose vertical centres are close share a row; rows top to bottom, boxes left to right."""
    rows: list[list[TextBox]] = []
    for box in sorted(boxes, key=lambda b: _center(b)[1]):
        height = box.box[3] - box.box[1]
        if rows:
            last = rows[-1]
            centre = sum(_center(b)[1] for b in last) / len(last)
            last_height = max(b.box[3] - b.box[1] for b in last)
            if abs(_center(box)[1] - centre) <= 0.5 * max(height, last_height):
                last.append(box)
                continue
        rows.append([box])
    return [sorted(row, key=lambda b: b.box[0]) for row in rows]


def _box_text(box: TextBox) -> str:
    text = box.text.translate(FULL_WIDTH).replace("|", "").strip()
    if _is_number(text.replace(" ", "")):
        return _figure_text(box) or text.replace(" ", "")
    return text


def _figure_text(box: TextBox) -> str | None:
    """A box's text as a table figure when it is one (a lone 0 read as o or 。 included), else None."""
    number = number_reading(box)
    if number is None:
        return None
    text, confidences = number
    return text if min(confidences, default=0.0) >= MIN_NUMBER_CONFIDENCE else UNCLEAR_MARK + text


def _split_figures(row: list[TextBox]) -> list[TextBox]:
    """A box that holds several figures side by side ("0 0 12") as one box per figure, placed by character."""
    out = []
    for box in row:
        parts = box.text.split()
        if len(parts) < 2 or not all(_figure_text(TextBox(box.box, p, [1.0] * len(p))) for p in parts):
            out.append(box)
            continue
        x0, y0, x1, y1 = box.box
        step = (x1 - x0) / max(1, len(box.text))
        position = 0
        for part in parts:
            start = box.text.index(part, position)
            position = start + len(part)
            pick = slice(start, position)  # the recogniser reads spaces as characters too
            out.append(
                TextBox(
                    (x0 + start * step, y0, x0 + position * step, y1),
                    part,
                    box.confidences[pick] or [box.confidence],
                    box.digits[pick],
                    box.digit_confidences[pick],
                )
            )
    return out


def unruled_lines(rows: list[list[TextBox]], binary: np.ndarray | None = None) -> list[tuple[float, str]]:
    """Rows of recognised boxes as text lines. Where three or more consecutive rows carry several figures (a
    table printed without rules), figures go to value columns clustered from their horizontal centres across
    those rows, so a blank cell stays an empty field in its place instead of shifting the figures after it."""
    rows = [_split_figures(row) for row in rows]
    numeric = [sum(_figure_text(b) is not None for b in row) for row in rows]
    out: list[tuple[float, str]] = []
    i = 0
    while i < len(rows):
        j = end = i
        while j < len(rows) and (numeric[j] >= 2 or (end > i and j - end < 2)):
            if numeric[j] >= 2:
                end = j + 1  # a label wrapped over lines leaves a row without figures inside the table
            j += 1
        if sum(n >= 2 for n in numeric[i:end]) >= 3:
            out.extend(_columned(rows[i:end], binary))
            i = end
            continue
        row = rows[i]
        if numeric[i] >= 3 and numeric[i] == len(row):  # a line of figures alone (table 四's one row)
            out.append((_center(row[0])[1], "\t".join(_figure_text(b) or "" for b in row)))
        else:
            out.append((_center(row[0])[1], "\t".join(_box_text(b) for b in row)))
        i += 1
    return out


def _columned(rows: list[list[TextBox]], binary: np.ndarray | None) -> list[tuple[float, str]]:
    number_boxes = [b for row in rows for b in row if _figure_text(b) is not None]
    widths = sorted(b.box[2] - b.box[0] for b in number_boxes)
    height = sorted(b.box[3] - b.box[1] for b in number_boxes)[len(number_boxes) // 2]
    tolerance = int(max(height, widths[len(widths) // 2]))
    centres = _cluster([int(_center(b)[0]) for b in number_boxes], tolerance)
    # a column is a place where figures stand on many rows: a figure-like box elsewhere (a digit read out of a
    # label's last character) makes no column of its own
    figure_rows = sum(1 for row in rows if any(_figure_text(b) is not None for b in row))
    support = [
        sum(1 for row in rows if any(_figure_text(b) and abs(_center(b)[0] - c) <= tolerance for b in row))
        for c in centres
    ]
    centres = [c for c, n in zip(centres, support, strict=True) if n >= max(2, figure_rows * 0.3)] or centres
    first_column = centres[0] - tolerance
    out = []
    for row in rows:
        if not any(_figure_text(b) is not None for b in row):  # a label's continuation line
            out.append((_center(row[0])[1], " ".join(_box_text(b) for b in row)))
            continue
        labels = [b for b in row if _center(b)[0] < first_column or _figure_text(b) is None]
        slots = [""] * len(centres)
        for b in row:
            if b in labels:
                continue
            k = min(range(len(centres)), key=lambda c: abs(centres[c] - _center(b)[0]))
            slots[k] = (_figure_text(b) or "") if not slots[k] else UNCLEAR_MARK  # two readings in one slot
        y0 = int(min(b.box[1] for b in row))
        y1 = int(max(b.box[3] for b in row))
        if binary is not None:
            for k, text in enumerate(slots):
                if text:
                    continue
                half = min([height] + [abs(centres[k] - c) / 2 for c in centres if c != centres[k]])
                x0, x1 = int(centres[k] - half), int(centres[k] + half)
                if _clean_ink(binary[y0:y1, max(0, x0) : x1]).sum() > 255 * 12:
                    slots[k] = UNCLEAR_MARK  # ink where no figure was read
        label = " ".join(_box_text(b) for b in labels)
        out.append((_center(row[0])[1], "\t".join([label, *slots])))
    return out


def page_text(engine: OcrEngine, image: np.ndarray) -> str:
    """One page image → text: prose lines and tab-separated tables in reading order."""
    return read_page(engine, image)[0]


def read_page(engine: OcrEngine, image: np.ndarray) -> tuple[str, int]:
    """A page's text and how many ruled tables it holds."""
    gray = straighten(to_gray(image))
    grids = find_grids(gray)
    ordered: list[tuple[float, str]] = []
    prose = gray.copy()
    for grid in grids:
        rows = read_grid(engine, gray, grid)
        ordered.append((grid.rows[0], "\n".join("\t".join(r) for r in rows if any(c.strip() for c in r))))
        x0, y0, x1, y1 = grid.box
        prose[max(0, y0 - 3) : y1 + 4, max(0, x0 - 3) : x1 + 4] = 255  # read once, as a table
    boxes = engine.detect(prose)
    ordered.extend(unruled_lines(box_rows(boxes), binarize(prose)))
    ordered.sort(key=lambda item: item[0])
    return "\n".join(text for _, text in ordered if text.strip()), len(grids)


def page_lines(boxes: list[tuple[list[list[float]], str, float]]) -> list[str]:
    """RapidOCR's (corner points, text, confidence) boxes as text lines (kept for callers reading raw boxes)."""
    items = [
        TextBox(
            (
                min(p[0] for p in points),
                min(p[1] for p in points),
                max(p[0] for p in points),
                max(p[1] for p in points),
            ),
            text,
            [confidence] * max(1, len(text)),
        )
        for points, text, confidence in boxes
    ]
    return [text for _, text in unruled_lines(box_rows(items))]


# --- documents --------------------------------------------------------------------------------------------------


ENGINE: ContextVar[str | None] = ContextVar("reportqa_ocr_engine", default=None)  # None: the default engine


@dataclass
class OcrClock:
    """Pages read with OCR and the time they took (the evaluation sets one to report OCR's share of the time)."""

    pages: int = 0
    pages_from_cache: int = 0
    seconds: float = 0.0
    cpu_seconds: float = 0.0


CLOCK: ContextVar[OcrClock | None] = ContextVar("reportqa_ocr_clock", default=None)
# A folder of page texts already read, for re-scoring the parser on the same scans without reading them again:
# a page's text is kept under the hash of its image, the engine and this OCR code, so a change to the OCR code
# (or another engine) reads the page anew. The evaluation sets it; indexing never does.
PAGE_CACHE: ContextVar[Path | None] = ContextVar("reportqa_ocr_page_cache", default=None)


@cache
def _code_fingerprint() -> bytes:
    from indexing import ocr_engines

    return b"".join(Path(module.__file__ or "").read_bytes() for module in (sys.modules[__name__], ocr_engines))


def _read_page_once(engine: OcrEngine, engine_name: str, image: np.ndarray) -> str:
    folder = PAGE_CACHE.get()
    clock = CLOCK.get()
    path = None
    if folder is not None:
        digest = hashlib.sha256(_code_fingerprint() + engine_name.encode() + str(image.shape).encode())
        digest.update(np.ascontiguousarray(image).data)
        path = folder / f"{digest.hexdigest()}.txt"
        if path.exists():
            if clock:
                clock.pages += 1
                clock.pages_from_cache += 1
            return path.read_text(encoding="utf-8")
    started, cpu = time.perf_counter(), time.process_time()
    text = page_text(engine, image)
    if clock:
        clock.pages += 1
        clock.seconds += time.perf_counter() - started
        clock.cpu_seconds += time.process_time() - cpu
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.part")
        partial.write_text(text, encoding="utf-8")
        partial.replace(path)
    return text


def available(engine_name: str | None = None) -> bool:
    from indexing.ocr_engines import engine_available

    return engine_available(engine_name or ENGINE.get())


def ocr_pdf(
    data: bytes, progress: Callable[[int, int], None] | None = None, engine_name: str | None = None
) -> list[str]:
    """The text of every page of a scanned PDF, one string per page."""
    import pypdfium2 as pdfium

    from indexing.ocr_engines import get_engine

    engine_name = engine_name or ENGINE.get()
    engine = get_engine(engine_name)
    pdf = pdfium.PdfDocument(data)
    pages = []
    try:
        for index in range(len(pdf)):
            image = np.asarray(pdf[index].render(scale=RENDER_DPI / 72, grayscale=True).to_pil().convert("L"))
            pages.append(_read_page_once(engine, engine_name or "default", image))
            if progress:
                progress(index + 1, len(pdf))
    finally:
        pdf.close()
    return pages


MIN_IMAGE_WIDTH = 1600  # pixels: a web image smaller than this is enlarged before reading (its text is small)


def image_table_text(data: bytes, engine_name: str | None = None) -> str | None:
    """The text of a picture that holds a table (a table published as an image), or None when it holds none: no
    ruled grid and no words of the national tables (a logo, a photo, a seal)."""
    import cv2

    from indexing.national_format import table_titles

    image = cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_GRAYSCALE)
    if image is None:
        raise ValueError("not a decodable image")
    h, w = image.shape
    if w < 200 or h < 60:
        return None
    if w < MIN_IMAGE_WIDTH:
        scale = min(3.0, MIN_IMAGE_WIDTH / w)
        image = cv2.resize(image, (int(w * scale), int(h * scale)), interpolation=cv2.INTER_CUBIC)
    text, tables = read_page(get_engine_for(engine_name), image)
    words = (
        "申请人情况",
        "自然人",
        "行政复议",
        "信息内容",
        "本年新收",
        *(t for ts in table_titles().values() for t in ts),
    )
    if tables or any(word in text for word in words):
        return text
    return None


def get_engine_for(engine_name: str | None = None) -> OcrEngine:
    from indexing.ocr_engines import get_engine

    return get_engine(engine_name or ENGINE.get())
