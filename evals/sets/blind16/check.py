#!/usr/bin/env python3
"""Independent checker of blind set 16: recomputes every expected value from the gold cells
(own lookup and own arithmetic, not build.py's), checks every narrative substring occurs verbatim on
one line of the report text, and checks the set's shape. Exits 1 on any mismatch.
Texts: corpus .txt/.md files as they are; for the PDF the text is text/hongze-district_2023.txt
(pdftotext -layout, checked against the 110-dpi rendered pages); for the HTML page the text is
text/shuyang-fgj_2023.txt (tags stripped, one block per line, checked against the chromium screenshot)."""
import ast, json, os, sys, operator
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import questions as Q
CORPUS = "/work/shared/corpus"
errors = []

def err(*a):
    errors.append(" ".join(str(x) for x in a))

def load_gold(rep):
    for d in (os.path.join(HERE, "gold"), "/work/blind/gold"):
        p = os.path.join(d, rep + ".json")
        if os.path.exists(p):
            return json.load(open(p, encoding="utf-8"))
    raise FileNotFoundError(rep)

GOLD = {}
def val(rep, table, row, col):
    if rep not in GOLD:
        GOLD[rep] = load_gold(rep)
    v = GOLD[rep]["cells"].get(table, {}).get(row, {}).get(col, "MISSING")
    if type(v) not in (int, float):
        err("non-numeric gold cell asked:", rep, table, row, col, v)
        return None
    return v

OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}
def ev(node, env):
    if isinstance(node, ast.Expression):
        return ev(node.body, env)
    if isinstance(node, ast.BinOp):
        return OPS[type(node.op)](ev(node.left, env), ev(node.right, env))
    if isinstance(node, ast.Name):
        return env[node.id]
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.Call) and node.func.id in ("max", "min"):
        xs = [ev(a, env) for a in node.args]
        return max(xs) if node.func.id == "max" else min(xs)
    raise ValueError(ast.dump(node))

def recompute(it):
    k, ref = it["kind"], it["ref"]
    if k == "cell":
        return {"table": ref["table"], "row": ref["row"], "column": ref["column"],
                "value": val(it["report"], ref["table"], ref["row"], ref["column"])}
    if k == "derived":
        env = {n: val(*c) for n, c in ref["cells"].items()}
        if None in env.values():
            return None
        v = ev(ast.parse(ref["expr"], mode="eval"), env)
        if "decimals" in ref:
            v = round(v, ref["decimals"])
        return v
    if k == "narrative":
        return ref["substring"]
    return None

TEXTS = {}
def lines_of(rep):
    if rep not in TEXTS:
        own = os.path.join(HERE, "text", rep + ".txt")
        if os.path.exists(own):
            p = own
        else:
            cands = [f for f in os.listdir(CORPUS) if os.path.splitext(f)[0] == rep and f.endswith((".txt", ".md"))]
            p = os.path.join(CORPUS, cands[0])
        TEXTS[rep] = open(p, encoding="utf-8").read().split("\n")
    return TEXTS[rep]

def check_item(it, got, where):
    exp = got["expected"]
    if got.get("report") != it.get("report"):
        err(where, "report differs")
    k = it["kind"]
    if got["kind"] != k:
        err(where, "kind differs")
    if k == "cell":
        r = recompute(it)
        if r is None or exp != r:
            err(where, "cell expected", exp, "recomputed", r)
    elif k == "derived":
        r = recompute(it)
        if r is None or abs(exp["value"] - r) > 1e-9:
            err(where, "derived", exp.get("value"), "recomputed", r)
        if exp.get("unit") != it["ref"]["unit"]:
            err(where, "unit")
    elif k == "narrative":
        s = it["ref"]["substring"]
        if exp.get("substring") != s:
            err(where, "substring differs")
        if not (6 <= len(s) <= 30):
            err(where, "substring length", len(s), s)
        if not any(s in ln for ln in lines_of(it["report"])):
            err(where, "substring not on one line:", it["report"], s)
    elif k == "unanswerable":
        if exp != {"status": "not_found", "reason": it["ref"]["reason"]}:
            err(where, "unanswerable expected", exp)
        if exp["reason"] not in ("body_not_indexed", "year_not_indexed", "no_such_figure", "not_in_this_format"):
            err(where, "bad reason")
    elif k == "ambiguous":
        if exp != {"status": "ambiguous"}:
            err(where, "ambiguous expected")

def main():
    rows = [json.loads(l) for l in open(os.path.join(HERE, "set.jsonl"), encoding="utf-8")]
    para = [json.loads(l) for l in open(os.path.join(HERE, "paraphrase.jsonl"), encoding="utf-8")]
    ids = [r["id"] for r in rows] + [p["id"] for p in para]
    if len(ids) != len(set(ids)) or not all(i.startswith("b16-") for i in ids):
        err("ids not unique or bad prefix")
    src = list(Q.ITEMS) + list(Q.FOLLOWUPS)
    if len(src) != len(rows):
        err("row count", len(rows), "vs questions", len(src))
    reports_seen = set()
    for it, got in zip(src, rows):
        for f in ("id", "kind", "class"):
            if not got.get(f):
                err(got.get("id"), "missing", f)
        if it["kind"] == "followup":
            if not (2 <= len(got["turns"]) <= 3):
                err(got["id"], "turn count")
            for j, (t, g) in enumerate(zip(it["turns"], got["turns"])):
                gg = {"kind": t["kind"], "report": g["expected"].get("report"), "expected": {k: v for k, v in g["expected"].items() if k not in ("report", "year")}}
                if t["kind"] == "derived":
                    gg["expected"] = g["expected"]
                check_item(t, gg, "%s.t%d" % (got["id"], j + 1))
                if t.get("report"):
                    reports_seen.add(t["report"])
        else:
            check_item(it, got, got["id"])
            if it.get("report"):
                reports_seen.add(it["report"])
            for c in it.get("ref", {}).get("cells", {}).values():
                reports_seen.add(c[0])
            if it.get("report") and got["year"] != load_gold(it["report"])["year"] and it["kind"] != "unanswerable":
                err(got["id"], "year differs from gold year")
    # paraphrase groups
    from collections import defaultdict
    groups = defaultdict(list)
    for p in para:
        groups[p["group"]].append(p)
        if p["kind"] not in ("cell", "derived"):
            err(p["id"], "paraphrase kind")
    if len(groups) < 16:
        err("paraphrase groups", len(groups))
    for (gid, ctor, spec, qs), (g, items) in zip(Q.PARA, sorted(groups.items(), key=lambda x: x[1][0]["id"])):
        if len(items) != 5:
            err(g, "group size", len(items))
        vals = {json.dumps(i["expected"], sort_keys=True) for i in items}
        if len(vals) != 1:
            err(g, "group expected differs")
        if ctor is Q.C:
            r = val(*spec)
            if items[0]["expected"]["value"] != r:
                err(g, "para value", items[0]["expected"]["value"], r)
        else:
            expr, cells, unit, dec = spec
            env = {n: val(*c) for n, c in cells.items()}
            r = ev(ast.parse(expr, mode="eval"), env)
            if dec is not None:
                r = round(r, dec)
            if abs(items[0]["expected"]["value"] - r) > 1e-9:
                err(g, "para derived", items[0]["expected"]["value"], r)
        if len({i["question"] for i in items}) != 5:
            err(g, "duplicate question text")
    # coverage of every corpus report
    stems = {os.path.splitext(f)[0] for f in os.listdir(CORPUS) if f.endswith((".txt", ".md", ".pdf", ".html"))} - {"SOURCES"}
    missing = stems - reports_seen
    if missing:
        err("reports without items:", sorted(missing))
    if len(rows) < 200:
        err("fewer than 200 items")
    qs = [r.get("question") for r in rows if "question" in r]
    if len(qs) != len(set(qs)):
        err("duplicate questions in set")
    if errors:
        print("\n".join(errors))
        print("FAIL:", len(errors), "problem(s)")
        sys.exit(1)
    print("OK: %d items, %d paraphrase lines in %d groups, %d reports covered" % (len(rows), len(para), len(groups), len(reports_seen)))

if __name__ == "__main__":
    main()
