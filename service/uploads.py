"""Uploaded files: their names made safe, and parsing in a child process of their own.

Parsing is pure Python and holds the GIL: in the server's own process it would stall /healthz and every question
for as long as it runs. Each upload is parsed by a fresh child process (`python -m service.uploads`) that exits
when it is done, so nothing of it stays behind: a pool's idle worker kept its imports and the last file's garbage
(about 40 MB) and multiprocessing's resource tracker (12 MB more) for the life of the server, and a file that
makes the parser run away is killed with its process.
"""

from __future__ import annotations

import logging
import os
import pickle
import re
import subprocess
import sys

from indexing.metadata import NotAReport
from indexing.models import Report
from indexing.parser import parse_bytes
from indexing.readers import ReadLimits, ReportTooLarge, UnreadableReport

log = logging.getLogger(__name__)
MAX_NAME_CHARS = 120


def safe_file_name(raw: str | None) -> str:
    """The last component of a client-supplied name, without control characters: never a path."""
    name = (raw or "").replace("\\", "/").rsplit("/", 1)[-1]
    name = re.sub(r"[\x00-\x1f\x7f\ud800-\udfff]", "", name).strip(" .") or "upload"
    if len(name) > MAX_NAME_CHARS:
        stem, dot, suffix = name.rpartition(".")
        name = (
            (stem[: MAX_NAME_CHARS - len(suffix) - 1] + dot + suffix)
            if dot and len(suffix) <= 10
            else name[:MAX_NAME_CHARS]
        )
    return name


PARSE_TIMEOUT_SECONDS = 1800  # a 300-page scanned PDF read by OCR stays well within it
REFUSALS = {cls.__name__: cls for cls in (ReportTooLarge, UnreadableReport, NotAReport)}


class UploadParser:
    """Parses an upload in a child process started for it; the server's thread only waits for the result."""

    def __init__(self, limits: ReadLimits, timeout_seconds: float = PARSE_TIMEOUT_SECONDS) -> None:
        self.limits = limits
        self.timeout_seconds = timeout_seconds

    def parse(self, data: bytes, name: str) -> Report:
        """Raises UnreadableReport (ReportTooLarge) or NotAReport, as parse_bytes does."""
        stopped = UnreadableReport(
            f"{name}: reading the file stopped the parser (too large or malformed); nothing was changed"
        )
        try:
            child = subprocess.run(
                [sys.executable, "-m", "service.uploads"],
                input=pickle.dumps((data, name, self.limits)),
                capture_output=True,
                timeout=self.timeout_seconds,
            )
        except subprocess.TimeoutExpired:
            log.warning("parsing %s took over %.0f s; the parsing process was stopped", name, self.timeout_seconds)
            raise stopped from None
        if child.returncode != 0:
            log.warning(
                "the parsing process died while reading %s (exit %s): %s",
                name,
                child.returncode,
                child.stderr.decode(errors="replace")[-2000:],
            )
            raise stopped
        outcome, value = pickle.loads(child.stdout)  # our own child's answer, not client input
        if outcome == "report" and isinstance(value, Report):
            return value
        kind, message = value
        raise REFUSALS.get(kind, UnreadableReport)(message)


def parse_in_child() -> None:
    """The child's side: (data, name, limits) pickled on stdin; ("report", Report) or ("refused", (kind, message))
    pickled on stdout. Whatever the parser prints goes to stderr, so it cannot garble the answer."""
    answer = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    data, name, limits = pickle.load(sys.stdin.buffer)  # written by the server that started us
    try:
        result: tuple[str, object] = ("report", parse_bytes(data, name, None, limits))
    except (UnreadableReport, NotAReport) as exc:
        result = ("refused", (type(exc).__name__, str(exc)))
    pickle.dump(result, answer)
    answer.close()


if __name__ == "__main__":
    parse_in_child()
