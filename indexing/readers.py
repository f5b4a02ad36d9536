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
from typing import Any

from indexing.numbers import format_size

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
    max_html_images: int = 12  # images inside a web page's report body that are read with OCR


LIMITS: ContextVar[ReadLimits] = ContextVar("reportqa_read_limits", default=ReadLimits())  # noqa: B039 - frozen
# The folder of a web page read from disk: images it names by relative path are looked up there (a page saved with
# its files); an uploaded page has none, so only images embedded as data: URIs are read.
HTML_BASE: ContextVar[Path | None] = ContextVar("reportqa_html_base", default=None)
# Set by a reader that used OCR for any part of the file (a scanned page, a table published as an image): the
# parser then treats figures that break the table's arithmetic as possible misreadings (see ``read_file``).
_READ_WITH_OCR: ContextVar[bool] = ContextVar("reportqa_read_with_ocr", default=False)


@dataclass(frozen=True)
class ReadText:
    """A file's text, and whether OCR read any of it."""

    text: str
    read_with_ocr: bool = False


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

CHROME_WORDS = re.compile(
    r"nav|menu|breadcrumb|crumb|footer|header|banner|share|sidebar|copyright|position|location", re.I
)
BLOCK_TAGS = ("p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "section", "article", "tr", "title")
# The page's own metadata table (索引号 / 发布机构 …) names the report but is not part of it.
METADATA_WORDS = ("索引号", "发布机构", "发文机关", "主题分类", "成文日期", "发布日期", "文号", "所属机构", "信息分类")
SECTION_HEADING = re.compile(r"(?:^|\n)\s*([一二三四五六])\s*[、.．]\s*[\u4e00-\u9fff]")
REPORT_TABLE_WORDS = (
    "本年新收政府信息公开申请数量",
    "第二十条第",
    "结果维持",
    "本年制发件数",
    "本年新制作数量",
    "主动公开",
)
TITLE_WORDS = re.compile(
    r"(?:19|20)\d{2}\s*年度?[\u4e00-\u9fff]{0,30}?信息公开(?:工作)?年度报告|信息公开(?:工作)?年度报告"
)
SITE_SUFFIX = re.compile(r"\s*[-_|—–]\s*[^-_|—–]*$")


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


def _span(cell, attribute: str) -> int:
    match = re.match(r"\s*(\d+)", str(cell.get(attribute, 1) or 1))
    return max(1, min(int(match.group(1)), 1000)) if match else 1


def cell_text(cell) -> str:
    """A table cell's text. Word-pasted markup splits one number over inline tags (20</span><span>23) and wraps
    narrow cells over paragraphs: a cell that is one number once its spaces go is that number."""
    text = re.sub(r"[\s\u3000\xa0]+", " ", cell.get_text(" ")).strip()
    joined = text.replace(" ", "")
    if re.fullmatch(r"[+\-−]?[\d,]+(?:\.\d+)?(?:元|万元|件|项|条)?", joined):
        return joined
    return text


def _is_metadata_table(table) -> bool:
    text = table.get_text("")
    return sum(word in text for word in METADATA_WORDS) >= 2 and not any(w in text for w in REPORT_TABLE_WORDS[:4])


def report_score(block) -> tuple[int, int]:
    """How much of a report a block holds: its numbered section headings and its statistical tables."""
    text = block.get_text("\n")
    sections = len(set(SECTION_HEADING.findall(text)))
    tables = sum(
        1
        for t in block.find_all("table")
        if not t.find("table") and any(w in t.get_text("") for w in REPORT_TABLE_WORDS)
    )
    return sections, tables


def find_report_block(soup):
    """The smallest block that holds as many section headings and statistical tables as the whole page.

    The first or the smallest block that mentions 政府信息公开 is often a link to the report's attachment or to
    another year's report; the report itself is where the headings and the tables are.
    """
    root = soup.body or soup
    best_sections, best_tables = report_score(root)
    need = (best_sections + best_tables) * 0.8
    block = root
    for candidate in root.find_all(["div", "td", "section", "article", "main"]):
        if candidate.find_parent("a") is not None:
            continue
        sections, tables = report_score(candidate)
        if tables < best_tables or sections + tables < need:
            continue
        if len(candidate.get_text()) < len(block.get_text()):
            block = candidate
    return block


def page_title(soup, block) -> str | None:
    """The report's title when the body block does not carry it: a heading-like line outside links, nearest
    before the body; else the page's <title> without its site name."""
    first_line = next((line.strip() for line in block.get_text("\n").split("\n") if line.strip()), "")
    if len(first_line) <= 60 and TITLE_WORDS.search(first_line):
        return None
    found = None
    for string in soup.find_all(string=TITLE_WORDS):
        parent = string.parent
        if parent is None or parent.name in ("title", "script", "style", "a") or parent.find_parent("a") is not None:
            continue
        if len(string.strip()) > 60 or not re.search(r"(?:19|20)\d{2}", string):
            continue
        if block in parent.parents or parent is block:
            break
        if parent.find_parent("table") is not None and _is_metadata_table(parent.find_parent("table")):
            found = found or string.strip()  # 名称 in the metadata table: a fallback only
            continue
        found = string.strip()
    if found:
        return found
    if soup.title and soup.title.string and TITLE_WORDS.search(soup.title.string):
        return (
            SITE_SUFFIX.sub("", soup.title.string.strip())
            if "-" in soup.title.string or "_" in soup.title.string
            else soup.title.string.strip()
        )
    return None


def image_bytes(src: str) -> bytes | None:
    """The bytes of an image a page names: a data: URI, or a relative path under the page's own folder when the
    page was read from disk. Remote addresses are never fetched."""
    import base64
    from urllib.parse import unquote

    src = src.strip()
    limit = LIMITS.get().max_bytes
    if src.startswith("data:"):
        header, _, payload = src.partition(",")
        if ";base64" not in header or len(payload) > limit * 4 // 3 + 4:
            return None
        try:
            return base64.b64decode(payload, validate=False)
        except ValueError:
            return None
    base = HTML_BASE.get()
    if base is None or re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:|^//", src):
        return None
    target = (base / unquote(src.split("?")[0].split("#")[0])).resolve()
    if not target.is_relative_to(base.resolve()) or not target.is_file() or target.stat().st_size > limit:
        return None
    return target.read_bytes()


def read_image_tables(body: Any) -> None:
    """Tables published as pictures inside the report's body: each readable image is read with OCR and replaced by
    its text, tables as tab-separated rows, where it stands. An image with no table in it (a logo, a photo, a seal)
    is dropped; one that cannot be read leaves a line saying so."""
    from indexing import ocr

    images = body.find_all("img")
    if not images or not ocr.available():
        return
    for image in images[: LIMITS.get().max_html_images]:
        data = image_bytes(str(image.get("src") or ""))
        if data is None:
            continue
        try:
            text = ocr.image_table_text(data)
        except ValueError:
            continue
        if text:
            _READ_WITH_OCR.set(True)
            image.replace_with("\n" + text + "\n")


def html_to_text(html: str) -> str:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe"]):
        tag.decompose()
    for tag in soup.find_all(True):
        if tag.attrs is None:
            continue
        classes: str | list[str] = tag.get("class") or []
        marker = " ".join([*(classes if isinstance(classes, list) else [classes]), str(tag.get("id") or "")])
        if marker and CHROME_WORDS.search(marker) and not tag.find("table"):
            tag.decompose()
    for table in soup.find_all("table"):
        if table.parent is not None and _is_metadata_table(table) and not table.find("table"):
            table.decompose()
    body = find_report_block(soup)
    title = page_title(soup, body)
    read_image_tables(body)
    all_tables = body.find_all("table")
    layout_tables = {id(t) for t in all_tables if t.find("table")}  # pages laid out by tables hold the report's tables
    for table in all_tables:
        if id(table) in layout_tables:
            continue
        rows = []
        for tr in table.find_all("tr"):
            if tr.find_parent("table") is not table:
                continue
            rows.append(
                [
                    (cell_text(cell), _span(cell, "rowspan"), _span(cell, "colspan"))
                    for cell in tr.find_all(["td", "th"], recursive=False)
                ]
            )
        table.replace_with("\n" + "\n".join(table_lines(grid_rows(rows))) + "\n")
    for table in [t for t in all_tables if id(t) in layout_tables]:  # their text in document order
        table.unwrap()
    for br in body.find_all("br"):
        br.replace_with("\n")
    for tag in body.find_all(BLOCK_TAGS + ("td", "th")):
        tag.insert_before("\n")
        tag.insert_after("\n")
    text = body.get_text()
    lines = [
        re.sub(r"[ \u3000\xa0]+", " ", line).strip() if "\t" not in line else line.strip(" ")
        for line in text.split("\n")
    ]
    lines = [line for line in lines if line.strip()]
    if title:
        lines.insert(0, title)
    return "\n".join(lines)


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


def pdf_cell(text: str | None) -> str:
    """One ruled cell of a PDF table. A number too wide for a narrow cell wraps over lines ("2\n3\n1" is 231);
    digits on one line with a space between may be two cells whose rule is missing, so they stay apart."""
    text = text or ""
    # a label's punctuation hung past its cell's edge lands in the next cell ("、 0", or "0 ）" when the hung
    # bracket sits below the figure): it is no part of a figure
    bare = re.sub(r"^[、，。；：）)」”]\s*|\s*[、，。；：）)」”]$", "", text.strip())
    if bare != text.strip() and re.fullmatch(r"[\d.,\s]+", bare):
        text = bare
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if len(lines) > 1 and all(re.fullmatch(r"[\d.,]+", line) for line in lines):
        joined = "".join(lines)
        if not (len(joined) > 1 and joined[0] == "0" and joined[1] != "."):  # "0\n0" is not a number
            return joined
    return text


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
            raise ReportTooLarge(
                f"{name}: {len(pdf.pages)} pages, more than the {limit}-page limit; split the PDF or index its text"
            )
        for page in pdf.pages:
            tables = page.find_tables()
            boxes = [t.bbox for t in tables]

            def outside(obj, boxes=boxes) -> bool:
                x0, top = obj.get("x0", 0), obj.get("top", 0)
                return not any(b[0] - 1 <= x0 <= b[2] + 1 and b[1] - 1 <= top <= b[3] + 1 for b in boxes)

            if not boxes:
                pages.append(page.extract_text() or "")
                continue
            # text outside the tables, line by line, and each table at its place on the page
            ordered: list[tuple[float, str]] = [
                (tl["top"], tl["text"]) for tl in page.filter(outside).extract_text_lines()
            ]
            for table in tables:
                rows = [[pdf_cell(cell) for cell in row] for row in table.extract()]
                ordered.append((table.bbox[1], "\n".join(table_lines(rows))))
            ordered.sort(key=lambda item: item[0])
            pages.append("\n".join(text for _, text in ordered))
    text = ("\n" + PAGE_BREAK).join(pages)  # each page after the first starts with a form feed
    if not re.search(r"[\u4e00-\u9fff]", text):
        text = ("\n" + PAGE_BREAK).join(read_scanned_pdf(data, name))
    if not re.search(r"[\u4e00-\u9fff]", text):
        raise UnreadableReport(f"{name}: neither the PDF's text layer nor OCR of its pages gave any Chinese text")
    return text


def read_scanned_pdf(data: bytes, name: str) -> list[str]:
    """A PDF without a text layer (a scan): OCR page by page, with progress per page."""
    from indexing import ocr

    if not ocr.available():
        raise UnreadableReport(
            f"{name}: the PDF has no text layer (a scan); install rapidocr-onnxruntime to read it with OCR"
        )
    from tqdm import tqdm

    _READ_WITH_OCR.set(True)
    with tqdm(desc=f"OCR {Path(name).name}", unit="page", leave=False) as bar:

        def progress(done: int, total: int) -> None:
            bar.total = total
            bar.update(done - bar.n)

        return ocr.ocr_pdf(data, progress)


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
        raise ReportTooLarge(
            f"{name}: expands to {format_size(total)}, more than the {format_size(limit)} limit for a Word file"
        )


def check_text_limits(text: str, name: str) -> None:
    limits = LIMITS.get()
    if len(text) > limits.max_chars:
        raise ReportTooLarge(f"{name}: {len(text):,} characters, more than the {limits.max_chars:,} a report may have")
    longest = max((len(line) for line in text.split("\n")), default=0)
    if longest > limits.max_line_chars:
        raise ReportTooLarge(
            f"{name}: a line of {longest:,} characters, more than the {limits.max_line_chars:,} limit; "
            "is this a report?"
        )


def read_bytes(data: bytes, name: str, max_bytes: int | None = None, limits: ReadLimits | None = None) -> str:
    return read_bytes_with_info(data, name, max_bytes, limits).text


def read_bytes_with_info(
    data: bytes, name: str, max_bytes: int | None = None, limits: ReadLimits | None = None
) -> ReadText:
    limits = limits or LIMITS.get()
    max_bytes = limits.max_bytes if max_bytes is None else max_bytes
    token = LIMITS.set(limits)
    ocr_token = _READ_WITH_OCR.set(False)
    try:
        text = _read_bytes(data, name, max_bytes)
        return ReadText(text, _READ_WITH_OCR.get())
    finally:
        _READ_WITH_OCR.reset(ocr_token)
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
        raise ReportTooLarge(f"{name}: {format_size(len(data))} is over the {format_size(max_bytes)} limit")
    text = reader(data, name).replace("\r\n", "\n").replace("\r", "\n")
    check_text_limits(text, name)
    return text


def read_document(path: Path, max_bytes: int | None = None, limits: ReadLimits | None = None) -> str:
    return read_file(path, max_bytes, limits).text


def read_file(path: Path, max_bytes: int | None = None, limits: ReadLimits | None = None) -> ReadText:
    """A file's text and whether OCR read any of it."""
    limits = limits or LIMITS.get()
    max_bytes = limits.max_bytes if max_bytes is None else max_bytes
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise UnreadableReport(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    if size > max_bytes:  # before reading a byte of it
        raise ReportTooLarge(f"{path}: {format_size(size)} is over the {format_size(max_bytes)} limit")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UnreadableReport(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    token = HTML_BASE.set(path.parent)
    try:
        return read_bytes_with_info(data, str(path), max_bytes, limits)
    finally:
        HTML_BASE.reset(token)
