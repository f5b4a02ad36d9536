# -*- coding: utf-8 -*-
"""Build set.jsonl and paraphrase.jsonl of blind set 10 from questions.py and the gold cells.

Every expected number is looked up in the gold files (/work/blind/gold/<stem>.json, or ./gold/<stem>.json if this
set had to make one) -- never typed by hand."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import questions as Q

GOLD_DIRS = [os.path.join(HERE, "gold"), "/work/blind/gold"]
PREFIX = "b10-"
_gold = {}


def gold(stem):
    if stem not in _gold:
        for d in GOLD_DIRS:
            p = os.path.join(d, stem + ".json")
            if os.path.exists(p):
                _gold[stem] = json.load(open(p, encoding="utf-8"))
                break
        else:
            raise SystemExit("no gold for " + stem)
    return _gold[stem]


def year_of(stem):
    return gold(stem)["year"]


def cell(ref):
    stem, table, row, col = ref
    v = gold(stem)["cells"][table][row][col]
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        raise SystemExit("cell %r is not a determined number: %r" % (ref, v))
    return v


def fmt(v):
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return str(v)


def derived(spec):
    vals = {k: cell(r) for k, r in spec["refs"].items()}
    v = eval(spec["expr"], {"__builtins__": {}, "max": max, "min": min}, dict(vals))
    if spec.get("decimals") is not None:
        v = round(v, spec["decimals"])
    elif isinstance(v, float):
        if abs(v - round(v)) > 1e-9:
            raise SystemExit("non-integer result without decimals: %r" % spec)
        v = int(round(v))
    sub = re.sub(r"\b([a-z]\d*)\b", lambda m: fmt(vals[m.group(1)]) if m.group(1) in vals else m.group(1), spec["expr"])
    exp = {"value": v, "formula": "%s: %s = %s" % (spec["desc"], sub, fmt(v)), "unit": spec["unit"]}
    if spec.get("decimals") is not None:
        exp["decimals"] = spec["decimals"]
    stems = sorted({r[0] for r in spec["refs"].values()})
    return exp, stems


def expected_of(spec):
    """-> (expected, report, year, extra_note)"""
    k = spec["kind"]
    if k == "cell":
        stem, table, row, col = spec["ref"]
        return {"table": table, "row": row, "column": col, "value": cell(spec["ref"])}, stem, year_of(stem), None
    if k == "derived":
        exp, stems = derived(spec)
        first = list(spec["refs"].values())[0][0]
        extra = None if len(stems) == 1 else "uses reports: " + ", ".join(stems)
        return exp, first, year_of(first), extra
    if k == "narrative":
        return {"substring": spec["substring"]}, spec["report"], year_of(spec["report"]), None
    if k == "unanswerable":
        rep = spec.get("report")
        return {"status": "not_found", "reason": spec["reason"]}, rep, (spec.get("year") if rep else None), None
    if k == "ambiguous":
        return {"status": "ambiguous"}, None, None, None
    raise SystemExit("unknown kind " + k)


def join_note(*ns):
    ns = [n for n in ns if n]
    return "; ".join(ns) if ns else None


def item(spec, id_):
    if spec["kind"] == "followup":
        turns = []
        for t in spec["turns"]:
            exp, rep, yr, extra = expected_of(t)
            exp = dict(exp)
            exp["report"] = rep
            exp["year"] = yr
            turn = {"question": t["question"], "kind": t["kind"], "expected": exp}
            n = join_note(t.get("note"), extra)
            if n:
                turn["note"] = n
            turns.append(turn)
        out = {"id": id_, "kind": "followup", "class": spec["class"], "turns": turns}
        if spec.get("note"):
            out["note"] = spec["note"]
        return out
    exp, rep, yr, extra = expected_of(spec)
    out = {"id": id_, "kind": spec["kind"], "question": spec["question"], "report": rep, "year": yr,
           "expected": exp, "class": spec["class"]}
    n = join_note(spec.get("note"), extra)
    if n:
        out["note"] = n
    return out


def main():
    rows = [item(s, "%s%03d" % (PREFIX, i + 1)) for i, s in enumerate(Q.ITEMS)]
    with open(os.path.join(HERE, "set.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    prow = []
    for gi, g in enumerate(Q.PARA):
        kind, base = g["base"]
        group = "%sp%02d" % (PREFIX, gi + 1)
        for qi, (q, cls) in enumerate(g["questions"]):
            if kind == "cell":
                spec = Q.C(q, cls, base)
            else:
                spec = dict(base, question=q, **{"class": cls})
            r = item(spec, "%s-%d" % (group, qi + 1))
            r["group"] = group
            prow.append(r)
    with open(os.path.join(HERE, "paraphrase.jsonl"), "w", encoding="utf-8") as f:
        for r in prow:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter
    c = Counter(r["kind"] for r in rows)
    print("set.jsonl:", len(rows), dict(c))
    print("paraphrase.jsonl:", len(prow), "in", len(Q.PARA), "groups")


if __name__ == "__main__":
    main()
