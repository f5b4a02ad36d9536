"""Faults (issue 14): a server killed at each stage of an upload, a full disk, a read-only data directory, orphaned
vectors, a CLI indexer beside a running embedded server, two writers on one PostgreSQL — each with real processes and
real stores, each asserting nothing stored is lost."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from indexing.passages import EMBEDDED_KINDS
from indexing.pipeline import KILL_AT_STAGE_VARIABLE, WRITE_STAGES
from service.app import create_app
from service.settings import Settings
from tests.conftest import SEED_REPORT, require_shared_corpus
from tests.servers import TOKEN, env_for, serving, serving_together

AUTH = {"Authorization": f"Bearer {TOKEN}"}
pytestmark = pytest.mark.slow


def mount_tmpfs(path: Path, size: str) -> bool:
    path.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0:
        return False
    return (
        subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)], capture_output=True
        ).returncode
        == 0
    )


def test_conversation_that_cannot_be_written_still_answers(seeded_data_dir):
    from service.components import build_stores

    data = seeded_data_dir
    settings = Settings(data_dir=data)
    stores = build_stores(settings)
    with (
        stores.tables.engine.begin() as connection
    ):  # the database refuses every conversation write, as a full disk does
        connection.exec_driver_sql(
            "CREATE TRIGGER full_disk BEFORE INSERT ON conversations "
            "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"
        )
    from service.answering import Answerer

    client = TestClient(create_app(settings, answerer=Answerer(stores)))
    answer = client.post("/api/ask", json={"question": "虹口区2021年收到多少政府信息公开申请？"})
    assert answer.status_code == 200 and answer.json()["figures"][0]["value"] == 74
    follow = client.post(
        "/api/ask", json={"question": "其中自然人呢？", "conversation_id": answer.json()["conversation_id"]}
    )
    assert follow.status_code == 200  # answered without the lost context, not a 500
    assert stores.tables.conversation_count() == 0


def test_disk_full_on_a_small_tmpfs(tmp_path, seed_template):
    disk = tmp_path / "disk"
    if not mount_tmpfs(disk, "64m"):
        pytest.skip("mounting a tmpfs needs root (CI runs as root)")
    try:
        data = disk / "data"
        shutil.copytree(seed_template, data)
        with serving(data, REPORTQA_ADMIN_TOKEN=TOKEN) as base:
            before = httpx.get(f"{base}/healthz").json()
            filler = disk / "filler"
            with open(filler, "wb") as handle:  # fill the disk to the last byte
                try:
                    while True:
                        handle.write(b"\0" * (1 << 20))
                        handle.flush()
                except OSError:
                    pass
            answer = httpx.post(
                f"{base}/api/ask", json={"question": "虹口区2021年收到多少政府信息公开申请？"}, timeout=60
            )
            assert answer.status_code == 200 and answer.json()["figures"][0]["value"] == 74
            shanghai = require_shared_corpus() / "shanghai-municipal-office_2019.txt"
            upload = httpx.post(
                f"{base}/api/reports", files={"file": ("sh.txt", shanghai.read_bytes())}, headers=AUTH, timeout=300
            )
            assert upload.status_code in (503, 507), upload.text
            assert "没有改变" in upload.json()["detail"]
            filler.unlink()
            assert httpx.get(f"{base}/healthz").json() == before
            again = httpx.post(f"{base}/api/ask", json={"question": "虹口区在哪些商圈推动信息公开？"}, timeout=60)
            assert again.status_code == 200 and "白玉兰" in again.json()["answer"]
    finally:
        subprocess.run(["umount", "-l", str(disk)], capture_output=True)


def test_read_only_data_directory_is_a_clear_message(tmp_path):
    disk = tmp_path / "ro"
    if not mount_tmpfs(disk, "32m"):
        pytest.skip("mounting a tmpfs needs root (CI runs as root)")
    try:
        (disk / "data").mkdir()
        subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
        result = subprocess.run(
            [sys.executable, "-m", "service.cli", "serve", "--port", "1"],
            env=env_for(disk / "data"),
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert result.returncode == 2
        assert "not writable" in result.stderr and "REPORTQA_DATA_DIR" in result.stderr
        assert "Traceback" not in result.stderr
    finally:
        subprocess.run(["umount", "-l", str(disk)], capture_output=True)


def test_orphaned_vectors_are_swept_at_start_up(seeded_data_dir):
    from indexing.passages import Passage
    from service.components import build_stores

    data = seeded_data_dir
    settings = Settings(data_dir=data)
    stores = build_stores(settings)
    wanted = stores.vectors.count()
    # what a run killed between "vectors added" and "table switched" leaves behind
    orphans = [
        Passage(f"2021-x:{uuid.uuid4().hex[:8]}:{n}", "2021-x", "某区", "某区", 2021, "narrative", "一", "孤儿段落")
        for n in range(3)
    ]
    stores.vectors.add(orphans, stores.embedder.embed_passages([p.text for p in orphans]))
    assert stores.vectors.count() == wanted + 3
    from service.answering import Answerer

    with TestClient(create_app(settings, answerer=Answerer(stores))) as client:  # runs the start-up housekeeping
        assert client.get("/healthz").status_code == 200
    assert stores.vectors.count() == wanted


def test_cli_index_beside_a_running_embedded_server(seeded_data_dir):
    corpus = require_shared_corpus()
    data = seeded_data_dir
    with serving(data) as base:
        question = {"question": "虹口区在哪些商圈推动信息公开？"}
        assert httpx.post(f"{base}/api/ask", json=question, timeout=60).status_code == 200
        for name in ("pingtan_2022.txt", "shanghai-municipal-office_2019.txt"):
            subprocess.run(
                [sys.executable, "-m", "service.cli", "index", "--quiet", str(corpus / name)],
                env=env_for(data),
                check=True,
                timeout=600,
            )
            for q in (
                question,
                {"question": "平潭2022年政府信息公开工作存在哪些问题？"},
                {"question": "上海市政府办公厅2019年主动公开了哪些内容？"},
            ):
                response = httpx.post(f"{base}/api/ask", json=q, timeout=60)
                assert response.status_code == 200, response.text  # was a 500: Error finding id
        narrative = httpx.post(
            f"{base}/api/ask", json={"question": "平潭2022年政府信息公开工作存在哪些问题？"}, timeout=60
        ).json()
        assert narrative["status"] == "answered" and narrative["passages"][0]["year"] == 2022
        assert httpx.get(f"{base}/healthz").json()["reports"] == 3


# --- a server killed (SIGKILL) at each stage of an upload ------------------------------------------------------

SEED_QUESTION = {"question": "虹口区2021年收到多少政府信息公开申请？"}  # 74 in the seed; 75 in the tampered copy
NARRATIVE_QUESTION = {"question": "虹口区在哪些商圈推动信息公开？"}
OLD_STAGES = ("received", "parsed", "vectors_added", "cells_written")  # killed before the switch: the old report
NEW_STAGES = ("switched", "old_vectors_removed")  # killed after it: the new report, whole


def tampered_seed() -> bytes:
    """The seed report with its 本年新收 row changed (71→72 natural persons, 74→75 in all): a replacement."""
    text = SEED_REPORT.read_text(encoding="utf-8")
    row = "一、本年新收政府信息公开申请数量\t\t71\t3\t0\t0\t0\t0\t74"
    assert row in text
    return text.replace(row, row.replace("71", "72").replace("74", "75")).encode("utf-8")


def stored_state(data: Path) -> dict:
    """What the three stores hold, read straight from disk with no server running."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    from indexing.stores.bm25_store import BM25Store
    from indexing.stores.table_store import TableStore

    settings = Settings(data_dir=data)
    tables = TableStore(settings.resolved_database_url)
    try:
        report_id = tables.reports()[0]["report_id"]
        passages = tables.passages()
        state = {
            "reports": len(tables.reports()),
            "content_hash": tables.content_hash(report_id),
            "cells": len(tables.cells(report_id=report_id)),
            "passage_ids": {p["passage_id"] for p in passages},
            "embedded_ids": {p["passage_id"] for p in passages if p["kind"] in EMBEDDED_KINDS},
            "versions": len(tables.versions(report_id)),
        }
    finally:
        tables.dispose()
    client = chromadb.PersistentClient(
        path=str(settings.chroma_path), settings=ChromaSettings(anonymized_telemetry=False)
    )
    state["vector_ids"] = set(client.get_collection(settings.collection).get(include=[])["ids"])
    state["bm25_ids"] = BM25Store(settings.bm25_path).ids()
    return state


def assert_whole(state: dict, content_hash: str, cells: int) -> None:
    """One version of the report, all of it, in every store: no orphaned vectors, none missing."""
    assert state["reports"] == 1 and state["content_hash"] == content_hash and state["cells"] == cells
    tag = content_hash[:8]
    assert all(f":{tag}:" in pid for pid in state["passage_ids"])  # every passage of that one version
    assert state["vector_ids"] == state["embedded_ids"]
    assert state["bm25_ids"] == state["passage_ids"]


@pytest.fixture(scope="module")
def versions_of_the_seed(seed_template):
    """(content hash, cells) of the seed as indexed, and of its tampered copy as parsed."""
    from indexing.parser import parse_bytes

    before = stored_state(seed_template)
    tampered = parse_bytes(tampered_seed(), "hongkou-district_2021.txt")
    return (before["content_hash"], before["cells"]), (tampered.content_hash, len(tampered.cells))


@dataclass
class Kill:
    """An upload killed at one stage, and what the server started next found: its start-up reconciles what the kill
    left. A version of the report is its (content hash, cells)."""

    held: tuple[str, int]  # the version the stores held before the upload
    uploaded: tuple[str, int]  # the version uploaded
    versions_before: int  # earlier versions kept before the upload
    content: bytes
    died: bool = False  # no answer to the upload, and none afterwards: killed mid-request
    reports: int = 0  # /healthz after the restart
    figure: int | None = None  # the seed question's figure after the restart
    narrative: str = ""  # the narrative question's answer after the restart
    state: dict = field(default_factory=dict)  # read from disk after the restart
    next_upload: str = ""  # before the switch, the same upload once more: "killed" at the next stage, or "completed"
    again: tuple[int, int | None] = (0, None)  # after the switch: the same upload once more, and the figure then
    state_again: dict = field(default_factory=dict)


@dataclass
class Chain:
    """Uploads killed at a set of stages in turn, and the upload that completes after them, over one data
    directory."""

    kills: dict[str, Kill] = field(default_factory=dict)
    completed: tuple[int, int | None] = (0, None)  # status, and the seed question's figure then
    uploaded_last: tuple[str, int] = ("", 0)
    state_completed: dict = field(default_factory=dict)


# Each set is one chain over a data directory of its own; the two run side by side.
STAGE_SETS = (WRITE_STAGES[:3], WRITE_STAGES[3:])
READING_THE_STORES = threading.Lock()  # one Chroma client opened at a time in this process


def upload_killed(base: str, content: bytes) -> bool:
    """Whether the server died while it took the upload (SIGKILL: no answer, then nothing listening)."""
    try:
        httpx.post(f"{base}/api/reports", files={"file": (SEED_REPORT.name, content)}, headers=AUTH, timeout=300)
    except httpx.TransportError:
        try:
            httpx.get(f"{base}/healthz", timeout=5)
        except httpx.TransportError:
            return True
    return False


def seed_figure(base: str) -> int | None:
    figures = httpx.post(f"{base}/api/ask", json=SEED_QUESTION, timeout=60).json()["figures"]
    return figures[0]["value"] if figures else None


def read_state(data: Path) -> dict:
    with READING_THE_STORES:
        return stored_state(data)


def kill_chain(stages: tuple[str, ...], data: Path, versions: tuple[tuple[str, int], tuple[str, int]]) -> Chain:
    """The upload killed at each of ``stages`` in turn: the server that starts after one kill is checked, then
    takes the next upload and is killed at the next stage; a last server, killed nowhere, takes the upload whole.
    Each upload is the version of the report the stores do not hold: before the switch a kill leaves the seed as it
    was, so the next kill starts where a fresh copy would; past the switch the tampered copy is held, and the seed
    replaces it."""
    seed, tampered = versions
    content = {seed[0]: SEED_REPORT.read_bytes(), tampered[0]: tampered_seed()}
    other = {seed[0]: tampered, tampered[0]: seed}
    chain = Chain()
    previous: Kill | None = None
    for stage in [*stages, None]:
        kill_at = {KILL_AT_STAGE_VARIABLE: stage} if stage else {}
        with serving(data, REPORTQA_ADMIN_TOKEN=TOKEN, **kill_at) as base:
            if previous is not None:  # what the last kill left, reconciled by this server's start-up
                previous.reports = httpx.get(f"{base}/healthz").json()["reports"]
                previous.figure = seed_figure(base)
                narrative = httpx.post(f"{base}/api/ask", json=NARRATIVE_QUESTION, timeout=60)
                previous.narrative = narrative.json()["answer"] if narrative.status_code == 200 else narrative.text
                previous.state = read_state(data)
                if previous.died and previous.state["content_hash"] == previous.uploaded[0]:
                    again = httpx.post(
                        f"{base}/api/reports",
                        files={"file": (SEED_REPORT.name, previous.content)},
                        headers=AUTH,
                        timeout=300,
                    )
                    previous.again = (again.status_code, seed_figure(base))
                    previous.state_again = read_state(data)
            state = (previous.state_again or previous.state) if previous else read_state(data)  # as just read
            held = (state["content_hash"], state["cells"])
            uploaded = other[held[0]]
            if stage is None:  # after the kills, an upload completes
                response = httpx.post(
                    f"{base}/api/reports",
                    files={"file": (SEED_REPORT.name, content[uploaded[0]])},
                    headers=AUTH,
                    timeout=300,
                )
                chain.completed = (response.status_code, seed_figure(base))
                chain.uploaded_last = uploaded
                if previous is not None and previous.content == content[uploaded[0]] and response.status_code == 201:
                    previous.next_upload = "completed"
                break
            kill = Kill(held, uploaded, state["versions"], content[uploaded[0]])
            kill.died = upload_killed(base, kill.content)
            if previous is not None and previous.content == kill.content and kill.died:
                previous.next_upload = "killed"
            chain.kills[stage] = previous = kill
    chain.state_completed = read_state(data)
    return chain


@pytest.fixture(scope="module")
def kills(seed_template, tmp_path_factory, versions_of_the_seed) -> dict[str, tuple[Kill, Chain]]:
    """Every stage's kill, by chains of kills (a fresh copy and two servers per stage took twelve servers; two
    chains take eight, and run side by side)."""
    folders = []
    for n in range(len(STAGE_SETS)):
        data = tmp_path_factory.mktemp(f"kills-{n}") / "data"
        shutil.copytree(seed_template, data, ignore=shutil.ignore_patterns(".writer.lock"))
        folders.append(data)
    with ThreadPoolExecutor(len(STAGE_SETS)) as pool:
        runs = [
            pool.submit(kill_chain, stages, data, versions_of_the_seed)
            for stages, data in zip(STAGE_SETS, folders, strict=True)
        ]
        chains = [run.result() for run in runs]
    return {stage: (kill, chain) for chain in chains for stage, kill in chain.kills.items()}


@pytest.mark.parametrize("stage", WRITE_STAGES)
def test_server_killed_at_each_stage_of_an_upload(stage, kills, versions_of_the_seed):
    (old_hash, _), (new_hash, _) = versions_of_the_seed
    figure_of = {old_hash: 74, new_hash: 75}  # the seed question's figure in each version
    kill, chain = kills[stage]
    assert kill.died, "the server was not killed during the upload"
    survived = kill.held if stage in OLD_STAGES else kill.uploaded
    assert kill.reports == 1
    assert kill.figure == figure_of[survived[0]]  # the old report still answers, or the new one does
    assert "白玉兰" in kill.narrative
    assert_whole(kill.state, *survived)
    # the old version kept once replaced
    assert kill.state["versions"] == kill.versions_before + (0 if stage in OLD_STAGES else 1)
    if stage in OLD_STAGES:
        # the same upload once more went past this stage: killed at the chain's next stage, or completed …
        assert kill.next_upload in ("killed", "completed")
        # … and once no server is killed it completes
        assert chain.completed == (201, figure_of[chain.uploaded_last[0]])
        assert_whole(chain.state_completed, *chain.uploaded_last)
    else:
        # the same upload once more: the report is already whole, nothing changes
        assert kill.again == (200, figure_of[kill.uploaded[0]])
        assert_whole(kill.state_again, *kill.uploaded)


# --- two writers on one PostgreSQL: the advisory lock ---------------------------------------------------------


HOLD_THE_LOCK = """
import sys, time
from indexing.stores.table_store import TableStore
with TableStore(sys.argv[1]).advisory_lock() as held:
    print("held", flush=True)
    time.sleep(600)
"""


@pytest.mark.postgres
def test_the_writer_lock_on_postgresql_is_one_at_a_time(server_stores):
    from indexing.stores.table_store import TableStore

    database_url = server_stores.database_url
    first, second = TableStore(database_url), TableStore(database_url)
    with first.advisory_lock(wait=0) as held:
        assert held
        with second.advisory_lock(wait=0) as other:
            assert not other  # one writer at a time, across connections (and so across workers and machines)
        started = time.monotonic()
        with second.advisory_lock(wait=0.6) as other:
            assert not other and time.monotonic() - started >= 0.5  # waited, then gave up
    with second.advisory_lock(wait=0) as other:
        assert other  # released with its holder
    # a writer killed while it holds the lock leaves nothing behind: its connection closes, the lock goes with it
    holder = subprocess.Popen([sys.executable, "-c", HOLD_THE_LOCK, database_url], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with second.advisory_lock(wait=0) as other:
            assert not other
        holder.kill()
        holder.wait(timeout=30)
        with second.advisory_lock(wait=10) as other:
            assert other
    finally:
        holder.kill()
    first.dispose()
    second.dispose()


def trying_the_lock(tables) -> bool:
    """Whether another connection is waiting for the writer lock now: a writer waits by trying it over and over
    in one open transaction, each try its last statement."""
    from sqlalchemy import text

    with tables.engine.connect() as connection:
        waiting = connection.execute(
            text(
                "SELECT count(*) FROM pg_stat_activity WHERE pid <> pg_backend_pid() "
                "AND state IN ('active', 'idle in transaction') AND query LIKE 'SELECT pg_try_advisory_lock%'"
            )
        ).scalar()
    return bool(waiting)


@pytest.mark.postgres
def test_contending_uploads_on_two_workers(server_stores, tmp_path):
    """Uploads through two workers while another writer holds the lock: each waits its turn, or, past
    REPORTQA_WRITER_WAIT_SECONDS, is answered 503 with nothing changed."""
    import chromadb

    from indexing.stores.table_store import TableStore

    database_url, chroma_url = server_stores.database_url, server_stores.chroma_url
    corpus = require_shared_corpus()
    shared = {**server_stores.env(), "REPORTQA_ADMIN_TOKEN": TOKEN}
    files = {"a": SEED_REPORT, "b": corpus / "pingtan_2022.txt"}
    tables = TableStore(database_url)
    with serving_together(
        (tmp_path / "a", {**shared, "REPORTQA_WRITER_WAIT_SECONDS": "60"}),
        (tmp_path / "b", {**shared, "REPORTQA_WRITER_WAIT_SECONDS": "1"}),
    ) as (a, b):
        with tables.advisory_lock() as held:  # another writer (a `reportqa index` run) is at work
            assert held
            busy = httpx.post(
                f"{b}/api/reports", files={"file": (files["b"].name, files["b"].read_bytes())}, headers=AUTH, timeout=60
            )
            assert busy.status_code == 503, busy.text
            assert "另一项写入" in busy.json()["detail"] and "未作任何改动" in busy.json()["detail"]
            assert httpx.get(f"{b}/healthz").json()["reports"] == 0

            # worker a waits for the lock; the upload completes once the other writer is done
            results: dict[str, httpx.Response] = {}
            waiting = threading.Thread(
                target=lambda: results.setdefault(
                    "a",
                    httpx.post(
                        f"{a}/api/reports",
                        files={"file": (files["a"].name, files["a"].read_bytes())},
                        headers=AUTH,
                        timeout=300,
                    ),
                )
            )
            waiting.start()
            deadline = time.monotonic() + 120
            while not trying_the_lock(tables) and waiting.is_alive() and time.monotonic() < deadline:
                time.sleep(0.1)
            assert trying_the_lock(tables) and "a" not in results  # waiting at the lock, not done
        waiting.join(timeout=300)
        assert results["a"].status_code == 201, results["a"].text
        again = httpx.post(
            f"{b}/api/reports", files={"file": (files["b"].name, files["b"].read_bytes())}, headers=AUTH, timeout=300
        )
        assert again.status_code == 201, again.text
        for base in (a, b):
            assert httpx.get(f"{base}/healthz").json()["reports"] == 2
    embedded = [p for p in tables.passages() if p["kind"] in EMBEDDED_KINDS]
    host, port = chroma_url.removeprefix("http://").split(":")
    vectors = chromadb.HttpClient(host=host, port=int(port)).get_collection(server_stores.collection)
    assert set(vectors.get(include=[])["ids"]) == {p["passage_id"] for p in embedded}
    tables.dispose()
