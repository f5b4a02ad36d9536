"""Questions: one answer as JSON, or the same answer streamed as server-sent events for the chat page."""

from fastapi import APIRouter
from fastapi.responses import StreamingResponse

from service.deps import ChatDep
from service.schemas import Answer, AskRequest

router = APIRouter(prefix="/api", tags=["questions"])


@router.post("/ask")
def ask(body: AskRequest, chat: ChatDep) -> Answer:
    return chat.ask(body.question, body.conversation_id)


@router.post("/chat/stream")
def chat_stream(body: AskRequest, chat: ChatDep) -> StreamingResponse:
    answer = chat.ask(body.question, body.conversation_id)
    return StreamingResponse(chat.events(answer), media_type="text/event-stream", headers={"Cache-Control": "no-cache"})
