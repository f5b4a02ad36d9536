"""A lean HTTP/1.1 load generator for loopback benchmarks: N keep-alive connections on one asyncio loop.

A thread per client with httpx spends about a millisecond of CPU per request in the client, which on a two-core
machine is taken from the server being measured; writing the request bytes by hand and reading the response by its
Content-Length costs a few tens of microseconds. Used by ``load`` and ``scale``; only ever sent to 127.0.0.1.
"""

from __future__ import annotations

import asyncio
import json
import time
from dataclasses import dataclass, field
from urllib.parse import urlparse

MAX_REQUESTS = 100_000


@dataclass
class LoadResult:
    seconds: float = 0.0
    latencies: dict[str, list[float]] = field(default_factory=dict)  # kind → milliseconds of answered requests
    errors: list[str] = field(default_factory=list)

    @property
    def answered(self) -> int:
        return sum(len(v) for v in self.latencies.values())

    @property
    def requests_per_second(self) -> float:
        return self.answered / self.seconds if self.seconds else 0.0


def _request(host: str, path: str, question: str) -> bytes:
    body = json.dumps({"question": question}, ensure_ascii=False).encode()
    head = (
        f"POST {path} HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
    )
    return head.encode() + body


async def _read_response(reader: asyncio.StreamReader) -> tuple[int, bytes]:
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ", 2)[1])
    length = 0
    for line in lines[1:]:
        name, _, value = line.partition(":")
        if name.strip().lower() == "content-length":
            length = int(value)
    return status, await reader.readexactly(length)


async def _run(base: str, questions: list[tuple[str, str]], clients: int, seconds: float) -> LoadResult:
    url = urlparse(base)
    if url.hostname not in ("127.0.0.1", "localhost", "::1"):
        raise ValueError(f"load is only ever sent to loopback, not {url.hostname}")
    requests = [(kind, _request(url.netloc, "/api/ask", q)) for kind, q in questions]
    result = LoadResult(latencies={kind: [] for kind, _ in questions})
    deadline = time.monotonic() + seconds

    async def client(offset: int) -> None:
        reader, writer = await asyncio.open_connection(url.hostname, url.port or 80)
        i = offset
        try:
            while time.monotonic() < deadline and result.answered + len(result.errors) < MAX_REQUESTS:
                kind, raw = requests[i % len(requests)]
                i += clients
                started = time.perf_counter()
                try:
                    writer.write(raw)
                    status, _ = await _read_response(reader)
                except (OSError, asyncio.IncompleteReadError, ValueError) as exc:
                    result.errors.append(f"{kind} {type(exc).__name__}")
                    writer.close()
                    reader, writer = await asyncio.open_connection(url.hostname, url.port or 80)
                    continue
                elapsed = (time.perf_counter() - started) * 1000
                if status == 200:
                    result.latencies[kind].append(elapsed)
                else:
                    result.errors.append(f"{kind} {status}")
        finally:
            writer.close()

    started = time.monotonic()
    await asyncio.gather(*(client(n) for n in range(clients)))
    result.seconds = time.monotonic() - started
    return result


def run_load(base: str, questions: list[tuple[str, str]], clients: int = 32, seconds: float = 60) -> LoadResult:
    """``questions``: (kind, question) pairs, asked round robin, each client starting at its own offset."""
    return asyncio.run(_run(base, questions, clients, seconds))
