# -*- coding: utf-8 -*-
"""Build set.jsonl and paraphrase.jsonl from questions.py + the gold cells in /work/blind/gold/.
Every expected number is read from the gold files here; nothing is typed by hand."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import questions as Q  # noqa: E402

GOLD_DIR = "/work/blind/gold"
_gold = {}


def gold(year):
    if year not in _gold:
        with open(os.path.join(GOLD_DIR, "pingtan_%d.json" % year), encoding="utf-8") as f:
            _gold[year] = json.load(f)
    return _gold[year]


def parse_ref(ref):
    y, t, row, col = ref.split("|")
    return int(y), t, row, col


def cell_value(ref):
    y, t, row, col = parse_ref(ref)
    v = gold(y)["cells"][t][row][col]
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        raise ValueError("gold cell %s is not a plain number: %r" % (ref, v))
    return v


def fmt(v):
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return repr(v) if isinstance(v, float) else str(v)


def derived_expected(d):
    env = {k: cell_value(r) for k, r in d["vars"].items()}
    val = eval(d["expr"], {"__builtins__": {}, "max": max, "min": min}, dict(env))
    if d.get("decimals") is not None:
        val = round(val, d["decimals"])
    elif isinstance(val, float) and val.is_integer():
        val = int(val)
    # human-readable formula with the cell values
    expr = d["expr"]
    parts = []
    for tok in expr.replace("(", " ( ").replace(")", " ) ").replace(",", " , ").split():
        if tok in env:
            lab = d.get("labels", {}).get(tok, tok)
            parts.append("%s %s" % (lab, fmt(env[tok])))
        else:
            parts.append(tok)
    formula = " ".join(parts).replace("( ", "(").replace(" )", ")").replace(" ,", ",")
    formula = formula.replace("max (", "max(").replace("min (", "min(")
    formula += " = %s" % fmt(val)
    exp = {"value": val, "formula": formula, "unit": d["unit"]}
    if d.get("decimals") is not None:
        exp["decimals"] = d["decimals"]
    return exp


def turn_out(t):
    """Return (fields for an item/turn) depending on kind."""
    k = t["kind"]
    if k == "cell":
        y, tb, row, col = parse_ref(t["ref"])
        return {"report": Q.rep(y), "year": y,
                "expected": {"table": tb, "row": row, "column": col, "value": cell_value(t["ref"])}}
    if k == "derived":
        ry = t.get("report_year")
        return {"report": Q.rep(ry), "year": ry, "expected": derived_expected(t)}
    if k == "narrative":
        return {"report": Q.rep(t["year"]), "year": t["year"], "expected": {"substring": t["substring"]}}
    if k == "unanswerable":
        return {"report": Q.rep(t["report_year"]), "year": t["year"],
                "expected": {"status": "not_found", "reason": t["reason"]}}
    if k == "ambiguous":
        return {"report": None, "year": t["year"], "expected": {"status": "ambiguous"}}
    raise ValueError(k)


def item_out(it):
    if it["kind"] == "followup":
        turns = []
        for t in it["turns"]:
            o = turn_out(t)
            e = dict(o["expected"])
            e["report"] = o["report"]
            e["year"] = o["year"]
            turns.append({"question": t["question"], "kind": t["kind"], "expected": e})
        out = {"id": it["id"], "kind": "followup", "class": it["class"], "turns": turns}
    else:
        o = turn_out(it)
        out = {"id": it["id"], "kind": it["kind"], "question": it["question"], "report": o["report"],
               "year": o["year"], "expected": o["expected"], "class": it["class"]}
    if it.get("group"):
        out["group"] = it["group"]
    if it.get("note"):
        out["note"] = it["note"]
    return out


def main():
    with open(os.path.join(HERE, "set.jsonl"), "w", encoding="utf-8") as f:
        for it in Q.ITEMS:
            f.write(json.dumps(item_out(it), ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "paraphrase.jsonl"), "w", encoding="utf-8") as f:
        for it in Q.PARA:
            f.write(json.dumps(item_out(it), ensure_ascii=False) + "\n")
    print("set.jsonl: %d items; paraphrase.jsonl: %d lines" % (len(Q.ITEMS), len(Q.PARA)))


if __name__ == "__main__":
    main()
