"""The OCR engines behind ``indexing.ocr``: each finds text lines on a page (``detect``) and reads cut-out text
lines (``recognize``), returning a confidence for every character it reads.

- ``rapidocr`` (default): PP-OCRv4 detection and recognition models that ship inside the rapidocr-onnxruntime
  wheel (nothing is downloaded). Cut-out lines are read many at a time: they are set side by side on white strips
  and each character is given back to its line by where the recogniser emitted it (CTC time steps), which costs a
  fraction of reading each small cell on its own.
- ``tesseract``: Debian's ``tesseract-ocr`` with ``tesseract-ocr-chi-sim`` (``make ocr-deps``), run as a
  program; cut-out lines are stacked into one image per call.

Measured against each other on the same rendered pages by ``python -m evals.ocr_engines``.
"""

from __future__ import annotations

import shutil
import subprocess
from functools import cache
from typing import Protocol

import numpy as np

from indexing.ocr import TextBox

DEFAULT_ENGINE = "rapidocr"
LINE_HEIGHT = 48  # the recogniser's input height
STRIP_GAP = 40  # white between two lines on a strip: five CTC steps, so no character is shared
STRIP_WIDTH = 1600
DETECT_LONG_SIDE = 1400  # pixels: text detection runs on the page reduced to this


class OcrEngine(Protocol):
    name: str

    def detect(self, image: np.ndarray) -> list[TextBox]: ...

    def recognize(self, crops: list[np.ndarray]) -> list[TextBox]: ...


class RapidOcrEngine:
    name = "rapidocr"

    def __init__(self) -> None:
        from rapidocr_onnxruntime import RapidOCR

        self._ocr = RapidOCR()
        recogniser = self._ocr.text_rec
        self._session = recogniser.session
        self._characters = recogniser.postprocess_op.character
        self._digit_classes = np.array([self._characters.index(d) for d in "0123456789"])

    def detect(self, image: np.ndarray) -> list[TextBox]:
        """Text lines found on a reduced copy of the page (prose needs no more), read from the full page."""
        import cv2

        h, w = image.shape[:2]
        scale = min(1.0, DETECT_LONG_SIDE / max(h, w))
        small = (
            cv2.resize(image, (int(w * scale), int(h * scale)), interpolation=cv2.INTER_AREA) if scale < 1 else image
        )
        rgb = cv2.cvtColor(small, cv2.COLOR_GRAY2RGB) if small.ndim == 2 else small
        found, _ = self._ocr.text_det(rgb)
        if found is None or not len(found):
            return []
        boxes, crops = [], []
        for quad in found:
            xs, ys = quad[:, 0] / scale, quad[:, 1] / scale
            x0, y0, x1, y1 = int(max(0, xs.min() - 2)), int(max(0, ys.min() - 2)), int(xs.max() + 3), int(ys.max() + 3)
            if x1 - x0 < 4 or y1 - y0 < 4:
                continue
            boxes.append((x0, y0, x1, y1))
            crops.append(
                image[y0:y1, x0:x1] if image.ndim == 2 else cv2.cvtColor(image[y0:y1, x0:x1], cv2.COLOR_RGB2GRAY)
            )
        readings = self.recognize(crops)
        out = []
        for box, reading in zip(boxes, readings, strict=True):
            if reading.text.strip():
                reading.box = box
                out.append(reading)
        return out

    def recognize(self, crops: list[np.ndarray]) -> list[TextBox]:
        import cv2

        lines = []
        for crop in crops:
            h, w = crop.shape[:2]
            width = max(1, int(round(w * LINE_HEIGHT / max(h, 1))))
            resized = cv2.resize(
                crop, (width, LINE_HEIGHT), interpolation=cv2.INTER_CUBIC if h < LINE_HEIGHT else cv2.INTER_AREA
            )
            lines.append(resized)
        strips: list[tuple[np.ndarray, list[tuple[int, int, int]]]] = []  # image, [(line, x0, x1)]
        current: list[tuple[int, np.ndarray]] = []
        used = STRIP_GAP

        def close() -> None:
            if not current:
                return
            width = STRIP_GAP + sum(img.shape[1] + STRIP_GAP for _, img in current)
            strip = np.full((LINE_HEIGHT, width), 255, np.uint8)
            spans, x = [], STRIP_GAP
            for index, img in current:
                strip[:, x : x + img.shape[1]] = img
                spans.append((index, x, x + img.shape[1]))
                x += img.shape[1] + STRIP_GAP
            strips.append((strip, spans))

        for index in sorted(range(len(lines)), key=lambda i: lines[i].shape[1]):
            img = lines[index]
            if current and used + img.shape[1] + STRIP_GAP > STRIP_WIDTH:
                close()
                current, used = [], STRIP_GAP
            current.append((index, img))
            used += img.shape[1] + STRIP_GAP
        close()
        readings = [TextBox((0, 0, 0, 0), "", []) for _ in crops]
        strips.sort(key=lambda s: s[0].shape[1])
        for start in range(0, len(strips), 4):
            batch = strips[start : start + 4]
            width = max(s[0].shape[1] for s, _ in [(b, None) for b in batch])
            tensor = np.zeros((len(batch), 3, LINE_HEIGHT, width), np.float32)
            for k, (strip, _) in enumerate(batch):
                tensor[k, :, :, : strip.shape[1]] = (strip.astype(np.float32) / 255 - 0.5) / 0.5
            predictions = self._session(tensor)[0]
            for k, (_strip, spans) in enumerate(batch):
                self._assign(predictions[k], width, spans, readings)
        return readings

    def _assign(self, prediction: np.ndarray, width: int, spans: list[tuple[int, int, int]], out: list[TextBox]):
        """CTC greedy decoding; each character goes to the line whose span holds its time step. Beside the
        reading, the best digit at each emitted character and its share among the digits (``digits``): a lone
        0 in a table cell is often read as o or 。 for want of context, and the table's number columns use this."""
        steps = prediction.shape[0]
        best = prediction.argmax(axis=1)
        probability = prediction.max(axis=1)
        digit_probabilities = prediction[:, self._digit_classes]
        best_digit = digit_probabilities.argmax(axis=1)
        digit_share = digit_probabilities.max(axis=1) / np.maximum(digit_probabilities.sum(axis=1), 1e-9)
        step_width = width / steps
        previous = 0
        for t in range(steps):
            index = int(best[t])
            if index != 0 and index != previous:
                x = (t + 0.5) * step_width
                for line, x0, x1 in spans:
                    if x0 - STRIP_GAP / 2 <= x < x1 + STRIP_GAP / 2:
                        target = out[line]
                        target.text += self._characters[index]
                        target.confidences.append(float(probability[t]))
                        target.digits += str(int(best_digit[t]))
                        target.digit_confidences.append(float(digit_share[t]))
                        break
            previous = index


class TesseractEngine:
    name = "tesseract"
    language = "chi_sim"

    def _tsv(self, image: np.ndarray, psm: int) -> list[dict]:
        import cv2

        ok, png = cv2.imencode(".png", image)
        result = subprocess.run(
            ["tesseract", "stdin", "stdout", "-l", self.language, "--psm", str(psm), "tsv"],
            input=png.tobytes(),
            capture_output=True,
            check=True,
        )
        rows = result.stdout.decode("utf-8", errors="replace").splitlines()
        header = rows[0].split("\t")
        words = []
        for row in rows[1:]:
            fields = row.split("\t")
            if len(fields) != len(header):
                continue
            item = dict(zip(header, fields, strict=True))
            if item["level"] == "5" and item["text"].strip():
                words.append(item)
        return words

    @staticmethod
    def _join(words: list[dict]) -> str:
        text = ""
        for word in words:
            piece = word["text"].strip()
            if text and text[-1].isascii() and text[-1].isalnum() and piece[:1].isascii() and piece[:1].isalnum():
                text += " "
            text += piece
        return text

    def detect(self, image: np.ndarray) -> list[TextBox]:
        lines: dict[tuple[str, str, str], list[dict]] = {}
        for word in self._tsv(image, 3):
            lines.setdefault((word["block_num"], word["par_num"], word["line_num"]), []).append(word)
        boxes = []
        for words in lines.values():
            x0 = min(int(w["left"]) for w in words)
            y0 = min(int(w["top"]) for w in words)
            x1 = max(int(w["left"]) + int(w["width"]) for w in words)
            y1 = max(int(w["top"]) + int(w["height"]) for w in words)
            text = self._join(words)
            confidences = [max(0.0, float(w["conf"])) / 100 for w in words for _ in w["text"].strip()]
            boxes.append(TextBox((x0, y0, x1, y1), text, confidences))
        return boxes

    def recognize(self, crops: list[np.ndarray]) -> list[TextBox]:
        import cv2

        readings = [TextBox((0, 0, 0, 0), "", []) for _ in crops]
        for start in range(0, len(crops), 120):  # one program run per 120 lines
            chunk = crops[start : start + 120]
            scaled = []
            for crop in chunk:
                h, w = crop.shape[:2]
                scaled.append(cv2.resize(crop, (max(1, int(w * 40 / max(h, 1))), 40), interpolation=cv2.INTER_CUBIC))
            width = max(img.shape[1] for img in scaled) + 40
            height = sum(img.shape[0] + 24 for img in scaled) + 24
            page = np.full((height, width), 255, np.uint8)
            spans, y = [], 24
            for img in scaled:
                page[y : y + img.shape[0], 20 : 20 + img.shape[1]] = img
                spans.append((y, y + img.shape[0]))
                y += img.shape[0] + 24
            for word in self._tsv(page, 6):
                centre = int(word["top"]) + int(word["height"]) / 2
                for k, (y0, y1) in enumerate(spans):
                    if y0 - 12 <= centre < y1 + 12:
                        target = readings[start + k]
                        target.text = self._join([{"text": target.text}, word]) if target.text else word["text"].strip()
                        target.confidences += [max(0.0, float(word["conf"])) / 100] * len(word["text"].strip())
                        break
        return readings


ENGINES: dict[str, type[OcrEngine]] = {"rapidocr": RapidOcrEngine, "tesseract": TesseractEngine}


def engine_available(name: str | None = None) -> bool:
    name = name or DEFAULT_ENGINE
    if name == "tesseract":
        if shutil.which("tesseract") is None:
            return False
        listed = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True)
        return TesseractEngine.language in listed.stdout.split()
    try:
        import rapidocr_onnxruntime  # noqa: F401
    except ImportError:
        return False
    return True


@cache
def get_engine(name: str | None = None) -> OcrEngine:
    name = name or DEFAULT_ENGINE
    if name not in ENGINES:
        raise ValueError(f"unknown OCR engine {name!r}; known: {', '.join(ENGINES)}")
    return ENGINES[name]()
