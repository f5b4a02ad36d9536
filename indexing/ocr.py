"""OCR for scanned PDFs (no text layer): each page rendered to an image, read with RapidOCR (PP-OCRv4 models that
ship inside the rapidocr-onnxruntime wheel, so nothing is downloaded), and laid out as text lines.

Text boxes on one line become one line, a table's cells separated by tabs — the layout the table parser reads.
A number read with low confidence is marked so that its cell stays unresolved instead of holding a guess.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

RENDER_DPI = 150
MIN_NUMBER_CONFIDENCE = 0.85
DOUBTFUL = "?"  # prefixed to a doubtful number: classify() then sees text, and the cell stays unresolved


@cache
def _engine():  # RapidOCR is untyped
    from rapidocr_onnxruntime import RapidOCR

    return RapidOCR()


def available() -> bool:
    try:
        import rapidocr_onnxruntime  # noqa: F401
    except ImportError:
        return False
    return True


def page_lines(boxes: list[tuple[list[list[float]], str, float]]) -> list[str]:
    """Boxes (corner points, text, confidence) → lines: boxes whose vertical centres are close share a line;
    within a line, left to right, separated by tabs."""
    items = []
    for points, text, confidence in boxes:
        ys = [p[1] for p in points]
        xs = [p[0] for p in points]
        text = text.strip()
        if re.fullmatch(r"[\d.,\s]+", text):
            text = re.sub(r"\s+", "", text)
            if confidence < MIN_NUMBER_CONFIDENCE:
                text = DOUBTFUL + text
        items.append(((min(ys) + max(ys)) / 2, max(ys) - min(ys), min(xs), text))
    items.sort()
    lines: list[list[tuple[float, str]]] = []
    centre: float | None = None
    height = 0.0
    for y, h, x, text in items:
        if centre is not None and abs(y - centre) <= 0.5 * max(h, height):
            lines[-1].append((x, text))
        else:
            lines.append([(x, text)])
            centre, height = y, h
    return ["\t".join(t for _, t in sorted(line)) for line in lines]


def ocr_pdf(data: bytes, progress: Callable[[int, int], None] | None = None) -> list[str]:
    """The text of every page of a scanned PDF, one string per page."""
    import numpy as np
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    pages = []
    try:
        for index in range(len(pdf)):
            image = pdf[index].render(scale=RENDER_DPI / 72).to_pil().convert("RGB")
            result, _ = _engine()(np.asarray(image))
            pages.append("\n".join(page_lines(result or [])))
            if progress:
                progress(index + 1, len(pdf))
    finally:
        pdf.close()
    return pages
