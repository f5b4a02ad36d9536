# -*- coding: utf-8 -*-
"""Independent checker for blind set b20.

- every cell item: the value in set.jsonl equals the gold cell named by its table/row/column;
- every derived item: recomputed here from the references in questions.py (own evaluator, not build.py);
- every narrative substring: 6-30 characters and verbatim on ONE line of the report's text
  (for the PDF and HTML reports, the text read from them: texts/hongze-district_2023.read.txt =
  `pdftotext -layout`, checked against the pdftoppm pages; texts/shuyang-fgj_2023.read.txt = tags stripped,
  one block per line, checked against the chromium screenshot);
- ids unique with prefix b20-, kinds valid, paraphrase groups of exactly 5 sharing one expected value,
  every corpus report covered.
Exits non-zero on any mismatch.
"""
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import questions as Q  # noqa: E402

CORPUS = "/work/shared/corpus"
GOLD = ["/work/blind/gold", os.path.join(HERE, "gold")]
errors = []


def err(*a):
    errors.append(" ".join(str(x) for x in a))


def g(rep):
    for d in GOLD:
        p = os.path.join(d, rep + ".json")
        if os.path.exists(p):
            return json.load(open(p, encoding="utf-8"))
    err("no gold", rep)
    return None


def val(ref):
    rep, tb, row, col = ref
    v = g(rep)["cells"][tb][row][col]
    if not isinstance(v, (int, float)) or isinstance(v, bool):
        err("asked a non-numeric cell", ref, v)
        return 0
    return v


def compute(spec, dec):
    op = spec["op"]
    if op == "sum":
        x = sum(val(r) for r in spec["refs"])
    elif op == "diff":
        x = val(spec["a"]) - val(spec["b"])
    elif op == "pct":
        x = 100.0 * sum(val(r) for r in spec["num"]) / sum(val(r) for r in spec["den"])
    elif op == "max":
        x = max(val(r) for r in spec["refs"])
    else:
        err("op", op)
        return None
    if dec is not None:
        x = round(x, dec)
    return x


def same(a, b):
    return a is not None and b is not None and abs(float(a) - float(b)) < 1e-6


def text_lines(rep):
    special = os.path.join(HERE, "texts", rep + ".read.txt")
    if os.path.exists(special):
        p = special
    else:
        c = [p for p in glob.glob(os.path.join(CORPUS, rep + ".*")) if not p.endswith(".json")]
        if len(c) != 1:
            err("report file?", rep, c)
            return []
        p = c[0]
    return open(p, encoding="utf-8", errors="replace").read().split("\n")


def check_one(q, rec_exp, kind):
    """q: the questions.py spec; rec_exp: expected dict in the jsonl."""
    if kind == "cell":
        rep, tb, row, col = q["ref"]
        if (rec_exp.get("table"), rec_exp.get("row"), rec_exp.get("column")) != (tb, row, col):
            err("cell key mismatch", q["question"])
        if not same(rec_exp.get("value"), val(q["ref"])):
            err("cell value", q["question"], rec_exp.get("value"), val(q["ref"]))
    elif kind == "derived":
        x = compute(q["spec"], q.get("decimals"))
        if not same(rec_exp.get("value"), x):
            err("derived value", q["question"], rec_exp.get("value"), x)
        if not rec_exp.get("formula") or not rec_exp.get("unit"):
            err("derived lacks formula/unit", q["question"])
        if q.get("decimals") is not None and rec_exp.get("decimals") != q["decimals"]:
            err("decimals", q["question"])
    elif kind == "narrative":
        s = rec_exp.get("substring", "")
        if s != q["substring"]:
            err("substring differs", q["question"])
        if not (6 <= len(s) <= 30):
            err("substring length", len(s), s)
        if not any(s in line for line in text_lines(q["report"])):
            err("substring not on one line of", q["report"], s)
    elif kind == "unanswerable":
        if rec_exp.get("status") != "not_found" or rec_exp.get("reason") not in (
                "body_not_indexed", "year_not_indexed", "no_such_figure", "not_in_this_format"):
            err("unanswerable expected", q["question"])
        if rec_exp.get("reason") != q["reason"]:
            err("reason differs", q["question"])
    elif kind == "ambiguous":
        if rec_exp.get("status") != "ambiguous":
            err("ambiguous expected", q["question"])


def main():
    recs = [json.loads(l) for l in open(os.path.join(HERE, "set.jsonl"), encoding="utf-8")]
    para = [json.loads(l) for l in open(os.path.join(HERE, "paraphrase.jsonl"), encoding="utf-8")]
    if len(recs) != len(Q.ITEMS):
        err("item count", len(recs), len(Q.ITEMS))
    ids = [r["id"] for r in recs] + [r["id"] for r in para]
    if len(ids) != len(set(ids)):
        err("duplicate ids")
    if not all(i.startswith("b20-") for i in ids):
        err("id prefix")
    covered = set()
    for r, q in zip(recs, Q.ITEMS):
        if r["kind"] != q["kind"] or not r.get("class"):
            err("kind/class", r["id"])
        if r["kind"] == "followup":
            if not (2 <= len(r["turns"]) <= 3) or len(r["turns"]) != len(q["turns"]):
                err("turns", r["id"])
            for t, qt in zip(r["turns"], q["turns"]):
                if t["question"] != qt["question"] or t["expected"].get("kind") != qt["kind"]:
                    err("turn mismatch", r["id"])
                if "report" not in t["expected"] or "year" not in t["expected"]:
                    err("turn lacks report/year", r["id"])
                check_one(qt, t["expected"], qt["kind"])
                if t["expected"].get("report"):
                    covered.add(t["expected"]["report"])
            continue
        if r["question"] != q["question"]:
            err("question mismatch", r["id"])
        check_one(q, r["expected"], r["kind"])
        if r["kind"] == "cell":
            covered.add(q["ref"][0])
            if r["report"] != q["ref"][0] or r["year"] != g(q["ref"][0])["year"]:
                err("report/year", r["id"])
        elif r["kind"] == "derived":
            for k in ("refs", "num", "den"):
                covered.update(x[0] for x in q["spec"].get(k, []))
            for k in ("a", "b"):
                if k in q["spec"]:
                    covered.add(q["spec"][k][0])
        elif r["kind"] == "narrative":
            covered.add(q["report"])
        elif r["kind"] in ("unanswerable", "ambiguous") and r["report"]:
            covered.add(r["report"])
    # paraphrases
    groups = {}
    for p in para:
        groups.setdefault(p["group"], []).append(p)
        if p["kind"] not in ("cell", "derived"):
            err("paraphrase kind", p["id"])
    qgroups = {gid: (ref, vs) for gid, ref, vs in Q.PARA}
    if len(groups) < 16:
        err("fewer than 16 paraphrase groups")
    for gid, ps in groups.items():
        if len(ps) != 5:
            err("group size", gid, len(ps))
        ref, vs = qgroups[gid]
        if isinstance(ref, dict):
            x = compute(ref, None)
        else:
            x = val(ref)
            covered.add(ref[0])
        for p in ps:
            if not same(p["expected"]["value"], x):
                err("paraphrase value", p["id"], p["expected"]["value"], x)
        if len(set(p["question"] for p in ps)) != 5:
            err("duplicate paraphrase wording", gid)
    reports = sorted(os.path.splitext(os.path.basename(p))[0] for p in glob.glob(os.path.join(CORPUS, "*"))
                     if not p.endswith((".json",)) and not os.path.basename(p).startswith("SOURCES"))
    missing = [x for x in reports if x not in covered]
    if missing:
        err("reports not covered:", missing)
    from collections import Counter
    c = Counter(r["kind"] for r in recs)
    print("items", len(recs), dict(c), "| paraphrase", len(para), "in", len(groups), "groups |",
          "reports covered", len(set(covered) & set(reports)), "/", len(reports))
    if len(recs) < 200:
        err("fewer than 200 items")
    if errors:
        print("FAIL")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
