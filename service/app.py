"""The FastAPI app. Routes only translate HTTP to the answering and store functions.

No ``from __future__ import annotations`` here: FastAPI reads these annotations at runtime.
"""

from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.responses import JSONResponse

from service.answering import MAX_QUESTION_CHARS, Answerer, QuestionTooLong
from service.components import build_stores
from service.schemas import Answer, AskRequest
from service.settings import Settings


def get_answerer(request: Request) -> Answerer:
    return request.app.state.answerer


AnswererDep = Annotated[Answerer, Depends(get_answerer)]


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
        if len(body.question) > MAX_QUESTION_CHARS:
            raise QuestionTooLong(f"问题过长（{len(body.question)} 字），请控制在 {MAX_QUESTION_CHARS} 字以内")
        return answerer.ask(body.question, body.conversation_id)

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
