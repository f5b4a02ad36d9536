# -*- coding: utf-8 -*-
"""Build set.jsonl and paraphrase.jsonl of blind set b14 from questions.py and the gold cells."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import questions as Q  # noqa: E402

GOLD_DIRS = [os.path.join(HERE, "gold"), "/work/blind/gold"]
_cache = {}


def gold(stem):
    if stem not in _cache:
        for d in GOLD_DIRS:
            p = os.path.join(d, stem + ".json")
            if os.path.exists(p):
                _cache[stem] = json.load(open(p, encoding="utf-8"))
                break
        else:
            raise SystemExit(f"no gold for {stem}")
    return _cache[stem]


def cell(ref):
    stem, table, row, col = ref.split(":")
    v = gold(stem)["cells"][table][row][col]
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        raise SystemExit(f"{ref}: not a determined number: {v!r}")
    return stem, table, row, col, v


def fmt(v):
    return str(int(v)) if isinstance(v, float) and v.is_integer() else str(v)


def derived(expr, refs, unit, decimals=None):
    vals, parts = {}, []
    for name, ref in refs.items():
        stem, table, row, col, v = cell(ref)
        vals[name] = v
        parts.append(f"{name}={stem}.{table}.{row}.{col}={fmt(v)}")
    x = eval(expr, {"__builtins__": {}, "max": max, "min": min}, dict(vals))
    if decimals is not None:
        x = round(x + 0.0, decimals)
    elif isinstance(x, float):
        x = int(x) if x.is_integer() else round(x, 6)
    shown = re.sub(r"\b([a-h])\b", lambda m: fmt(vals[m.group(1)]), expr)
    exp = {"value": x, "formula": f"{expr} = {shown} ({'; '.join(parts)})", "unit": unit}
    if decimals is not None:
        exp["decimals"] = decimals
    return exp


def stems_of(refs):
    out = []
    for r in refs.values():
        s = r.split(":")[0]
        if s not in out:
            out.append(s)
    return out


def expected_for(spec):
    """spec: dict with ref | expr/refs | unans. Returns (expected, report, year, calc)."""
    if "ref" in spec:
        stem, table, row, col, v = cell(spec["ref"])
        return {"table": table, "row": row, "column": col, "value": v}, stem, Q.YEAR[stem], {"ref": spec["ref"]}
    if "expr" in spec:
        e = derived(spec["expr"], spec["refs"], spec.get("unit", "件"), spec.get("decimals"))
        st = stems_of(spec["refs"])
        return e, st[0], Q.YEAR[st[0]], {"expr": spec["expr"], "refs": spec["refs"], "decimals": spec.get("decimals")}
    if "unans" in spec:
        return ({"status": "not_found", "reason": spec["unans"]}, spec.get("report"), spec.get("year"), None)
    raise SystemExit(f"bad spec {spec}")


def main():
    out = []
    n = 0

    def nid():
        nonlocal n
        n += 1
        return f"b14-{n:03d}"

    for it in Q.ITEMS:
        k = it["kind"]
        rec = {"id": nid(), "kind": k, "question": it["question"]}
        if k == "cell":
            e, rep, yr, calc = expected_for({"ref": it["ref"]})
        elif k == "derived":
            e, rep, yr, calc = expected_for({"expr": it["expr"], "refs": it["refs"], "unit": it["unit"],
                                             "decimals": it["decimals"]})
            if len(stems_of(it["refs"])) > 1:
                rec["reports"] = stems_of(it["refs"])
        elif k == "narrative":
            e, rep, yr, calc = {"substring": it["substring"]}, it["report"], Q.YEAR[it["report"]], None
        elif k == "unanswerable":
            e, rep, yr, calc = {"status": "not_found", "reason": it["reason"]}, it["report"], it["year"], None
        elif k == "ambiguous":
            e, rep, yr, calc = {"status": "ambiguous"}, None, None, None
        else:
            raise SystemExit(k)
        rec.update({"report": rep, "year": yr, "expected": e, "class": it["class"]})
        if it.get("note"):
            rec["note"] = it["note"]
        if calc:
            rec["calc"] = calc
        out.append(rec)

    for fu in Q.FOLLOWUPS:
        turns = []
        for t in fu["turns"]:
            e, rep, yr, calc = expected_for(t)
            e = dict(e)
            e["report"] = rep
            e["year"] = yr
            turn = {"question": t["q"], "expected": e}
            if calc:
                turn["calc"] = calc
            if t.get("note"):
                turn["note"] = t["note"]
            turns.append(turn)
        rec = {"id": nid(), "kind": "followup", "class": fu["class"], "turns": turns}
        if fu.get("note"):
            rec["note"] = fu["note"]
        out.append(rec)

    with open(os.path.join(HERE, "set.jsonl"), "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    para = []
    for gid, spec, qs in Q.PARA:
        if isinstance(spec, str):
            e, rep, yr, calc = expected_for({"ref": spec})
            kind = "cell"
        else:
            e, rep, yr, calc = expected_for(spec)
            kind = "derived"
        for i, (q, cls) in enumerate(qs, 1):
            para.append({"id": f"b14-{gid}-{i}", "kind": kind, "group": f"b14-{gid}", "question": q,
                         "report": rep, "year": yr, "expected": e, "class": cls, "calc": calc})
    with open(os.path.join(HERE, "paraphrase.jsonl"), "w", encoding="utf-8") as f:
        for r in para:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    from collections import Counter
    c = Counter(r["kind"] for r in out)
    print(len(out), dict(c), "paraphrase lines", len(para), "groups", len(Q.PARA))


if __name__ == "__main__":
    main()
