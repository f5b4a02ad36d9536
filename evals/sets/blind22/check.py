# -*- coding: utf-8 -*-
"""Independent checker for blind set b22.
- recomputes every cell / derived value from the gold JSON (not from build.py code),
  re-parsing the human formula stored in each item and re-reading every cell it names;
- cross-checks each item against its reference in questions.py;
- checks every narrative substring (6-30 chars) occurs verbatim inside ONE line of the report text
  (corpus .txt/.md as is; for the PDF the pdftotext -layout text in read/hongze-district_2023.txt, for the HTML
  the tag-stripped text in read/shuyang-fgj_2023.txt — the texts read beside the rendered pages);
- checks ids, kinds, reasons, paraphrase groups (5 each, same answer), coverage of every corpus report.
Exits 1 on any problem."""
import json, os, re, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = "/work/shared/corpus"
GOLD_DIRS = [os.path.join(HERE, "gold"), "/work/blind/gold"]
errors = []


def err(msg):
    errors.append(msg)


def load_gold(rep):
    for d in GOLD_DIRS:
        p = os.path.join(d, rep + ".json")
        if os.path.exists(p):
            return json.load(open(p, encoding="utf-8"))
    return None


GOLD = {}


def g(rep):
    if rep not in GOLD:
        GOLD[rep] = load_gold(rep)
    return GOLD[rep]


def gold_cell(rep, table, row, col):
    G = g(rep)
    if G is None:
        err("no gold for %s" % rep); return None
    try:
        v = G["cells"][table][row][col]
    except KeyError:
        err("missing cell %s %s.%s.%s" % (rep, table, row, col)); return None
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        err("cell %s %s.%s.%s is not a resolved number (%r)" % (rep, table, row, col, v)); return None
    return v


def report_lines(rep):
    for ext in (".txt", ".md"):
        p = os.path.join(CORPUS, rep + ext)
        if os.path.exists(p):
            return open(p, encoding="utf-8", errors="replace").read().split("\n")
    p = os.path.join(HERE, "read", rep + ".txt")
    if os.path.exists(p):
        return open(p, encoding="utf-8").read().split("\n")
    err("no text for %s" % rep)
    return []


F_RE = re.compile(r"([A-Za-z0-9_-]+)\[([A-Za-z0-9_]+)\.([A-Za-z0-9_]+)\.([A-Za-z0-9_.]+)\]=(-?[0-9.]+)")


def recompute_formula(formula):
    bad = []
    def sub(m):
        rep, t, r, c, printed = m.groups()
        v = gold_cell(rep, t, r, c)
        if v is None:
            bad.append(m.group(0)); return "0"
        if abs(float(printed) - v) > 1e-9:
            err("formula shows %s but gold has %r" % (m.group(0), v))
        return repr(v)
    py = F_RE.sub(sub, formula)
    if not F_RE.search(formula):
        err("formula without cells: " + formula)
    if re.search(r"[A-Za-z_]", py.replace("max", "").replace("min", "")):
        err("unparsed formula: " + py); return None
    return eval(py, {"__builtins__": {}}, {"max": max, "min": min})


REASONS = {"body_not_indexed", "year_not_indexed", "no_such_figure", "not_in_this_format"}


def check_expected(kind, rep, year, e, where):
    if kind == "cell":
        v = gold_cell(rep, e["table"], e["row"], e["column"])
        if v is not None and v != e["value"]:
            err("%s: cell value %r != gold %r" % (where, e["value"], v))
    elif kind == "derived":
        v = recompute_formula(e["formula"])
        if v is None:
            return
        d = e.get("decimals")
        want = round(v, d) if d is not None else v
        if abs(want - e["value"]) > (0.5 * 10 ** -(d) if d is not None else 1e-6):
            err("%s: derived %r != recomputed %r" % (where, e["value"], want))
        if not e.get("unit"):
            err("%s: derived without unit" % where)
    elif kind == "narrative":
        s = e["substring"]
        if not (6 <= len(s) <= 30):
            err("%s: substring length %d" % (where, len(s)))
        if not any(s in line for line in report_lines(rep)):
            err("%s: substring not on one line of %s: %s" % (where, rep, s))
    elif kind == "unanswerable":
        if e.get("status") != "not_found" or e.get("reason") not in REASONS:
            err("%s: bad unanswerable expected %r" % (where, e))
    elif kind == "ambiguous":
        if e.get("status") != "ambiguous":
            err("%s: bad ambiguous expected" % where)
    else:
        err("%s: unknown kind %s" % (where, kind))
    if kind in ("cell", "derived", "narrative"):
        G = g(rep) if rep else None
        if G is None:
            err("%s: answerable item without a report" % where)
        elif year != G["year"]:
            err("%s: year %r != report year %r" % (where, year, G["year"]))


def main():
    S = [json.loads(l) for l in open(os.path.join(HERE, "set.jsonl"), encoding="utf-8")]
    P = [json.loads(l) for l in open(os.path.join(HERE, "paraphrase.jsonl"), encoding="utf-8")]
    ids = Counter(r["id"] for r in S + P)
    for i, c in ids.items():
        if c > 1: err("duplicate id " + i)
        if not i.startswith("b22-"): err("bad id prefix " + i)
    used_reports = set()
    for r in S:
        if r["kind"] == "followup":
            if not (2 <= len(r["turns"]) <= 3): err(r["id"] + ": followup turn count")
            for k, t in enumerate(r["turns"]):
                e = t["expected"]
                check_expected(t["kind"], e.get("report"), e.get("year"), e, "%s/t%d" % (r["id"], k + 1))
                if e.get("report"): used_reports.add(e["report"])
        else:
            for f in ("id", "kind", "question", "report", "year", "expected", "class"):
                if f not in r: err("%s: missing %s" % (r.get("id"), f))
            check_expected(r["kind"], r["report"], r["year"], r["expected"], r["id"])
            if r["report"]: used_reports.add(r["report"])
            if r["kind"] in ("unanswerable", "ambiguous") and r["report"] is not None:
                err(r["id"] + ": unanswerable/ambiguous with a report")
    groups = defaultdict(list)
    for r in P:
        if r["kind"] not in ("cell", "derived"): err(r["id"] + ": paraphrase kind")
        check_expected(r["kind"], r["report"], r["year"], r["expected"], r["id"])
        groups[r["group"]].append(r)
        used_reports.add(r["report"])
    for gname, rs in groups.items():
        if len(rs) != 5: err("group %s has %d" % (gname, len(rs)))
        if len({json.dumps(x["expected"]["value"]) for x in rs}) != 1: err("group %s answers differ" % gname)
        if len({x["question"] for x in rs}) != 5: err("group %s repeats a question" % gname)
    if len(groups) < 16: err("only %d paraphrase groups" % len(groups))

    # cross-check against questions.py references
    sys.path.insert(0, HERE)
    import questions as Q
    flat = []
    for it in Q.ITEMS:
        flat.append(it)
    if len(flat) != len(S): err("questions.py has %d items, set.jsonl %d" % (len(flat), len(S)))
    for it, r in zip(flat, S):
        if it["kind"] != r["kind"]: err(r["id"] + ": kind mismatch with questions.py")
        pairs = list(zip(it["turns"], r["turns"])) if it["kind"] == "followup" else [(it, r)]
        for qi, ri in pairs:
            if qi["question"] != ri["question"]: err(r["id"] + ": question text mismatch")
            if qi["kind"] == "cell":
                rep, rest = qi["ref"].split(":", 1); t, row, col = rest.split(".", 2)
                e = ri["expected"]
                rrep = e.get("report", ri.get("report"))
                if (rep, t, row, col) != (rrep, e["table"], e["row"], e["column"]):
                    err(r["id"] + ": cell reference mismatch")

    corpus = {os.path.splitext(f)[0] for f in os.listdir(CORPUS) if f != "template.json" and f != "SOURCES.md"}
    missing = corpus - used_reports
    if missing: err("reports not covered: %s" % sorted(missing))

    kinds = Counter(r["kind"] for r in S)
    n = len(S)
    print("set.jsonl %d items: %s" % (n, dict(kinds)))
    print("shares: " + ", ".join("%s %.1f%%" % (k, 100.0 * v / n) for k, v in kinds.items()))
    print("paraphrase: %d items in %d groups; reports covered %d/%d" % (len(P), len(groups), len(corpus & used_reports), len(corpus)))
    if n < 200: err("fewer than 200 items")
    if kinds["ambiguous"] > 0.05 * n: err("too many ambiguous")
    if errors:
        print("FAIL (%d problems)" % len(errors))
        for e in errors: print("  -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
