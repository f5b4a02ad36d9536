"""Questions: one answer as JSON, or the same answer streamed as server-sent events for the chat page."""

from collections.abc import AsyncIterator, Iterator

from fastapi import APIRouter
from fastapi.responses import StreamingResponse

from service.deps import ChatDep
from service.schemas import Answer, AskRequest

router = APIRouter(prefix="/api", tags=["questions"])


# Both routes are coroutines that answer inline, on the worker's event loop: an answer is a few milliseconds of
# Python under the GIL, so a thread per request only adds two hops and, under load, threads taking the GIL from one
# another (a long latency tail). One worker per core keeps the loop's queue short (README, Running on servers).
@router.post("/ask")
async def ask(body: AskRequest, chat: ChatDep) -> Answer:
    return chat.ask(body.question, body.conversation_id)


@router.post("/chat/stream")
async def chat_stream(body: AskRequest, chat: ChatDep) -> StreamingResponse:
    answer = chat.ask(body.question, body.conversation_id)
    return StreamingResponse(
        inline(chat.events(answer)), media_type="text/event-stream", headers={"Cache-Control": "no-cache"}
    )


async def inline(events: Iterator[str]) -> AsyncIterator[str]:
    """The events as an async iterator: Starlette would send each item of a plain one through its thread pool."""
    for event in events:
        yield event
