"""`reportqa serve --workers N`: N worker processes on one listening socket, each taking connections in turn.

With uvicorn's own workers every process waits on the shared socket and the first one awake accepts every connection
pending at that moment: 32 keep-alive clients connecting at once were split 32/0, 25/7, 20/12 between two workers
(evals/bench/scale.py), so one worker queued twice the requests of the other — or served them all — for as long as
the connections lived. Here each worker accepts one connection at a time and only while it holds no more open
connections than any other worker (counts kept in shared memory), so connections end up spread evenly. A worker that
stays busy past ``MAX_DEFER_S`` is not waited for. The supervisor restarts a worker that dies after it started, and
stops everything when one fails to start.
"""

from __future__ import annotations

import asyncio
import ctypes
import logging
import multiprocessing
import os
import select
import signal
import socket
import time
from collections.abc import Callable
from typing import Any

import uvicorn

log = logging.getLogger("reportqa")

NOT_ACCEPTING = 1 << 30  # a worker's count before it starts and after it stops: never the fewest
DEFER_S = 0.002  # how soon a worker that let another take a connection looks again
MAX_DEFER_S = 0.05  # after this long a pending connection is taken by whichever worker is free
ACCEPT_RETRY_S = 0.1
BACKLOG = 2048
STOP_WAIT_S = 30.0


class Acceptor:
    """Accepts from the shared listening socket for one worker's event loop, one connection per turn, handing each
    to uvicorn's HTTP protocol. ``counts``: open connections per worker, shared by all workers."""

    def __init__(
        self,
        sock: socket.socket,
        protocol: Callable[[], asyncio.Protocol],
        open_connections: Callable[[], int],
        counts: Any,
        index: int,
    ) -> None:
        self.sock = sock
        self.protocol = protocol
        self.open_connections = open_connections
        self.counts = counts
        self.index = index
        self.loop = asyncio.get_running_loop()
        self.handing_over = 0  # accepted, not yet connected to a protocol
        self.waiting_since: float | None = None  # a connection was left for another worker since then
        self.closed = False
        self.tasks: set[asyncio.Task[Any]] = set()
        sock.setblocking(False)
        self.loop.add_reader(sock.fileno(), self.ready)

    def mine(self) -> int:
        return self.open_connections() + self.handing_over

    def publish(self) -> None:
        if not self.closed:
            self.counts[self.index] = self.mine()

    def ready(self) -> None:
        """The listening socket is readable: take one connection, or leave it to a worker that holds fewer."""
        mine = self.mine()
        self.counts[self.index] = mine
        now = time.monotonic()
        if mine > min(self.counts) and (self.waiting_since is None or now - self.waiting_since < MAX_DEFER_S):
            self.waiting_since = self.waiting_since or now
            self.loop.remove_reader(self.sock.fileno())
            self.loop.call_later(DEFER_S, self.resume)
            return
        try:
            connection, _ = self.sock.accept()
        except (BlockingIOError, InterruptedError):  # another worker took it
            self.waiting_since = None
            return
        except ConnectionError:  # the client gave up before it was taken
            return
        except OSError as exc:  # too many open files: look again a little later rather than spin
            log.warning("accept failed: %s", exc)
            self.loop.remove_reader(self.sock.fileno())
            self.loop.call_later(ACCEPT_RETRY_S, self.resume)
            return
        self.waiting_since = None
        connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.handing_over += 1
        self.counts[self.index] = mine + 1
        task = self.loop.create_task(self.hand_over(connection))
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)

    async def hand_over(self, connection: socket.socket) -> None:
        try:
            await self.loop.connect_accepted_socket(self.protocol, connection)
        except OSError:
            connection.close()
        finally:
            self.handing_over -= 1

    def resume(self) -> None:
        if self.closed:
            return
        if not select.select([self.sock], [], [], 0)[0]:
            self.waiting_since = None  # another worker took what was pending
        self.loop.add_reader(self.sock.fileno(), self.ready)

    # the part of asyncio.Server's interface that uvicorn's shutdown uses
    def close(self) -> None:
        if not self.closed:
            self.closed = True
            self.counts[self.index] = NOT_ACCEPTING
            self.loop.remove_reader(self.sock.fileno())

    async def wait_closed(self) -> None:
        if self.tasks:
            await asyncio.gather(*self.tasks, return_exceptions=True)


class Board:
    """What the processes share: each worker's open connections, which workers have started, and whether the socket
    listens yet (only once every worker has started, so that no early client stays on the first one)."""

    def __init__(self, workers: int) -> None:
        spawn = multiprocessing.get_context("spawn")
        self.counts = spawn.RawArray(ctypes.c_int, [NOT_ACCEPTING] * workers)
        self.started = spawn.RawArray(ctypes.c_int, [0] * workers)
        self.listening = spawn.RawValue(ctypes.c_int, 0)


class WorkerServer(uvicorn.Server):
    """uvicorn's server with an Acceptor per listening socket in place of the event loop's own accept."""

    def __init__(self, config: uvicorn.Config, board: Board, index: int) -> None:
        super().__init__(config)
        self.board = board
        self.index = index
        self.sockets: list[socket.socket] = []
        self.acceptors: list[Acceptor] = []

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets=[])  # the app's lifespan; no listener of uvicorn's own
        if self.should_exit or not self.started:
            return
        self.sockets = sockets or []
        self.board.started[self.index] = 1
        self.start_accepting()

    def start_accepting(self) -> None:
        if self.acceptors or not self.board.listening.value:
            return

        publish = self.publish

        class Counted(self.config.http_protocol_class):  # type: ignore[name-defined]
            """uvicorn's protocol that publishes this worker's count when a connection closes."""

            def connection_lost(self, exc: Exception | None) -> None:
                super().connection_lost(exc)
                publish()

        def protocol() -> asyncio.Protocol:
            return Counted(config=self.config, server_state=self.server_state, app_state=self.lifespan.state)

        self.board.counts[self.index] = 0
        self.acceptors = [
            Acceptor(sock, protocol, lambda: len(self.server_state.connections), self.board.counts, self.index)
            for sock in self.sockets
        ]
        self.servers = self.acceptors  # type: ignore[assignment]  # uvicorn's shutdown closes them

    def publish(self) -> None:
        for acceptor in self.acceptors:
            acceptor.publish()

    async def on_tick(self, counter: int) -> bool:
        if self.started and not self.should_exit:
            self.start_accepting()  # once the parent listens: every worker has started
        return await super().on_tick(counter)


def run_worker(index: int, sock: socket.socket, board: Board, options: dict[str, Any], app_factory: str) -> None:
    """One worker process: build the app, serve until told to stop."""
    try:
        WorkerServer(uvicorn.Config(app_factory, factory=True, **options), board, index).run(sockets=[sock])
    except KeyboardInterrupt:  # the terminal's Ctrl-C reaches every process of the group; the parent stops us
        pass
    finally:
        board.counts[index] = NOT_ACCEPTING


def bound_socket(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    return sock


def serve_workers(workers: int, host: str, port: int, app_factory: str, log_level: str = "info") -> int:
    """Run ``workers`` processes on one socket until SIGTERM or SIGINT; returns the exit status."""
    logging.basicConfig(level=log_level.upper(), format="%(levelname)s:     %(message)s")
    try:
        sock = bound_socket(host, port)
    except OSError as exc:
        log.error("cannot listen on %s:%d: %s", host, port, exc)
        return 1
    board = Board(workers)
    options = {"host": host, "port": port, "log_level": log_level}
    spawn = multiprocessing.get_context("spawn")

    def start(index: int) -> multiprocessing.process.BaseProcess:
        board.counts[index], board.started[index] = NOT_ACCEPTING, 0
        process = spawn.Process(
            target=run_worker, args=(index, sock, board, options, app_factory), name=f"reportqa-worker-{index}"
        )
        process.start()
        return process

    stopping: list[int] = []
    previous = {
        sig: signal.signal(sig, lambda sig, _frame: stopping.append(sig)) for sig in (signal.SIGTERM, signal.SIGINT)
    }
    processes = [start(i) for i in range(workers)]
    status = 0
    try:
        while not stopping:
            time.sleep(0.1)
            if not board.listening.value and all(board.started):
                sock.listen(BACKLOG)
                board.listening.value = 1
                log.info(
                    "reportqa: %d workers listening on http://%s:%d (parent process %d)",
                    workers,
                    host,
                    port,
                    os.getpid(),
                )
            for i, process in enumerate(processes):
                if process.is_alive():
                    continue
                board.counts[i] = NOT_ACCEPTING
                if not board.started[i]:  # the app, the stores or the settings are wrong: a new worker would fail too
                    log.error("worker %d failed to start (exit status %s); stopping", i, process.exitcode)
                    status = process.exitcode or 1
                    stopping.append(0)
                    break
                log.warning(
                    "worker %d (process %d) died (exit status %s); starting another", i, process.pid, process.exitcode
                )
                processes[i] = start(i)
    finally:
        for process in processes:
            if process.is_alive():
                process.terminate()  # SIGTERM: uvicorn finishes the requests in flight
        deadline = time.monotonic() + STOP_WAIT_S
        for process in processes:
            process.join(max(0.0, deadline - time.monotonic()))
            if process.is_alive():
                process.kill()
                process.join()
        sock.close()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return status
