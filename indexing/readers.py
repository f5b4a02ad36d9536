"""Readers turn a file into plain text lines. One reader per kind of file; all end in the same text, so checks,
stores and answers need no change.

Tables become one tab-separated line per row, with a merged cell written once and its other positions left
empty — the layout the table parser already reads (the seed report's own layout). PDF pages are separated by a
form feed so the parser can tell each cell's page.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path

PAGE_BREAK = "\f"
MAX_BYTES_DEFAULT = 50 * 1024 * 1024


class UnreadableReport(Exception):
    """The file cannot be read as a report; the message says which file and what to do."""


class ReportTooLarge(UnreadableReport):
    """The file is over one of the reading limits (size, decompressed size, pages, characters, line length)."""


@dataclass(frozen=True)
class ReadLimits:
    """Bounds on the work one file may cost, checked before the work (files come from third-party sites)."""

    max_bytes: int = MAX_BYTES_DEFAULT
    max_unzipped_bytes: int = 100 * 1024 * 1024  # all parts of a .docx once decompressed
    max_pdf_pages: int = 300
    max_chars: int = 3_000_000  # characters of text after reading
    max_line_chars: int = 200_000  # a flattened one-line report is about 30,000


LIMITS: ContextVar[ReadLimits] = ContextVar("reportqa_read_limits", default=ReadLimits())


def size_text(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB" if n >= 1024 * 1024 else f"{max(n // 1024, 1)} KB"


Reader = Callable[[bytes, str], str]
_READERS: dict[str, Reader] = {}


def register_reader(*suffixes: str) -> Callable[[Reader], Reader]:
    def wrap(fn: Reader) -> Reader:
        for suffix in suffixes:
            _READERS[suffix] = fn
        return fn

    return wrap


def supported_suffixes() -> tuple[str, ...]:
    return tuple(sorted(_READERS))


# --- encodings -------------------------------------------------------------------------------------------


def decode_text(data: bytes, name: str) -> str:
    """UTF-8 (with or without BOM), UTF-16 (BOM or the zero bytes of ASCII), GBK/GB18030 — detected, not assumed."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    sample = data[:4000]
    if sample and sample.count(b"\x00") > len(sample) // 4:
        even_zeros = sample[0::2].count(0)
        odd_zeros = sample[1::2].count(0)
        try:
            return data.decode("utf-16-be" if even_zeros > odd_zeros else "utf-16-le")
        except UnicodeDecodeError:
            pass
    if b"\x00" in sample:
        raise UnreadableReport(f"{name}: this looks like a binary file, not report text")
    for encoding in ("utf-8", "gb18030"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if encoding == "gb18030" and not re.search(r"[\u4e00-\u9fff]", text):
            break  # GB18030 decodes almost any bytes; without Chinese characters it was not GBK text
        return text
    raise UnreadableReport(
        f"{name}: the text is neither UTF-8, GBK/GB18030 nor UTF-16; save it in one of these encodings and try again"
    )


# --- plain text -------------------------------------------------------------------------------------------


@register_reader(".txt", ".md", ".markdown")
def read_plain_text(data: bytes, name: str) -> str:
    return decode_text(data, name)


# --- HTML ------------------------------------------------------------------------------------------------

CHROME_WORDS = re.compile(r"nav|menu|breadcrumb|crumb|footer|header|banner|share|sidebar|copyright|position|location", re.I)
BLOCK_TAGS = ("p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "section", "article", "tr", "title")


def grid_rows(rows: list[list[tuple[str, int, int]]]) -> list[list[str]]:
    """Expand (text, rowspan, colspan) cells into a grid: a merged cell's text once, its other positions empty."""
    grid: dict[tuple[int, int], str] = {}
    width = 0
    for r, cells in enumerate(rows):
        c = 0
        for text, rowspan, colspan in cells:
            while (r, c) in grid:
                c += 1
            for dr in range(max(rowspan, 1)):
                for dc in range(max(colspan, 1)):
                    grid[(r + dr, c + dc)] = text if dr == 0 and dc == 0 else ""
            c += max(colspan, 1)
            width = max(width, c)
    height = max((r for r, _ in grid), default=-1) + 1
    return [[grid.get((r, c), "") for c in range(width)] for r in range(height)]


def table_lines(rows: list[list[str]]) -> list[str]:
    lines = []
    for row in rows:
        cells = [re.sub(r"\s+", " ", cell).strip() for cell in row]
        if any(cells):
            lines.append("\t".join(cells))
    return lines


def html_to_text(html: str) -> str:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe"]):
        tag.decompose()
    for tag in soup.find_all(True):
        if tag.attrs is None:
            continue
        marker = " ".join([*tag.get("class", []), tag.get("id", "")])
        if marker and CHROME_WORDS.search(marker) and not tag.find("table"):
            tag.decompose()
    body = soup.find(["article", "main"]) or soup.body or soup
    # The report body is the block holding the annual report's words; government pages wrap it in chrome.
    candidates = [d for d in body.find_all(["div", "td", "section"]) if "政府信息公开" in d.get_text()]
    if candidates:
        body = min(candidates, key=lambda d: len(d.get_text()) if "年度报告" in d.get_text() or d.find("table") else 10**9)
        if "年度报告" not in body.get_text() and not body.find("table"):
            body = soup.body or soup
    for table in body.find_all("table"):
        rows = []
        for tr in table.find_all("tr"):
            cells = [
                (cell.get_text(" ", strip=True), int(cell.get("rowspan", 1) or 1), int(cell.get("colspan", 1) or 1))
                for cell in tr.find_all(["td", "th"], recursive=False)
            ]
            rows.append(cells)
        table.replace_with("\n" + "\n".join(table_lines(grid_rows(rows))) + "\n")
    for br in body.find_all("br"):
        br.replace_with("\n")
    for tag in body.find_all(BLOCK_TAGS):
        tag.insert_before("\n")
        tag.insert_after("\n")
    text = body.get_text()
    lines = [re.sub(r"[ \u3000\xa0]+", " ", line).strip() if "\t" not in line else line.strip(" ") for line in text.split("\n")]
    return "\n".join(line for line in lines if line.strip())


@register_reader(".html", ".htm", ".shtml")
def read_html(data: bytes, name: str) -> str:
    declared = re.search(rb"charset=[\"']?([A-Za-z0-9_-]+)", data[:4000])
    text = None
    if declared:
        try:
            text = data.decode(declared.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            text = None
    return html_to_text(text if text is not None else decode_text(data, name))


# --- DOCX ------------------------------------------------------------------------------------------------


@register_reader(".docx")
def read_docx(data: bytes, name: str) -> str:
    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph
    except ImportError as exc:  # pragma: no cover - installed with the project
        raise UnreadableReport("reading .docx needs python-docx: pip install python-docx") from exc
    check_unzipped_size(data, name)
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises several kinds for a broken file
        raise UnreadableReport(f"{name}: not a readable Word (.docx) document ({exc.__class__.__name__})") from exc
    lines: list[str] = []
    for block in document.element.body.iterchildren():
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append(Paragraph(block, document).text)
        elif tag == "tbl":
            table = Table(block, document)
            # python-docx hands back the same cell element for every position a merged cell covers
            # (gridSpan across, vMerge down): write it once, leave the positions it covers empty.
            seen: dict[int, object] = {}  # keeps the elements alive so their ids stay unique
            rows = []
            for row in table.rows:
                cells = []
                for cell in row.cells:
                    key = id(cell._tc)
                    cells.append("" if key in seen else cell.text)
                    seen[key] = cell._tc
                rows.append(cells)
            lines.extend(table_lines(rows))
    return "\n".join(lines)


# --- PDF -------------------------------------------------------------------------------------------------


@register_reader(".pdf")
def read_pdf(data: bytes, name: str) -> str:
    """Text and tables with pdfplumber, page by page; tables become tab-separated rows in reading order."""
    try:
        import pdfplumber
    except ImportError as exc:  # pragma: no cover
        raise UnreadableReport("reading .pdf needs pdfplumber: pip install pdfplumber") from exc
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except Exception as exc:
        raise UnreadableReport(f"{name}: not a readable PDF ({exc.__class__.__name__})") from exc
    pages: list[str] = []
    with pdf:
        limit = LIMITS.get().max_pdf_pages
        if len(pdf.pages) > limit:
            raise ReportTooLarge(f"{name}: {len(pdf.pages)} pages, more than the {limit}-page limit; split the PDF or index its text")
        for page in pdf.pages:
            tables = page.find_tables()
            boxes = [t.bbox for t in tables]

            def outside(obj, boxes=boxes) -> bool:  # type: ignore[no-untyped-def]
                x0, top = obj.get("x0", 0), obj.get("top", 0)
                return not any(b[0] - 1 <= x0 <= b[2] + 1 and b[1] - 1 <= top <= b[3] + 1 for b in boxes)

            if not boxes:
                pages.append(page.extract_text() or "")
                continue
            # text outside the tables, line by line, and each table at its place on the page
            ordered: list[tuple[float, str]] = [(tl["top"], tl["text"]) for tl in page.filter(outside).extract_text_lines()]
            for table in tables:
                rows = [[cell or "" for cell in row] for row in table.extract()]
                ordered.append((table.bbox[1], "\n".join(table_lines(rows))))
            ordered.sort(key=lambda item: item[0])
            pages.append("\n".join(text for _, text in ordered))
    text = ("\n" + PAGE_BREAK).join(pages)  # each page after the first starts with a form feed
    if not re.search(r"[\u4e00-\u9fff]", text):
        raise UnreadableReport(f"{name}: the PDF has no extractable text (a scan?); run OCR first and index the text")
    return text


# --- entry point ---------------------------------------------------------------------------------------------


def check_unzipped_size(data: bytes, name: str) -> None:
    """A zip archive (.docx) may expand a few KB into gigabytes: add up the declared sizes before opening it."""
    limit = LIMITS.get().max_unzipped_bytes
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            total = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, ValueError):
        return  # not an archive: the reader says so
    if total > limit:
        raise ReportTooLarge(f"{name}: expands to {size_text(total)}, more than the {size_text(limit)} limit for a Word file")


def check_text_limits(text: str, name: str) -> None:
    limits = LIMITS.get()
    if len(text) > limits.max_chars:
        raise ReportTooLarge(f"{name}: {len(text):,} characters, more than the {limits.max_chars:,} a report may have")
    longest = max((len(line) for line in text.split("\n")), default=0)
    if longest > limits.max_line_chars:
        raise ReportTooLarge(
            f"{name}: a line of {longest:,} characters, more than the {limits.max_line_chars:,} limit; is this a report?"
        )


def read_bytes(data: bytes, name: str, max_bytes: int | None = None, limits: ReadLimits | None = None) -> str:
    limits = limits or LIMITS.get()
    max_bytes = limits.max_bytes if max_bytes is None else max_bytes
    token = LIMITS.set(limits)
    try:
        return _read_bytes(data, name, max_bytes)
    finally:
        LIMITS.reset(token)


def _read_bytes(data: bytes, name: str, max_bytes: int) -> str:
    suffix = Path(name).suffix.lower()
    reader = _READERS.get(suffix)
    if reader is None:
        raise UnreadableReport(
            f"{name}: unsupported file type {suffix or '(none)'}; supported: {', '.join(supported_suffixes())}"
        )
    if not data.strip():
        raise UnreadableReport(f"{name}: the file is empty")
    if len(data) > max_bytes:
        raise ReportTooLarge(f"{name}: {size_text(len(data))} is over the {size_text(max_bytes)} limit")
    text = reader(data, name).replace("\r\n", "\n").replace("\r", "\n")
    check_text_limits(text, name)
    return text


def read_document(path: Path, max_bytes: int | None = None, limits: ReadLimits | None = None) -> str:
    limits = limits or LIMITS.get()
    max_bytes = limits.max_bytes if max_bytes is None else max_bytes
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise UnreadableReport(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    if size > max_bytes:  # before reading a byte of it
        raise ReportTooLarge(f"{path}: {size_text(size)} is over the {size_text(max_bytes)} limit")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UnreadableReport(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    return read_bytes(data, str(path), max_bytes, limits)
