"""What every request passes before a route sees it: the admin token on write routes, the body size, a per-client
rate limit — all decided from the headers, before a byte of the body is read — and security headers on every
response.

A plain ASGI middleware: Starlette's BaseHTTPMiddleware would read streaming bodies through another task.
"""

from __future__ import annotations

import hmac
import json
import threading
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from indexing.numbers import format_size
from service.settings import Settings

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

MULTIPART_OVERHEAD = 64 * 1024  # boundaries and part headers around an uploaded file
# No inline script or style anywhere in the pages: scripts and styles come from /static only.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS = [
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
]


def admin_refusal(settings: Settings, authorization: str | None) -> tuple[int, str] | None:
    """Why a write request is refused (status, message), or None when its token is right. Compared as bytes so that
    a header with any characters in it is just a wrong token."""
    token = settings.admin_token
    if not token:
        return 403, "上传和删除已关闭：服务端未设置 REPORTQA_ADMIN_TOKEN"
    given = (authorization or "").removeprefix("Bearer ").strip()
    valid = authorization is not None and authorization.startswith("Bearer ")
    if not valid or not hmac.compare_digest(given.encode("utf-8", "surrogatepass"), token.encode("utf-8")):
        return 401, "需要管理员令牌：Authorization: Bearer <token>"
    return None


def is_admin_write(method: str, path: str) -> bool:
    return path.startswith("/api/reports") and method in ("POST", "PUT", "DELETE")


class RateLimiter:
    """A token bucket per client address: ``per_minute`` requests a minute, bursts up to the same number."""

    MAX_CLIENTS = 10_000  # the least recently seen clients are forgotten beyond this

    def __init__(self, per_minute: int) -> None:
        self.per_minute = per_minute
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()
        self._lock = threading.Lock()

    def allow(self, client: str) -> bool:
        if self.per_minute <= 0:
            return True
        now = time.monotonic()
        with self._lock:
            tokens, last = self._buckets.pop(client, (float(self.per_minute), now))
            tokens = min(float(self.per_minute), tokens + (now - last) * self.per_minute / 60.0)
            allowed = tokens >= 1.0
            self._buckets[client] = (tokens - 1.0 if allowed else tokens, now)
            while len(self._buckets) > self.MAX_CLIENTS:
                self._buckets.popitem(last=False)
            return allowed


class RequestGuard:
    def __init__(self, app: ASGIApp, settings: Settings) -> None:
        self.app = app
        self.settings = settings
        self.limiter = RateLimiter(settings.rate_limit_per_minute)

    def body_limit(self, method: str, path: str) -> int:
        if method == "POST" and path == "/api/reports":
            return self.settings.max_upload_bytes + MULTIPART_OVERHEAD
        return self.settings.max_request_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        send = with_security_headers(send)
        method, path = scope["method"], scope["path"]
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}

        if is_admin_write(method, path):
            refusal = admin_refusal(self.settings, headers.get("authorization"))
            if refusal:
                extra = {"www-authenticate": "Bearer"} if refusal[0] == 401 else {}
                await reply(send, refusal[0], refusal[1], extra)
                return
        if method in ("POST", "PUT", "DELETE"):
            client = (scope.get("client") or ("unknown", 0))[0]
            if not self.limiter.allow(client):
                await reply(send, 429, "请求过于频繁，请稍后再试", {"retry-after": "60"})
                return
        limit = self.body_limit(method, path)
        if path == "/api/reports":
            too_large = f"文件超过 {format_size(self.settings.max_upload_bytes)} 上限（REPORTQA_MAX_UPLOAD_BYTES）"
        else:
            too_large = f"请求体超过 {format_size(limit)} 上限"
        declared = headers.get("content-length")
        if declared is not None:
            if not declared.isdigit():
                await reply(send, 400, "Content-Length 无效")
                return
            if int(declared) > limit:
                await reply(send, 413, too_large)
                return
            await self.app(scope, receive, send)
            return
        if method not in ("POST", "PUT", "PATCH"):
            await self.app(scope, receive, send)
            return
        body = await read_chunked(receive, limit)
        if body is None:  # the client went away
            return
        if len(body) > limit:
            await reply(send, 413, too_large)
            return
        delivered = False

        async def replay() -> Message:
            nonlocal delivered
            if delivered:
                return await receive()
            delivered = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(scope, replay, send)


async def read_chunked(receive: Receive, limit: int) -> bytes | None:
    """A chunked body (no Content-Length), read up to one chunk past ``limit``; None when the client disconnects."""
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            return None
        chunk = message.get("body", b"")
        size += len(chunk)
        chunks.append(chunk)
        if size > limit or not message.get("more_body", False):
            return b"".join(chunks)


def with_security_headers(send: Send) -> Send:
    async def wrapped(message: Message) -> None:
        if message["type"] == "http.response.start":
            present = {k.lower() for k, _ in message.get("headers", [])}
            message["headers"] = [
                *message.get("headers", []),
                *((k, v) for k, v in SECURITY_HEADERS if k not in present),
            ]
        await send(message)

    return wrapped


async def reply(send: Send, status: int, detail: str, headers: dict[str, str] | None = None) -> None:
    body = json.dumps({"detail": detail}, ensure_ascii=False).encode("utf-8")
    raw = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    raw += [(k.encode(), v.encode()) for k, v in (headers or {}).items()]
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": body})
