# -*- coding: utf-8 -*-
"""Independent checker for blind set 10. Exits non-zero on any mismatch.

- recomputes every expected value from the gold cells and the references in questions.py (own lookup and own
  expression evaluator, not build.py's);
- checks every narrative substring (6-30 chars) occurs verbatim on ONE line of the report text: the corpus file
  itself for .txt/.md; for the HTML page and the PDF the text this set read (text/<stem>.read.txt: visible text of
  the saved page / pdftotext of the PDF, both compared against the rendered pages);
- checks ids, kinds, line format, groups of 5, coverage of every corpus report, and the mix."""
import ast, glob, json, operator, os, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = "/work/shared/corpus"
sys.path.insert(0, HERE)
import questions as Q

errors = []


def err(msg):
    errors.append(msg)


def load_gold(stem):
    for d in (os.path.join(HERE, "gold"), "/work/blind/gold"):
        p = os.path.join(d, stem + ".json")
        if os.path.exists(p):
            with open(p, encoding="utf-8") as f:
                return json.load(f)
    return None


GOLD = {}


def g(stem):
    if stem not in GOLD:
        GOLD[stem] = load_gold(stem)
        if GOLD[stem] is None:
            err("no gold for %s" % stem)
    return GOLD[stem]


def value(ref):
    stem, table, row, col = ref
    try:
        v = g(stem)["cells"][table][row][col]
    except Exception:
        err("missing gold cell %r" % (ref,))
        return None
    if type(v) not in (int, float):
        err("gold cell %r not a determined number: %r" % (ref, v))
        return None
    return v


OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}


def ev(node, env):
    if isinstance(node, ast.Expression):
        return ev(node.body, env)
    if isinstance(node, ast.BinOp):
        return OPS[type(node.op)](ev(node.left, env), ev(node.right, env))
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        return -ev(node.operand, env)
    if isinstance(node, ast.Name):
        return env[node.id]
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.Call) and node.func.id == "max":
        return max(ev(a, env) for a in node.args)
    raise ValueError("bad node %r" % node)


def recompute(spec):
    k = spec["kind"]
    if k == "cell":
        return {"table": spec["ref"][1], "row": spec["ref"][2], "column": spec["ref"][3], "value": value(spec["ref"])}
    if k == "derived":
        env = {n: value(r) for n, r in spec["refs"].items()}
        if any(v is None for v in env.values()):
            return None
        v = ev(ast.parse(spec["expr"], mode="eval"), env)
        if spec.get("decimals") is not None:
            v = round(v, spec["decimals"])
        return {"value": v, "env": env}
    return None


TEXT = {}


def text_lines(stem):
    if stem not in TEXT:
        cands = glob.glob(os.path.join(CORPUS, stem + ".*"))
        if not cands:
            err("report %s not in corpus" % stem)
            TEXT[stem] = []
            return []
        p = cands[0]
        if p.endswith((".html", ".pdf")):
            p = os.path.join(HERE, "text", stem + ".read.txt")
        with open(p, encoding="utf-8", errors="replace") as f:
            TEXT[stem] = f.read().split("\n")
    return TEXT[stem]


REASONS = {"body_not_indexed", "year_not_indexed", "no_such_figure", "not_in_this_format"}


def check_one(spec, exp, report, year, where):
    k = spec["kind"]
    if k in ("cell", "derived", "narrative") and report is not None:
        gy = g(report)["year"] if g(report) else None
        if year != gy:
            err("%s: year %r != gold year %r" % (where, year, gy))
    if k == "cell":
        r = recompute(spec)
        if report != spec["ref"][0]:
            err("%s: report mismatch" % where)
        for key in ("table", "row", "column", "value"):
            if exp.get(key) != r[key]:
                err("%s: %s %r != %r" % (where, key, exp.get(key), r[key]))
    elif k == "derived":
        r = recompute(spec)
        if r is None:
            return
        if abs(exp["value"] - r["value"]) > 1e-9:
            err("%s: derived %r != %r" % (where, exp["value"], r["value"]))
        if exp.get("unit") != spec["unit"]:
            err("%s: unit" % where)
        if spec.get("decimals") is not None and exp.get("decimals") != spec["decimals"]:
            err("%s: decimals" % where)
        for v in r["env"].values():
            s = str(int(v)) if float(v).is_integer() else str(v)
            if s not in exp["formula"]:
                err("%s: formula lacks cell value %s" % (where, s))
    elif k == "narrative":
        sub = exp["substring"]
        if sub != spec["substring"] or report != spec["report"]:
            err("%s: narrative spec mismatch" % where)
        if not (6 <= len(sub) <= 30):
            err("%s: substring length %d" % (where, len(sub)))
        if not any(sub in line for line in text_lines(report)):
            err("%s: substring not on one line of %s: %s" % (where, report, sub))
    elif k == "unanswerable":
        if exp != {"status": "not_found", "reason": spec["reason"]} or spec["reason"] not in REASONS:
            err("%s: unanswerable expected %r" % (where, exp))
        if spec["reason"] in ("body_not_indexed", "year_not_indexed") and report is not None:
            err("%s: not-indexed item names a report" % where)
        if spec["reason"] in ("no_such_figure", "not_in_this_format") and report is not None:
            text_lines(report)
    elif k == "ambiguous":
        if exp != {"status": "ambiguous"}:
            err("%s: ambiguous expected" % where)


def main():
    raw = open(os.path.join(HERE, "set.jsonl"), encoding="utf-8").read()
    if "\\u" in raw:
        err("set.jsonl has \\u escapes (ensure_ascii must be False)")
    rows = [json.loads(l) for l in raw.splitlines() if l.strip()]
    if len(rows) != len(Q.ITEMS):
        err("row count %d != spec count %d" % (len(rows), len(Q.ITEMS)))
    ids = [r["id"] for r in rows]
    used = set()
    for r, spec in zip(rows, Q.ITEMS):
        where = r["id"]
        if not r["id"].startswith("b10-"):
            err("%s: bad prefix" % where)
        if r["kind"] != spec["kind"] or not r.get("class"):
            err("%s: kind/class" % where)
        if r["kind"] == "followup":
            if not 2 <= len(r["turns"]) <= 3 or len(r["turns"]) != len(spec["turns"]):
                err("%s: turn count" % where)
            for i, (t, ts) in enumerate(zip(r["turns"], spec["turns"])):
                exp = dict(t["expected"])
                rep, yr = exp.pop("report"), exp.pop("year")
                if t["question"] != ts["question"]:
                    err("%s turn %d: question" % (where, i))
                check_one(ts, exp, rep, yr, "%s/t%d" % (where, i + 1))
                if rep:
                    used.add(rep)
        else:
            if r["question"] != spec["question"]:
                err("%s: question text" % where)
            check_one(spec, r["expected"], r["report"], r["year"], where)
            if r["report"]:
                used.add(r["report"])
            if r["kind"] == "derived":
                used.update(x[0] for x in spec["refs"].values())
    # paraphrases
    prow = [json.loads(l) for l in open(os.path.join(HERE, "paraphrase.jsonl"), encoding="utf-8") if l.strip()]
    ids += [r["id"] for r in prow]
    groups = {}
    for r in prow:
        groups.setdefault(r["group"], []).append(r)
    if len(groups) < 16:
        err("only %d paraphrase groups" % len(groups))
    for gi, gspec in enumerate(Q.PARA):
        gid = "b10-p%02d" % (gi + 1)
        members = groups.get(gid, [])
        if len(members) != 5:
            err("%s: %d members" % (gid, len(members)))
            continue
        kind, base = gspec["base"]
        vals = set()
        for r, (q, cls) in zip(members, gspec["questions"]):
            if r["question"] != q or r["kind"] != kind:
                err("%s: paraphrase mismatch" % r["id"])
            spec = Q.C(q, cls, base) if kind == "cell" else dict(base, question=q)
            check_one(spec, r["expected"], r["report"], r["year"], r["id"])
            vals.add(r["expected"]["value"])
            used.add(r["report"])
        if len(vals) != 1:
            err("%s: paraphrases disagree %r" % (gid, vals))
        if len({q for q, _ in gspec["questions"]}) != 5:
            err("%s: duplicate paraphrase" % gid)
    if len(set(ids)) != len(ids):
        err("duplicate ids")
    # coverage
    corpus = {os.path.splitext(os.path.basename(p))[0] for p in glob.glob(os.path.join(CORPUS, "*"))
              if not p.endswith(("SOURCES.md", "template.json"))}
    missing = corpus - used
    if missing:
        err("reports never used: %s" % sorted(missing))
    # size and mix
    c = Counter(r["kind"] for r in rows)
    n = len(rows)
    if n < 200:
        err("only %d items" % n)
    share = {k: round(100.0 * v / n, 1) for k, v in c.items()}
    if share.get("ambiguous", 0) > 5:
        err("too many ambiguous")
    for k, target in (("cell", 40), ("derived", 15), ("narrative", 15), ("unanswerable", 15), ("followup", 10)):
        if abs(share.get(k, 0) - target) > 5:
            err("mix off for %s: %s%%" % (k, share.get(k, 0)))
    print("items:", n, dict(c), share)
    print("paraphrase groups:", len(groups), "lines:", len(prow))
    print("reports used: %d of %d" % (len(used & corpus), len(corpus)))
    if errors:
        print("\n".join("ERROR " + e for e in errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
