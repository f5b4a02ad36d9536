"""The HTTP API: in-process TestClient for most, one real uvicorn on loopback, and the CLI's stdin mode."""

from __future__ import annotations

import json

import httpx
import pytest

from service.schemas import Answer
from tests.servers import run_cli


def test_ask_schema(client):
    response = client.post("/api/ask", json={"question": "虹口区2021年收到多少政府信息公开申请？"})
    assert response.status_code == 200
    answer = Answer.model_validate(response.json())  # the schema the API declares, field for field
    assert answer.status == "answered" and answer.figures[0].value == 74 and answer.figures[0].source
    follow = client.post("/api/ask", json={"question": "其中自然人呢？", "conversation_id": answer.conversation_id})
    assert follow.json()["figures"][0]["value"] == 71
    schema = client.get("/openapi.json").json()
    ask = schema["paths"]["/api/ask"]["post"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert ask == {"$ref": "#/components/schemas/Answer"} and "Figure" in schema["components"]["schemas"]


def test_errors(client):
    assert client.post("/api/ask", json={"q": "x"}).status_code == 422
    assert (
        client.post("/api/ask", content=b"{not json", headers={"content-type": "application/json"}).status_code == 422
    )
    too_long = client.post("/api/ask", json={"question": "问" * 1001})
    assert too_long.status_code == 413 and "1000" in too_long.json()["detail"]
    missing = client.get("/api/reports/no-such-report")
    assert missing.status_code == 404 and "/api/reports" in missing.json()["detail"]


def test_reports_and_figures(client):
    reports = client.get("/api/reports").json()
    seed = next(r for r in reports if r["issuer_short"] == "虹口区")
    detail = client.get(f"/api/reports/{seed['report_id']}").json()
    assert len(detail["tables"]) == 200 and detail["sections"] and detail["checks"]
    cells = client.get(
        "/api/figures", params={"issuer": "虹口区", "year": 2021, "table": "T3", "row": "new_received"}
    ).json()
    assert [c["value"] for c in cells] == [71, 3, 0, 0, 0, 0, 74]
    assert client.get("/healthz").json()["status"] == "ok"
    assert client.get("/openapi.json").status_code == 200


@pytest.mark.slow
def test_real_uvicorn_on_loopback(served_seed):
    base = served_seed
    answer = httpx.post(f"{base}/api/ask", json={"question": "2021年虹口区行政复议结果维持多少件"}, timeout=30).json()
    assert answer["status"] == "answered" and answer["figures"][0]["value"] == 10
    # with one report indexed, a question that names none uses it
    assert (
        httpx.post(f"{base}/api/ask", json={"question": "予以公开多少件"}, timeout=30).json()["figures"][0]["value"]
        == 23
    )


@pytest.mark.slow
def test_cli_stdin_streams_json_lines(seeded_data_dir):
    lines = "\n".join(
        [
            "虹口区2021年收到多少申请",
            json.dumps({"question": "虹口区2021年行政复议多少件", "conversation_id": "c-1"}, ensure_ascii=False),
            json.dumps({"question": "其中结果维持的呢", "conversation_id": "c-1"}, ensure_ascii=False),
            "{broken",
        ]
    )
    result = run_cli(seeded_data_dir, "ask", stdin=lines)
    answers = [json.loads(line) for line in result.stdout.strip().split("\n")]
    assert [a["status"] for a in answers] == ["answered", "answered", "answered", "error"]
    assert answers[0]["figures"][0]["value"] == 74
    assert answers[2]["conversation_id"] == "c-1" and answers[2]["figures"][0]["column"] == "review.maintained"


def test_chat_stream_sends_text_then_figures_passages_answer(client):
    with client.stream(
        "POST", "/api/chat/stream", json={"question": "虹口区2021年收到多少政府信息公开申请？"}
    ) as response:
        assert response.status_code == 200 and response.headers["content-type"].startswith("text/event-stream")
        body = "".join(response.iter_text())
    events = [block.split("\n", 1)[0].removeprefix("event: ") for block in body.strip().split("\n\n")]
    assert events[0] == "text" and events[-3:] == ["figures", "passages", "answer"]
    final = json.loads(body.strip().split("\n\n")[-1].split("data: ", 1)[1])
    streamed = "".join(
        json.loads(b.split("data: ", 1)[1])["delta"] for b in body.strip().split("\n\n") if b.startswith("event: text")
    )
    assert streamed == final["answer"] and final["figures"][0]["value"] == 74
    assert client.post("/api/chat/stream", json={"question": "问" * 1001}).status_code == 413


def test_pages_and_page_data(client):
    assert "<textarea" in client.get("/").text and "/static/chat.js" in client.get("/").text
    assert client.get("/figures").status_code == 200
    fmt = client.get("/api/format").json()
    assert [t["id"] for t in fmt["2021"]["tables"]] == ["T2", "T3", "T4"]
    seed = next(r for r in client.get("/api/reports").json() if r["issuer_short"] == "虹口区")
    source = client.get(f"/api/reports/{seed['report_id']}/source", params={"line": 60}).json()
    assert source["line_number"] == 60 and len(source["before"]) == 3
    svg = client.get(f"/api/reports/{seed['report_id']}/charts/applicants.svg")
    assert svg.headers["content-type"].startswith("image/svg+xml") and "自然人" in svg.text
    assert client.get(f"/api/reports/{seed['report_id']}/charts/pie.svg").status_code == 404
    assert "虹口区" in client.get("/api/charts/trend.svg", params={"issuer": "虹口区"}).text
