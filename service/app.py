"""The FastAPI app. Routes only translate HTTP to the answering and store functions.

No ``from __future__ import annotations`` here: FastAPI reads these annotations at runtime.
"""

import hmac
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

from fastapi import Depends, FastAPI, File, Header, HTTPException, Query, Request, UploadFile
from fastapi.responses import FileResponse, JSONResponse, Response, StreamingResponse
from fastapi.staticfiles import StaticFiles

from indexing.metadata import NotAReport
from indexing.parser import parse_bytes
from indexing.pipeline import delete_report, index_report, report_summary
from indexing.readers import UnreadableReport, supported_suffixes
from service import presentation
from service.answering import Answerer, QuestionTooLong
from service.components import build_stores
from service.schemas import Answer, AskRequest
from service.settings import Settings


def get_answerer(request: Request) -> Answerer:
    return request.app.state.answerer


AnswererDep = Annotated[Answerer, Depends(get_answerer)]
WEB_DIR = Path(__file__).resolve().parent / "web"


def require_admin(request: Request, authorization: Annotated[str | None, Header()] = None) -> None:
    """Uploads and deletes need `Authorization: Bearer <REPORTQA_ADMIN_TOKEN>`; with no token set they are off."""
    token = request.app.state.settings.admin_token
    if not token:
        raise HTTPException(403, "上传和删除已关闭：服务端未设置 REPORTQA_ADMIN_TOKEN")
    given = (authorization or "").removeprefix("Bearer ").strip()
    if not authorization or not authorization.startswith("Bearer ") or not hmac.compare_digest(given, token):
        raise HTTPException(401, "需要管理员令牌：Authorization: Bearer <token>", headers={"WWW-Authenticate": "Bearer"})


AdminDep = Annotated[None, Depends(require_admin)]


def sse(event: str, data: object) -> str:
    return f"event: {event}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n"


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
    app = FastAPI(
        title="reportqa",
        description="Questions over 政府信息公开工作年度报告: exact figures from the table store, cited passages.",
        version="0.1.0",
    )
    app.state.settings = settings
    app.state.answerer = answerer or Answerer(build_stores(settings))

    @app.exception_handler(QuestionTooLong)
    async def too_long(_request: Request, exc: QuestionTooLong) -> JSONResponse:
        return JSONResponse(status_code=413, content={"detail": str(exc)})

    @app.get("/healthz")
    def healthz(answerer: AnswererDep) -> dict:
        counts = answerer.stores.tables.counts()
        return {"status": "ok", "reports": counts["reports"], "passages": counts["passages"]}

    @app.post("/api/ask", response_model=Answer)
    def ask(body: AskRequest, answerer: AnswererDep) -> dict:
        return answerer.ask(body.question, body.conversation_id)  # QuestionTooLong → 413 (handler above)

    @app.post("/api/chat/stream")
    def chat_stream(body: AskRequest, answerer: AnswererDep) -> StreamingResponse:
        answer = answerer.ask(body.question, body.conversation_id)
        return StreamingResponse(answer_events(answer), media_type="text/event-stream", headers={"Cache-Control": "no-cache"})

    @app.post("/api/reports", status_code=201)
    def upload_report(_: AdminDep, answerer: AnswererDep, response: Response, file: UploadFile = File(...)) -> dict:
        limit = app.state.settings.max_upload_bytes
        data = file.file.read(limit + 1)
        name = file.filename or "upload"
        if len(data) > limit:
            raise HTTPException(413, f"{name}：文件超过 {limit // (1024 * 1024)} MB 上限")
        if not name.lower().endswith(supported_suffixes()):
            raise HTTPException(415, f"{name}：不支持的文件类型；支持 {', '.join(supported_suffixes())}")
        try:
            report = parse_bytes(data, name, limit)
        except (UnreadableReport, NotAReport) as exc:
            raise HTTPException(422, str(exc)) from None
        changed, passages = index_report(report, answerer.stores)
        if not changed:
            response.status_code = 200
        return {"changed": changed, **report_summary(report, name, passages)}

    @app.delete("/api/reports/{report_id}")
    def remove_report(report_id: str, _: AdminDep, answerer: AnswererDep) -> dict:
        report_or_404(answerer, report_id)
        delete_report(report_id, answerer.stores)
        return {"deleted": report_id}

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
        detail = answerer.stores.tables.report(report_id)
        if detail is None:
            raise HTTPException(404, f"没有编号为 {report_id} 的报告；GET /api/reports 列出已收录的报告")
        return detail

    @app.get("/api/reports/{report_id}/source")
    def source(report_id: str, answerer: AnswererDep, line: int | None = None, snippet: str = "") -> dict:
        report_or_404(answerer, report_id)
        return presentation.source_context(answerer.stores.tables.report_text(report_id), line, snippet)

    @app.get("/api/reports/{report_id}/cells.csv")
    def cells_csv(report_id: str, answerer: AnswererDep, table: Annotated[str | None, Query(pattern="^T[234]$")] = None) -> Response:
        detail = report_or_404(answerer, report_id)
        cells = answerer.stores.tables.cells(report_id=report_id, table=table)
        name = f"{detail['year']}-{table or 'tables'}.csv"
        return Response(
            "\ufeff" + presentation.cells_csv(cells, detail["format"]),
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": f'attachment; filename="{name}"'},
        )

    @app.get("/api/reports/{report_id}/charts/{kind}.svg")
    def report_chart(report_id: str, kind: str, answerer: AnswererDep) -> Response:
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
    def trend_chart(answerer: AnswererDep, issuer: str, row: str = "new_received", column: str = "total") -> Response:
        cells = answerer.stores.tables.cells(issuer=issuer, table="T3", row=row, column=column)
        if not cells:
            raise HTTPException(404, f"没有 {issuer} 的表三数据")
        points = sorted((c.year, c.value) for c in cells)
        return Response(presentation.trend_chart(points, cells[0].issuer, "新收申请" if row == "new_received" else row), media_type="image/svg+xml")

    @app.get("/api/reports")
    def reports(answerer: AnswererDep) -> list[dict]:
        return answerer.stores.tables.reports()

    @app.get("/api/reports/{report_id}")
    def report(report_id: str, answerer: AnswererDep) -> dict:
        detail = answerer.stores.tables.report(report_id)
        if detail is None:
            raise HTTPException(404, f"没有编号为 {report_id} 的报告；GET /api/reports 列出已收录的报告")
        detail["tables"] = [c.as_dict() for c in answerer.stores.tables.cells(report_id=report_id)]
        return detail

    @app.get("/api/figures")
    def figures(
        answerer: AnswererDep,
        issuer: Annotated[str | None, Query(description="full or short issuer name")] = None,
        year: int | None = None,
        table: Annotated[str | None, Query(pattern="^T[234]$")] = None,
        row: str | None = None,
        column: str | None = None,
    ) -> list[dict]:
        return [c.as_dict() for c in answerer.stores.tables.cells(issuer=issuer, year=year, table=table, row=row, column=column)]

    return app
