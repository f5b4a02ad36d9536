# -*- coding: utf-8 -*-
"""Build set.jsonl and paraphrase.jsonl of blind set b22 from questions.py and the gold cells.
Every expected number is read from /work/blind/gold/*.json (or ./gold/ if a report has a local gold file)."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import questions as Q

GOLD_DIRS = [os.path.join(HERE, "gold"), "/work/blind/gold"]
_gold = {}


def gold(report):
    if report not in _gold:
        for d in GOLD_DIRS:
            p = os.path.join(d, report + ".json")
            if os.path.exists(p):
                _gold[report] = json.load(open(p, encoding="utf-8"))
                break
        else:
            raise SystemExit("no gold for " + report)
    return _gold[report]


def parse_ref(ref):
    report, rest = ref.split(":", 1)
    table, row, col = rest.split(".", 2)
    return report, table, row, col


def cell(ref):
    report, table, row, col = parse_ref(ref)
    v = gold(report)["cells"][table][row][col]
    if not isinstance(v, (int, float)) or isinstance(v, bool):
        raise SystemExit("cell %s is not a resolved number: %r" % (ref, v))
    return v


REF_RE = re.compile(r"\{([^{}]+)\}")


def evaluate(expr):
    vals = {}
    def sub(m):
        v = cell(m.group(1)); vals[m.group(1)] = v
        return repr(v)
    py = REF_RE.sub(sub, expr)
    value = eval(py, {"__builtins__": {}}, {"max": max, "min": min})
    human = REF_RE.sub(lambda m: "%s[%s]=%s" % (m.group(1).split(":")[0], m.group(1).split(":")[1], vals[m.group(1)]), expr)
    return value, human


def year_of(report):
    return gold(report)["year"] if report else None


def fmt_value(v, decimals):
    if decimals is not None:
        return round(v, decimals)
    if isinstance(v, float) and abs(v - round(v)) < 1e-9:
        return int(round(v))
    if isinstance(v, float):
        return round(v, 6)
    return v


def expected_of(it):
    k = it["kind"]
    if k == "cell":
        report, table, row, col = parse_ref(it["ref"])
        return report, {"table": table, "row": row, "column": col, "value": cell(it["ref"])}
    if k == "derived":
        v, human = evaluate(it["expr"])
        e = {"value": fmt_value(v, it["decimals"]), "formula": human, "unit": it["unit"]}
        if it["decimals"] is not None:
            e["decimals"] = it["decimals"]
        return it["report"], e
    if k == "narrative":
        return it["report"], {"substring": it["substring"]}
    if k == "unanswerable":
        return None, {"status": "not_found", "reason": it["reason"]}
    if k == "ambiguous":
        return None, {"status": "ambiguous"}
    raise ValueError(k)


def main():
    out = []
    n = 0
    for it in Q.ITEMS:
        n += 1
        iid = "b22-%03d" % n
        if it["kind"] == "followup":
            turns = []
            for t in it["turns"]:
                rep, e = expected_of(t)
                e = dict(e); e["report"] = rep; e["year"] = year_of(rep)
                turn = {"question": t["question"], "kind": t["kind"], "expected": e}
                turns.append(turn)
            out.append({"id": iid, "kind": "followup", "class": it["cls"], "turns": turns})
            continue
        rep, e = expected_of(it)
        rec = {"id": iid, "kind": it["kind"], "question": it["question"], "report": rep,
               "year": year_of(rep), "expected": e, "class": it["cls"]}
        if it.get("note"):
            rec["note"] = it["note"]
        out.append(rec)
    with open(os.path.join(HERE, "set.jsonl"), "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    para = []
    for gid, base, variants in Q.PARA:
        assert len(variants) == 5, gid
        for j, (q, cls) in enumerate(variants, 1):
            iid = "b22-%s-%d" % (gid, j)
            if "{" in base:
                unit, dec = Q.PARA_UNIT[gid]
                v, human = evaluate(base)
                refs = REF_RE.findall(base)
                rep = parse_ref(refs[0])[0]
                e = {"value": fmt_value(v, dec), "formula": human, "unit": unit}
                if dec is not None:
                    e["decimals"] = dec
                kind = "derived"
            else:
                rep, table, row, col = parse_ref(base)
                e = {"table": table, "row": row, "column": col, "value": cell(base)}
                kind = "cell"
            para.append({"id": iid, "group": "b22-" + gid, "kind": kind, "question": q, "report": rep,
                         "year": year_of(rep), "expected": e, "class": cls})
    with open(os.path.join(HERE, "paraphrase.jsonl"), "w", encoding="utf-8") as f:
        for r in para:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter
    print("set.jsonl:", len(out), dict(Counter(r["kind"] for r in out)))
    print("paraphrase.jsonl:", len(para), "groups", len(Q.PARA))


if __name__ == "__main__":
    main()
