# -*- coding: utf-8 -*-
"""Independent checker for blind set 11.
Recomputes every expected value of set.jsonl / paraphrase.jsonl from the gold cells (its own code, reading the
references in questions.py), checks every narrative substring occurs verbatim within ONE line of the report text,
and checks structure (ids, kinds, reasons, paraphrase groups of 5, corpus coverage). Exits 1 on any problem.

Report text used for narrative checks: the corpus file itself for .txt/.md; for the PDF the pdftotext -layout
output of the rendered report (texts/hongze-district_2023.read.txt, read against the 110-dpi page images);
for the HTML page the text of its <ucapcontent> body, one block element per line
(texts/shuyang-fgj_2023.read.txt, read against the chromium screenshot).
"""
import glob
import json
import math
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = "/work/shared/corpus"
sys.path.insert(0, HERE)
import questions as Q  # noqa: E402

errors = []


def err(msg):
    errors.append(msg)


G = {}


def g(rep):
    if rep not in G:
        for d in (os.path.join(HERE, "gold"), "/work/blind/gold"):
            p = os.path.join(d, rep + ".json")
            if os.path.isfile(p):
                with open(p, encoding="utf-8") as fh:
                    G[rep] = json.load(fh)
                break
        else:
            err("missing gold " + rep)
            G[rep] = None
    return G[rep]


def value(ref, default_rep):
    rep = default_rep
    if ":" in ref:
        rep, ref = ref.split(":", 1)
    t, r, c = ref.split(".", 2)
    gg = g(rep)
    v = gg["cells"][t][r][c]
    if v is None or isinstance(v, (str, dict, bool)):
        err("not a usable cell %s %s -> %r" % (rep, ref, v))
        return 0
    return v


def compute(it):
    k = it["kind"]
    if k == "cell":
        t, r, c = it["ref"].split(".", 2)
        return {"table": t, "row": r, "column": c, "value": value(it["ref"], it["report"])}
    if k == "derived":
        op = it["op"]
        if op == "sum":
            v = 0
            for ref in it["refs"]:
                v = v - value(ref[1:], it["report"]) if ref[0] == "-" else v + value(ref, it["report"])
        elif op == "pct":
            a = math.fsum(value(x, it["report"]) for x in it["refs"][0])
            b = math.fsum(value(x, it["report"]) for x in it["refs"][1])
            v = round(a * 100 / b, it.get("decimals", 2))
        elif op == "argmax":
            v = sorted(it["refs"].items(), key=lambda kv: -value(kv[1], None))[0][0]
        elif op == "argmin":
            v = sorted(it["refs"].items(), key=lambda kv: value(kv[1], None))[0][0]
        else:
            err("unknown op " + op)
            v = None
        return {"value": v, "unit": it["unit"]}
    if k == "narrative":
        return {"substring": it["substring"]}
    if k == "unanswerable":
        return {"status": "not_found", "reason": it["reason"]}
    if k == "ambiguous":
        return {"status": "ambiguous"}
    err("bad kind " + k)


def same_num(a, b):
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) < 1e-9
    return a == b


def cmp_expected(iid, mine, theirs):
    for key, mv in mine.items():
        if key not in theirs:
            err("%s: expected lacks %s" % (iid, key))
        elif not same_num(mv, theirs[key]):
            err("%s: %s mismatch: mine %r vs set %r" % (iid, key, mv, theirs[key]))


_lines = {}


def report_lines(rep):
    if rep in _lines:
        return _lines[rep]
    cand = [p for p in glob.glob(os.path.join(CORPUS, rep + ".*"))]
    if not cand:
        err("no corpus file for " + rep)
        _lines[rep] = []
        return []
    p = cand[0]
    if p.endswith(".pdf") or p.endswith(".html"):
        p = os.path.join(HERE, "texts", rep + ".read.txt")
    with open(p, encoding="utf-8", errors="replace") as fh:
        _lines[rep] = fh.read().split("\n")
    return _lines[rep]


REASONS = {"body_not_indexed", "year_not_indexed", "no_such_figure", "not_in_this_format"}


def check_item(it, o, where):
    iid = o.get("id", where)
    if o["kind"] != it["kind"]:
        err("%s kind mismatch" % iid)
    if o.get("question") != it["question"]:
        err("%s question mismatch" % iid)
    if o.get("report") != it["report"]:
        err("%s report mismatch" % iid)
    mine = compute(it)
    cmp_expected(iid, mine, o["expected"])
    if it["kind"] == "narrative":
        s = it["substring"]
        if not 6 <= len(s) <= 30:
            err("%s substring length %d" % (iid, len(s)))
        if not any(s in ln for ln in report_lines(it["report"])):
            err("%s substring not on one line of %s: %s" % (iid, it["report"], s))
    if it["kind"] == "unanswerable" and it["reason"] not in REASONS:
        err("%s bad reason" % iid)
    if it["report"]:
        gy = g(it["report"])["year"]
        y = o.get("year", o["expected"].get("year"))
        if it["kind"] not in ("unanswerable", "ambiguous") and y != gy:
            err("%s year %r != gold year %r" % (iid, y, gy))


def main():
    with open(os.path.join(HERE, "set.jsonl"), encoding="utf-8") as fh:
        rows = [json.loads(l) for l in fh if l.strip()]
    with open(os.path.join(HERE, "paraphrase.jsonl"), encoding="utf-8") as fh:
        prs = [json.loads(l) for l in fh if l.strip()]
    ids = [o["id"] for o in rows + prs]
    if len(ids) != len(set(ids)):
        err("duplicate ids")
    if any(not i.startswith("b11-") for i in ids):
        err("id prefix")
    if len(rows) < 200:
        err("fewer than 200 items")
    singles = [o for o in rows if o["kind"] != "followup"]
    fus = [o for o in rows if o["kind"] == "followup"]
    if len(singles) != len(Q.ITEMS) or len(fus) != len(Q.FOLLOWUPS):
        err("item count mismatch with questions.py")
    for it, o in zip(Q.ITEMS, singles):
        check_item(it, o, "single")
    covered = set()
    for fu, o in zip(Q.FOLLOWUPS, fus):
        if len(o["turns"]) not in (2, 3) or len(o["turns"]) != len(fu["turns"]):
            err("%s turns" % o["id"])
        for t, ot in zip(fu["turns"], o["turns"]):
            oo = {"id": o["id"], "kind": t["kind"], "question": ot["question"], "report": ot["expected"]["report"],
                  "expected": ot["expected"], "year": ot["expected"]["year"]}
            check_item(t, oo, o["id"])
            if t["report"]:
                covered.add(t["report"])
    for o in singles:
        if o["report"]:
            covered.add(o["report"])
        if o["kind"] == "derived" and o["report"] is None:
            for ref in Q.ITEMS[singles.index(o)]["refs"].values():
                covered.add(ref.split(":")[0])
    # paraphrases
    flat = [(gname, it) for gname, vs in Q.PARAPHRASES for it in vs]
    if len(flat) != len(prs):
        err("paraphrase count mismatch")
    groups = {}
    for (gname, it), o in zip(flat, prs):
        check_item(it, o, "para")
        groups.setdefault(o["group"], []).append(o)
        if o["group"] != "b11-" + gname:
            err("%s group name" % o["id"])
        if it["kind"] not in ("cell", "derived"):
            err("%s paraphrase kind" % o["id"])
    if len(groups) < 16:
        err("fewer than 16 paraphrase groups")
    for gname, os_ in groups.items():
        if len(os_) != 5:
            err("group %s has %d" % (gname, len(os_)))
        vals = {json.dumps(x["expected"].get("value")) for x in os_}
        if len(vals) != 1:
            err("group %s values differ" % gname)
    stems = {os.path.splitext(os.path.basename(p))[0] for p in glob.glob(CORPUS + "/*")
             if not p.endswith("template.json") and not p.endswith("SOURCES.md")}
    missing = stems - covered
    if missing:
        err("reports not covered: %s" % sorted(missing))
    kinds = {}
    for o in rows:
        kinds[o["kind"]] = kinds.get(o["kind"], 0) + 1
    if kinds.get("ambiguous", 0) > 0.05 * len(rows):
        err("too many ambiguous")
    print("items", len(rows), kinds, "paraphrase", len(prs), "groups", len(groups), "reports covered", len(covered))
    if errors:
        for e in errors:
            print("ERROR", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
