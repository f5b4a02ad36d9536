"""Uploaded files: their names made safe, and parsing in a separate process.

Parsing is pure Python and holds the GIL: in the server's own process it would stall /healthz and every question
for as long as it runs. A child process parses; the server's threads only wait for the result.
"""

from __future__ import annotations

import logging
import multiprocessing
import re
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from indexing.models import Report
from indexing.parser import parse_bytes
from indexing.readers import ReadLimits, UnreadableReport

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


class UploadParser:
    """One child process, started on first use and again after it died (out of memory, killed)."""

    def __init__(self, limits: ReadLimits) -> None:
        self.limits = limits
        self._pool: ProcessPoolExecutor | None = None
        self._lock = threading.Lock()

    def _executor(self) -> ProcessPoolExecutor:
        with self._lock:
            if self._pool is None:
                # spawn, not fork: the server has threads (and a Chroma client) that a fork would copy half-way
                self._pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
            return self._pool

    def parse(self, data: bytes, name: str) -> Report:
        """Raises UnreadableReport (ReportTooLarge) or NotAReport, as parse_bytes does."""
        pool = self._executor()
        try:
            return pool.submit(parse_bytes, data, name, None, self.limits).result()
        except BrokenProcessPool:
            with self._lock:
                if self._pool is pool:
                    self._pool = None
            log.warning("the parsing process died while reading %s", name)
            raise UnreadableReport(
                f"{name}: reading the file stopped the parser (too large or malformed); nothing was changed"
            ) from None

    def close(self) -> None:
        with self._lock:
            if self._pool is not None:
                self._pool.shutdown(wait=False, cancel_futures=True)
                self._pool = None
