"""The answering service: a question in, a typed Answer out — for the API, the chat page's stream, the CLI and the
evaluation scripts. The answering itself is service.answering's; this is its one door."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

from service.answering import Answerer, QuestionTooLong
from service.errors import NotFound, TooLarge
from service.schemas import Answer, CellSeries
from service.settings import Settings

CLAUSE = re.compile(r"[^，。；：！？]*[，。；：！？]?")


class ChatService:
    def __init__(self, settings: Settings, answerer: Answerer) -> None:
        self.settings = settings
        self.answerer = answerer

    def ask(self, question: str, conversation_id: str | None = None) -> Answer:
        """Raises TooLarge for a question over ``max_question_chars``, checked before any work: a long question
        costs seconds of embedding."""
        limit = self.settings.max_question_chars
        if len(question) > limit:
            raise TooLarge(f"问题过长（{len(question)} 字），请控制在 {limit} 字以内")
        try:
            return self.answerer.ask(question, conversation_id)
        except QuestionTooLong as exc:
            raise TooLarge(str(exc)) from None

    def warm_up(self) -> None:
        """Read the store's snapshot (names, passages, the BM25 index) and load the word segmenter now: otherwise a
        worker's first question waits seconds for them, and so does every question queued behind it."""
        self.answerer.refresh()
        self.answerer.stores.bm25.search("政府信息公开", top_k=1)

    def series(self, body: str, table: str, row: str, column: str) -> CellSeries:
        """One cell of one body over every indexed year, with the consistency checks between its reports."""
        try:
            return self.answerer.cross.cell_series(body, table, row, column)
        except LookupError as exc:
            raise NotFound(str(exc)) from None

    def series_csv(self, body: str, table: str, row: str, column: str) -> str:
        series = self.series(body, table, row, column)
        lines = ["year,report_id,issuer,format,value,kind,line_number"]
        for p in series["points"]:
            value = "" if p["value"] is None else p["value"]
            line = p["line_number"] if p["line_number"] is not None else ""
            lines.append(f"{p['year']},{p['report_id']},{p['issuer']},{p['format']},{value},{p['kind']},{line}")
        return "\n".join(lines) + "\n"

    def events(self, answer: Answer) -> Iterator[str]:
        """The answer as server-sent events: its text clause by clause, then figures, passages, the whole object."""
        for piece in CLAUSE.findall(answer.answer):
            if piece:
                yield sse("text", {"delta": piece})
        yield sse("figures", [f.model_dump(mode="json") for f in answer.figures])
        yield sse("passages", [p.model_dump(mode="json") for p in answer.passages])
        yield sse("answer", answer.model_dump(mode="json"))


def sse(event: str, data: object) -> str:
    # U+2028/U+2029 are line terminators to JavaScript's regular expressions: escape them inside the JSON
    payload = json.dumps(data, ensure_ascii=False).replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return f"event: {event}\ndata: {payload}\n\n"
