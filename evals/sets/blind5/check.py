# -*- coding: utf-8 -*-
"""Independent checker for blind set 5.

Re-reads the gold cells itself (does not import build.py), recomputes every expected value from the references in
questions.py, compares with set.jsonl / paraphrase.jsonl, checks every narrative substring occurs verbatim on one line
of the report's text, checks the unanswerable and ambiguous items, the mix, and coverage. Exits 1 on any problem.

Report text used for narrative checks: the corpus file itself for .txt/.md; for the PDF and the HTML page the text
I read, stored in texts/: hongze-district_2023.read.txt (pdftotext output, each used line compared with the
110-dpi rendered pages) and shuyang-fgj_2023.read.txt (visible text of the saved page, one block per line, made by
texts/html2text.py, compared with the chromium screenshot).
"""
import glob
import json
import os
import sys
from collections import Counter
from fractions import Fraction

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = "/work/shared/corpus"
sys.path.insert(0, HERE)
import questions as Q  # noqa: E402

errors = []


def err(msg):
    errors.append(msg)


# ---- gold ------------------------------------------------------------------------------------
GOLD = {}
for d in ("/work/blind/gold", os.path.join(HERE, "gold")):
    for p in glob.glob(os.path.join(d, "*.json")):
        GOLD[os.path.basename(p)[:-5]] = json.load(open(p, encoding="utf-8"))

CORPUS_STEMS = {os.path.splitext(os.path.basename(p))[0]: p for p in glob.glob(os.path.join(CORPUS, "*"))
                if not p.endswith(("template.json", "SOURCES.md"))}
for stem in CORPUS_STEMS:
    if stem not in GOLD:
        err("no gold file for corpus report " + stem)


def g(ref):
    stem, t, r, c = ref
    try:
        v = GOLD[stem]["cells"][t][r][c]
    except KeyError:
        err("missing gold cell %r" % (ref,))
        return None
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        err("gold cell %r is not a determined number (%r)" % (ref, v))
        return None
    return Fraction(str(v))


def year(stem):
    return GOLD[stem]["year"]


def same(x, y):
    return Fraction(str(x)) == Fraction(str(y))


def recompute(spec):
    a = [g(r) for r in spec["a"]]
    b = [g(r) for r in spec.get("b", [])]
    if None in a or None in b:
        return None
    op = spec["op"]
    dec = spec.get("dec")
    if op == "sum":
        return sum(a)
    if op == "diff":
        return sum(a) - sum(b)
    if op in ("share", "pct_change"):
        n = sum(a) if op == "share" else sum(a) - sum(b)
        x = n * 100 / sum(b)
        if dec is None:
            if x.denominator not in (1, 2, 4, 5, 8, 10, 20, 25, 40, 50, 100, 1000, 10000):
                err("share without rounding asked is not exact: %r" % spec["q"])
            return x
        # round half up on an exact fraction
        q = Fraction(10) ** dec
        return Fraction(int(x * q + Fraction(1, 2)), 1) / q
    if op == "rank":
        k = spec.get("rank_k", 1)
        s = sorted(a, reverse=True)
        if s.count(s[k - 1]) != 1:
            err("tie at rank %d in %r" % (k, spec["q"]))
        return s[k - 1]
    err("unknown op " + op)
    return None


# ---- texts -------------------------------------------------------------------------------------
def text_lines(stem):
    p = CORPUS_STEMS[stem]
    if p.endswith((".pdf", ".html")):
        p = os.path.join(HERE, "texts", stem + ".read.txt")
    return open(p, encoding="utf-8").read().split("\n")


def full_text(stem):
    return "\n".join(text_lines(stem))


INDEXED_ISSUERS = {GOLD[s]["issuer"] for s in GOLD} | {
    "沭阳县人民政府", "沐阳县人民政府", "上海市虹口区人民政府", "洪泽区人民政府", "淮安市洪泽区人民政府",
    "淮安市人民政府", "上海市人民政府办公厅", "上海市科学技术委员会", "沭阳县发展和改革局", "平潭综合实验区",
    "平潭综合实验区管委会", "平潭县人民政府"}


# ---- per-kind checks ---------------------------------------------------------------------------
def check_cell(exp, ref, where):
    stem, t, r, c = ref
    v = g(ref)
    if v is None:
        return
    if (exp.get("table"), exp.get("row"), exp.get("column")) != (t, r, c):
        err("%s: cell address mismatch %r vs %r" % (where, exp, ref))
    if not same(exp["value"], v):
        err("%s: value %r != gold %r" % (where, exp["value"], v))


def check_derived(exp, spec, where):
    v = recompute(spec)
    if v is None:
        return
    if not same(exp["value"], v):
        err("%s: derived %r != recomputed %r" % (where, exp["value"], float(v)))
    if spec.get("dec") is not None and exp.get("decimals") != spec["dec"]:
        err("%s: decimals field" % where)
    if spec.get("dec") is None and "decimals" in exp:
        err("%s: decimals given but no rounding asked" % where)
    if exp.get("unit") != spec.get("unit", "件"):
        err("%s: unit" % where)
    if not exp.get("formula"):
        err("%s: no formula" % where)


def check_unans(exp, spec, where):
    if exp != {"status": "not_found", "reason": spec["reason"]} and \
            {k: exp[k] for k in ("status", "reason")} != {"status": "not_found", "reason": spec["reason"]}:
        err("%s: unanswerable expected %r" % (where, exp))
    chk = spec["chk"]
    r = spec["reason"]
    if r == "body_not_indexed":
        if chk["body"] in INDEXED_ISSUERS:
            err("%s: body %s is indexed" % (where, chk["body"]))
    elif r == "year_not_indexed":
        hit = [s for s in CORPUS_STEMS if s == "%s_%d" % (chk["body_stem"], chk["year"])]
        if hit:
            err("%s: year is indexed: %r" % (where, hit))
        if not any(s.startswith(chk["body_stem"] + "_") for s in CORPUS_STEMS):
            err("%s: body %s has no report at all (should be body_not_indexed)" % (where, chk["body_stem"]))
    elif r == "no_such_figure":
        txt = full_text(chk["report"])
        for kw in chk["absent"]:
            if kw in txt:
                err("%s: keyword %r occurs in %s" % (where, kw, chk["report"]))
    elif r == "not_in_this_format":
        key = chk["absent_key"]
        node = GOLD[chk["report"]]["cells"]
        present = True
        for part in key:
            if isinstance(node, dict) and part in node:
                node = node[part]
            else:
                present = False
                break
        if present:
            err("%s: %r exists in %s" % (where, key, chk["report"]))
    else:
        err("%s: bad reason %r" % (where, r))


def check_line(line, spec, where):
    k = spec["k"]
    if line.get("kind") != k:
        err("%s: kind %r != %r" % (where, line.get("kind"), k))
    if line.get("question") != spec["q"]:
        err("%s: question text differs" % where)
    exp = line.get("expected")
    if k == "cell":
        check_cell(exp, spec["ref"], where)
        if line["report"] != spec["ref"][0] or line["year"] != year(spec["ref"][0]):
            err("%s: report/year" % where)
    elif k == "derived":
        check_derived(exp, spec, where)
        if line["report"] != spec["a"][0][0] or line["year"] != year(spec["a"][0][0]):
            err("%s: report/year" % where)
    elif k == "narrative":
        sub = exp["substring"]
        if not (6 <= len(sub) <= 30):
            err("%s: substring length %d" % (where, len(sub)))
        if not any(sub in ln for ln in text_lines(spec["report"])):
            err("%s: substring %r not on one line of %s" % (where, sub, spec["report"]))
        if line["report"] != spec["report"]:
            err("%s: report" % where)
    elif k == "unanswerable":
        check_unans(exp, spec, where)
        if line["report"] is not None:
            err("%s: unanswerable with report" % where)
    elif k == "ambiguous":
        if exp != {"status": "ambiguous"}:
            err("%s: ambiguous expected" % where)
        vals = [g(r) for r in spec["cands"]]
        bodies = {r[0] for r in spec["cands"]}
        if len(bodies) < 2:
            err("%s: ambiguous with one report" % where)
        if len(set(vals)) < 2:
            err("%s: ambiguous candidates give the same value %r" % (where, vals))
    if k in ("cell", "derived"):
        v = str(exp["value"])
        if len(v.replace(".", "")) >= 3 and v in line["question"]:
            err("%s: the expected value %s is written in the question" % (where, v))
    for fld in ("id", "kind", "class"):
        if not line.get(fld):
            err("%s: missing %s" % (where, fld))


def main():
    set_lines = [json.loads(l) for l in open(os.path.join(HERE, "set.jsonl"), encoding="utf-8")]
    para_lines = [json.loads(l) for l in open(os.path.join(HERE, "paraphrase.jsonl"), encoding="utf-8")]
    by_id = {l["id"]: l for l in set_lines}
    if len(by_id) != len(set_lines):
        err("duplicate ids in set.jsonl")
    expected_ids = []
    for prefix, lst in (("c", Q.CELLS), ("d", Q.DERIVED), ("n", Q.NARRATIVE), ("u", Q.UNANSWERABLE),
                        ("a", Q.AMBIGUOUS)):
        for i, spec in enumerate(lst, 1):
            iid = "s5-%s%03d" % (prefix, i)
            expected_ids.append(iid)
            if iid not in by_id:
                err("missing " + iid)
                continue
            check_line(by_id[iid], spec, iid)
    for i, f in enumerate(Q.FOLLOWUPS, 1):
        iid = "s5-f%03d" % i
        expected_ids.append(iid)
        line = by_id.get(iid)
        if not line:
            err("missing " + iid)
            continue
        if line["kind"] != "followup" or not (2 <= len(line["turns"]) <= 3) or len(line["turns"]) != len(f["turns"]):
            err("%s: followup shape" % iid)
            continue
        for j, (t, lt) in enumerate(zip(f["turns"], line["turns"]), 1):
            w = "%s/t%d" % (iid, j)
            if lt["question"] != t["q"]:
                err(w + ": question differs")
            e = lt["expected"]
            if t["k"] == "cell":
                check_cell(e, t["ref"], w)
                if e.get("report") != t["ref"][0] or e.get("year") != year(t["ref"][0]):
                    err(w + ": report/year")
            elif t["k"] == "derived":
                check_derived(e, t, w)
                if e.get("report") != t["a"][0][0]:
                    err(w + ": report")
            else:
                t2 = dict(t)
                check_unans(e, t2, w)
                if e.get("report") is not None:
                    err(w + ": report should be null")
    if sorted(expected_ids) != sorted(by_id):
        err("set.jsonl ids differ from questions.py")
    # paraphrases
    pid = {l["id"]: l for l in para_lines}
    groups = Counter(l["group"] for l in para_lines)
    if len(groups) != 20 or set(groups.values()) != {5}:
        err("paraphrase groups: %r" % groups)
    for gi, grp in enumerate(Q.PARAPHRASE, 1):
        gname = "s5-p%02d" % gi
        vals = set()
        for vi, (q, cls) in enumerate(grp["variants"], 1):
            iid = "%s-%d" % (gname, vi)
            line = pid.get(iid)
            if not line:
                err("missing " + iid)
                continue
            spec = dict(grp["base"])
            spec.update(q=q, cls=cls)
            if line.get("group") != gname:
                err(iid + ": group")
            if spec["k"] not in ("cell", "derived"):
                err(iid + ": paraphrase kind")
            check_line(line, spec, iid)
            vals.add(json.dumps(line["expected"], sort_keys=True, ensure_ascii=False))
        if len(vals) != 1:
            err("%s: paraphrases do not share one expected answer" % gname)
    # mix
    n = len(set_lines)
    mix = Counter(l["kind"] for l in set_lines)
    if n < 250:
        err("fewer than 250 items")
    share = {k: mix[k] * 100.0 / n for k in mix}
    if share.get("ambiguous", 0) > 5.0:
        err("ambiguous over 5%")
    for k, (lo, hi) in {"cell": (35, 46), "derived": (12, 18), "narrative": (12, 18), "unanswerable": (12, 18),
                        "followup": (8, 12)}.items():
        if not (lo <= share.get(k, 0) <= hi):
            err("mix %s = %.1f%% outside %s-%s" % (k, share.get(k, 0), lo, hi))
    # coverage: every corpus report is the report of at least one item or turn
    covered = set()
    for l in set_lines + para_lines:
        if l.get("report"):
            covered.add(l["report"])
        for t in l.get("turns", []):
            if t["expected"].get("report"):
                covered.add(t["expected"]["report"])
    missing = set(CORPUS_STEMS) - covered
    if missing:
        err("reports without questions: %r" % sorted(missing))
    print("items: %d  %s" % (n, {k: "%d (%.1f%%)" % (mix[k], share[k]) for k in mix}))
    print("paraphrase: %d lines in %d groups" % (len(para_lines), len(groups)))
    print("reports covered: %d / %d" % (len(covered & set(CORPUS_STEMS)), len(CORPUS_STEMS)))
    if errors:
        print("\nFAIL (%d):" % len(errors))
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
