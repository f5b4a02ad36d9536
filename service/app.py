"""The FastAPI app. Routes only translate HTTP to the answering and store functions.

No ``from __future__ import annotations`` here: FastAPI reads these annotations at runtime.
"""

import errno
import json
import logging
import re
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated

from fastapi import Depends, FastAPI, File, Header, HTTPException, Query, Request, UploadFile
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response, StreamingResponse
from fastapi.staticfiles import StaticFiles
from sqlalchemy.exc import SQLAlchemyError

from indexing.metadata import NotAReport
from indexing.pipeline import (
    NoEarlierVersion,
    delete_report,
    index_report,
    report_summary,
    restore_report,
    sweep_orphans,
)
from indexing.readers import ReportTooLarge, UnreadableReport, supported_suffixes
from service import presentation
from service.answering import Answerer, QuestionTooLong
from service.components import build_stores, read_limits
from service.guards import RequestGuard, admin_refusal, format_size
from service.schemas import SURROGATE, Answer, AskRequest
from service.settings import Settings
from service.uploads import UploadParser, safe_file_name

log = logging.getLogger("reportqa")


def get_answerer(request: Request) -> Answerer:
    return request.app.state.answerer


AnswererDep = Annotated[Answerer, Depends(get_answerer)]
WEB_DIR = Path(__file__).resolve().parent / "web"


def require_admin(request: Request, authorization: Annotated[str | None, Header()] = None) -> None:
    """Uploads and deletes need `Authorization: Bearer <REPORTQA_ADMIN_TOKEN>`; with no token set they are off.
    RequestGuard checks the same before the body is read; this keeps each route safe on its own."""
    refusal = admin_refusal(request.app.state.settings, authorization)
    if refusal:
        headers = {"WWW-Authenticate": "Bearer"} if refusal[0] == 401 else None
        raise HTTPException(refusal[0], refusal[1], headers=headers)


AdminDep = Annotated[None, Depends(require_admin)]


def sse(event: str, data: object) -> str:
    # U+2028/U+2029 are line terminators to JavaScript's regular expressions: escape them inside the JSON
    payload = json.dumps(data, ensure_ascii=False).replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return f"event: {event}\ndata: {payload}\n\n"


ReportId = Annotated[str, PathParam(max_length=64, pattern=r"^[A-Za-z0-9_-]+$")]
SafeText = Annotated[str, Query(max_length=200)]


def no_surrogates(**values: str | None) -> None:
    for name, value in values.items():
        if value and SURROGATE.search(value):
            raise HTTPException(422, f"参数 {name} 含有无效的 Unicode 字符（孤立的代理项）")


def storage_failure(exc: Exception) -> HTTPException:
    """A write the disk or the database refused: say what happened and that nothing stored was changed."""
    text = str(exc).lower()
    if "disk is full" in text or "no space" in text or getattr(exc, "errno", None) == errno.ENOSPC:
        return HTTPException(507, "服务器磁盘已满，未能保存；已收录的数据没有改变。请联系管理员清理磁盘后重试")
    if "readonly" in text or "read-only" in text or getattr(exc, "errno", None) in (errno.EROFS, errno.EACCES):
        return HTTPException(503, "数据目录只读，未能保存；已收录的数据没有改变。请检查 REPORTQA_DATA_DIR 的权限")
    return HTTPException(503, "数据存储暂时不可用，请稍后重试；已收录的数据没有改变")


def answer_events(answer: dict) -> Iterator[str]:
    """The answer as server-sent events: its text clause by clause, then figures, passages, the whole object."""
    for piece in re.findall(r"[^，。；：！？]*[，。；：！？]?", answer["answer"]):
        if piece:
            yield sse("text", {"delta": piece})
    yield sse("figures", answer["figures"])
    yield sse("passages", answer["passages"])
    yield sse("answer", answer)


def create_app(settings: Settings, answerer: Answerer | None = None) -> FastAPI:
    """Build the app; tests may hand in an Answerer over stores they built themselves."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        start_up(app.state.answerer)
        yield
        app.state.uploads.close()

    app = FastAPI(
        title="reportqa",
        description="Questions over 政府信息公开工作年度报告: exact figures from the table store, cited passages.",
        version="0.1.0",
        lifespan=lifespan,
        docs_url="/docs" if settings.api_docs else None,  # Swagger UI comes from a CDN: off unless asked for
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.answerer = answerer or Answerer(build_stores(settings))
    app.state.uploads = UploadParser(read_limits(settings))
    app.add_middleware(RequestGuard, settings=settings)

    @app.exception_handler(QuestionTooLong)
    async def too_long(_request: Request, exc: QuestionTooLong) -> JSONResponse:
        return JSONResponse(status_code=413, content={"detail": str(exc)})

    @app.exception_handler(RequestValidationError)
    async def invalid_request(_request: Request, exc: RequestValidationError) -> Response:
        # Never echo the input: it may be huge or hold characters (lone surrogates) that cannot be encoded.
        errors = [
            {"loc": list(e.get("loc", ())), "msg": e.get("msg", ""), "type": e.get("type", "")} for e in exc.errors()
        ]
        body = json.dumps({"detail": errors}, ensure_ascii=True, default=str)
        return Response(body, status_code=422, media_type="application/json")

    @app.exception_handler(SQLAlchemyError)
    async def store_unavailable(_request: Request, exc: SQLAlchemyError) -> JSONResponse:
        log.warning("table store error: %s", exc)
        failure = storage_failure(exc)
        return JSONResponse(status_code=failure.status_code, content={"detail": failure.detail})

    def check_question(body: AskRequest) -> None:
        limit = settings.max_question_chars
        if len(body.question) > limit:  # before any embedding: a long question costs seconds of CPU
            raise HTTPException(413, f"问题过长（{len(body.question)} 字），请控制在 {limit} 字以内")

    @app.get("/healthz")
    def healthz(answerer: AnswererDep) -> dict:
        counts = answerer.stores.tables.counts()
        return {"status": "ok", "reports": counts["reports"], "passages": counts["passages"]}

    @app.post("/api/ask", response_model=Answer)
    def ask(body: AskRequest, answerer: AnswererDep) -> dict:
        check_question(body)
        return answerer.ask(body.question, body.conversation_id)  # QuestionTooLong → 413 (handler above)

    @app.post("/api/chat/stream")
    def chat_stream(body: AskRequest, answerer: AnswererDep) -> StreamingResponse:
        check_question(body)
        answer = answerer.ask(body.question, body.conversation_id)
        return StreamingResponse(
            answer_events(answer), media_type="text/event-stream", headers={"Cache-Control": "no-cache"}
        )

    @app.post("/api/reports", status_code=201)
    def upload_report(_: AdminDep, answerer: AnswererDep, response: Response, file: UploadFile = File(...)) -> dict:
        limit = app.state.settings.max_upload_bytes
        data = file.file.read(limit + 1)
        name = safe_file_name(file.filename)
        if len(data) > limit:
            raise HTTPException(413, f"{name}：文件超过 {format_size(limit)} 上限")
        if not name.lower().endswith(supported_suffixes()):
            raise HTTPException(415, f"{name}：不支持的文件类型；支持 {', '.join(supported_suffixes())}")
        try:
            report = app.state.uploads.parse(data, name)
        except ReportTooLarge as exc:
            raise HTTPException(413, str(exc)) from None
        except (UnreadableReport, NotAReport) as exc:
            raise HTTPException(422, str(exc)) from None
        try:
            changed, passages, replaced = index_report(report, answerer.stores)
        except Exception as exc:  # noqa: BLE001 - SQL, Chroma and file errors alike: a full disk, a read-only store
            log.warning("upload of %s failed while writing: %s: %s", name, type(exc).__name__, exc)
            failure = storage_failure(exc)
            if answerer.stores.tables.content_hash(report.report_id) == report.content_hash:
                failure.detail = (
                    failure.detail.split("，")[0]
                    + "：报告已保存，但检索索引未能全部更新；问题解决后运行 reportqa index 即可补齐"
                )
            raise failure from None
        if not changed:
            response.status_code = 200
        summary = {"changed": changed, **report_summary(report, name, passages), "replaced": replaced}
        if replaced and replaced["newly_failed_checks"]:
            summary["alert"] = (
                f"注意：这份文件替换了已收录的版本，且有 {len(replaced['newly_failed_checks'])} 项勾稽核对由通过变为不通过；"
                "请确认文件未被改动。上一版本已保留，可用 POST /api/reports/{id}/restore 恢复。".replace(
                    "{id}", report.report_id
                )
            )
        return summary

    @app.delete("/api/reports/{report_id}")
    def remove_report(report_id: ReportId, _: AdminDep, answerer: AnswererDep) -> dict:
        report_or_404(answerer, report_id)
        delete_report(report_id, answerer.stores)
        return {"deleted": report_id, "restore": f"POST /api/reports/{report_id}/restore 可撤销删除"}

    @app.get("/api/reports/{report_id}/versions")
    def versions(report_id: ReportId, answerer: AnswererDep) -> list[dict]:
        return answerer.stores.tables.versions(report_id)

    @app.post("/api/reports/{report_id}/restore")
    def restore(
        report_id: ReportId, _: AdminDep, answerer: AnswererDep, version: int | None = Query(None, ge=1, le=2**62)
    ) -> dict:
        """Bring back the newest earlier version (or `version`); the version it replaces is kept in turn."""
        try:
            return restore_report(report_id, answerer.stores, version)
        except NoEarlierVersion as exc:
            raise HTTPException(404, str(exc)) from None

    @app.get("/admin", include_in_schema=False)
    def admin_page() -> FileResponse:
        return FileResponse(WEB_DIR / "admin.html")

    @app.get("/", include_in_schema=False)
    def chat_page() -> FileResponse:
        return FileResponse(WEB_DIR / "index.html")

    @app.get("/figures", include_in_schema=False)
    def figures_page() -> FileResponse:
        return FileResponse(WEB_DIR / "figures.html")

    app.mount("/static", StaticFiles(directory=WEB_DIR), name="static")

    @app.get("/api/format")
    def national_format() -> dict:
        return presentation.format_description()

    def report_or_404(answerer: Answerer, report_id: str) -> dict:
        no_surrogates(report_id=report_id)
        detail = answerer.stores.tables.report(report_id)
        if detail is None:
            raise HTTPException(404, f"没有编号为 {report_id} 的报告；GET /api/reports 列出已收录的报告")
        return detail

    @app.get("/api/reports/{report_id}/source")
    def source(
        report_id: ReportId,
        answerer: AnswererDep,
        line: Annotated[int | None, Query(ge=1, le=10_000_000)] = None,
        snippet: SafeText = "",
    ) -> dict:
        no_surrogates(snippet=snippet)
        report_or_404(answerer, report_id)
        return presentation.source_context(answerer.stores.tables.report_text(report_id), line, snippet)

    @app.get("/api/reports/{report_id}/cells.csv")
    def cells_csv(
        report_id: ReportId, answerer: AnswererDep, table: Annotated[str | None, Query(pattern="^T[234]$")] = None
    ) -> Response:
        detail = report_or_404(answerer, report_id)
        cells = answerer.stores.tables.cells(report_id=report_id, table=table)
        name = f"{detail['year']}-{table or 'tables'}.csv"
        return Response(
            "\ufeff" + presentation.cells_csv(cells, detail["format"]),
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": f'attachment; filename="{name}"'},
        )

    @app.get("/api/reports/{report_id}/charts/{kind}.svg")
    def report_chart(report_id: ReportId, kind: str, answerer: AnswererDep) -> Response:
        detail = report_or_404(answerer, report_id)
        cells = answerer.stores.tables.cells(report_id=report_id, table="T3")
        if kind == "applicants":
            svg = presentation.applicants_chart(cells, detail["issuer"], detail["year"])
        elif kind == "outcomes":
            svg = presentation.outcomes_chart(cells, detail["issuer"], detail["year"], detail["format"])
        else:
            raise HTTPException(404, "图表只有 applicants（申请人构成）和 outcomes（办理结果）两种")
        return Response(svg, media_type="image/svg+xml")

    @app.get("/api/charts/trend.svg")
    def trend_chart(
        answerer: AnswererDep, issuer: SafeText, row: SafeText = "new_received", column: SafeText = "total"
    ) -> Response:
        no_surrogates(issuer=issuer, row=row, column=column)
        cells = answerer.stores.tables.cells(issuer=issuer, table="T3", row=row, column=column)
        if not cells:
            raise HTTPException(404, f"没有 {issuer} 的表三数据")
        points = sorted((c.year, c.value) for c in cells)
        return Response(
            presentation.trend_chart(points, cells[0].issuer, "新收申请" if row == "new_received" else row),
            media_type="image/svg+xml",
        )

    @app.get("/api/reports")
    def reports(answerer: AnswererDep) -> list[dict]:
        return answerer.stores.tables.reports()

    @app.get("/api/reports/{report_id}")
    def report(report_id: ReportId, answerer: AnswererDep) -> dict:
        detail = answerer.stores.tables.report(report_id)
        if detail is None:
            raise HTTPException(404, f"没有编号为 {report_id} 的报告；GET /api/reports 列出已收录的报告")
        detail["tables"] = [c.as_dict() for c in answerer.stores.tables.cells(report_id=report_id)]
        return detail

    @app.get("/api/figures")
    def figures(
        answerer: AnswererDep,
        issuer: Annotated[str | None, Query(max_length=200, description="full or short issuer name")] = None,
        year: Annotated[int | None, Query(ge=1900, le=2999)] = None,
        table: Annotated[str | None, Query(pattern="^T[234]$")] = None,
        row: Annotated[str | None, Query(max_length=200)] = None,
        column: Annotated[str | None, Query(max_length=200)] = None,
    ) -> list[dict]:
        no_surrogates(issuer=issuer, row=row, column=column)
        return [
            c.as_dict()
            for c in answerer.stores.tables.cells(issuer=issuer, year=year, table=table, row=row, column=column)
        ]

    return app


def start_up(answerer: Answerer) -> None:
    """Housekeeping a crash or a long absence may have left: orphaned vectors and expired conversations."""
    stores = answerer.stores
    try:
        swept = sweep_orphans(stores)
        if swept:
            log.info("start-up: removed vectors that no report lists (left by an interrupted indexing run)")
        removed = stores.tables.prune_conversations()
        if removed:
            log.info("start-up: removed %d expired conversations", removed)
    except (SQLAlchemyError, OSError) as exc:  # the server still answers from what is stored
        log.warning("start-up housekeeping skipped: %s", exc)
