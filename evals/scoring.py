"""Scoring one answer against one gold item. Used by the evaluation runner and the tests."""

from __future__ import annotations

from dataclasses import dataclass

from indexing.models import Cell

TOLERANCE = 1e-6


@dataclass
class Score:
    item_id: str
    kind: str
    question: str
    correct: bool
    expected: object
    got: object
    hit_rank: int | None = None  # narrative: rank of the first passage containing the substring


def same_number(a: object, b: object) -> bool:
    if a is None or b is None or isinstance(a, bool) or isinstance(b, bool):
        return False
    try:
        return abs(float(a) - float(b)) <= TOLERANCE  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False


def score_answer(item_id: str, kind: str, question: str, expected: dict, answer: dict, issuer: str | None = None, year: int | None = None) -> Score:
    figures = answer.get("figures") or []
    first = figures[0] if figures else {}
    if "status" in expected:
        return Score(item_id, kind, question, answer.get("status") == expected["status"], expected["status"], answer.get("status"))
    if "substring" in expected:
        needle = expected["substring"]
        rank = next((i for i, p in enumerate(answer.get("passages") or [], 1) if needle in p["text"]), None)
        correct = answer.get("status") == "answered" and needle in answer.get("answer", "")
        return Score(item_id, kind, question, correct, needle, answer.get("answer", "")[:160], hit_rank=rank)
    if "ranking" in expected:
        got = [f["issuer"] for f in figures]
        correct = got[: len(expected["ranking"])] == expected["ranking"] and same_number(first.get("value"), expected.get("value"))
        return Score(item_id, kind, question, correct, expected["ranking"], got)
    got_value = first.get("value")
    correct = answer.get("status") == "answered" and same_number(got_value, expected["value"])
    if correct and issuer and first.get("issuer") != issuer:
        correct = False
    if correct and year and first.get("year") != year:
        correct = False
    if correct and "percent" in expected:
        percent = next((f["value"] for f in figures[1:] if f.get("unit") == "%"), None)
        correct = same_number(percent, expected["percent"])
    got = {"status": answer.get("status"), "value": got_value, "issuer": first.get("issuer"), "year": first.get("year"),
           "cell": f"{first.get('table')}.{first.get('row')}.{first.get('column')}" if first else None}
    return Score(item_id, kind, question, correct, expected, got)


def cell_gold_value(cell: Cell) -> object:
    """A parsed cell in the form of tests/gold/*.json: a number, null (blank), a mark, or {"unresolved": [...]}."""
    if cell.kind == "unresolved":
        return {"unresolved": sorted(cell.candidates)}
    if cell.kind in ("blank", "merged"):
        return None
    if cell.kind in ("slash", "dash", "none"):
        return cell.raw
    return cell.value
