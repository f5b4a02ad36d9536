# -*- coding: utf-8 -*-
"""Independent checker for blind set b7.  Exit status 0 = every check passed.

It does NOT import build.py.  It reads the references in questions.py, the gold cells, the corpus texts and the
two built files, recomputes every expected value with its own arithmetic (fractions, own half-up rounding, own
ranking) and compares.  Narrative substrings are checked to occur verbatim on one line of the report's text:
  .txt / .md reports  -> the corpus file itself;
  hongze-district_2023.pdf -> texts/hongze-district_2023.read.txt (pdftotext, no -layout; regenerated and compared
                              when pdftotext is installed);
  shuyang-fgj_2023.html    -> texts/shuyang-fgj_2023.read.txt (html_to_text.py; regenerated and compared).
"""
import glob
import json
import os
import re
import subprocess
import sys
from collections import Counter, defaultdict
from fractions import Fraction

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import questions as Q  # noqa: E402

CORPUS = "/work/shared/corpus"
GOLD_DIRS = [os.path.join(HERE, "gold"), "/work/blind/gold"]
PREFIX = "b7-"
REASONS = {"body_not_indexed", "year_not_indexed", "no_such_figure", "not_in_this_format"}

errors = []


def err(msg):
    errors.append(msg)


# ------------------------------------------------------------------ corpus / gold
CORPUS_FILES = {}
for p in glob.glob(os.path.join(CORPUS, "*")):
    b = os.path.basename(p)
    stem, ext = os.path.splitext(b)
    if ext in (".txt", ".md", ".pdf", ".html") and stem != "SOURCES":
        CORPUS_FILES[stem] = p

GOLD = {}


def g(stem):
    if stem not in GOLD:
        for d in GOLD_DIRS:
            p = os.path.join(d, stem + ".json")
            if os.path.exists(p):
                with open(p, encoding="utf-8") as f:
                    GOLD[stem] = json.load(f)
                break
        else:
            err("no gold for " + stem)
            GOLD[stem] = None
    return GOLD[stem]


def value_at(ref):
    parts = ref.split(":")
    if len(parts) != 4:
        err("bad ref " + ref)
        return None
    stem, t, r, c = parts
    gd = g(stem)
    if gd is None:
        return None
    v = gd.get("cells", {}).get(t, {}).get(r, {}).get(c, "MISSING")
    if v == "MISSING":
        err("ref not in gold: " + ref)
        return None
    if v is None or isinstance(v, (dict, str, bool)):
        err("ref asks a blank/unresolved/mark cell: %s = %r" % (ref, v))
        return None
    return Fraction(str(v))


def half_up(x, d):
    """round Fraction x half away from zero to d decimals, return Fraction"""
    scale = Fraction(10) ** d
    y = x * scale
    sign = -1 if y < 0 else 1
    y = abs(y)
    n = int(y)
    if y - n >= Fraction(1, 2):
        n += 1
    return Fraction(sign * n) / scale


def to_json_number(fr):
    if fr.denominator == 1:
        return int(fr)
    return float(fr)


def same(a, b):
    if isinstance(a, bool) or isinstance(b, bool):
        return False
    if not isinstance(a, (int, float)) or not isinstance(b, (int, float)):
        return a == b
    return abs(Fraction(str(a)) - Fraction(str(b))) == 0


def spec_refs(spec):
    if spec["op"] == "sum":
        return spec["terms"]
    if spec["op"] == "sub":
        return spec["a"] + spec["b"]
    if spec["op"] == "pct":
        return spec["num"] + spec["den"]
    if spec["op"] == "rank":
        return [r for v in spec["items"].values() for r in v]
    err("unknown op " + spec["op"])
    return []


def compute(spec):
    """returns (value Fraction, answer label or None, decimals or None)"""
    op = spec["op"]
    tot = lambda refs: sum((value_at(r) or Fraction(0)) for r in refs)
    if op == "sum":
        return tot(spec["terms"]), None, None
    if op == "sub":
        return tot(spec["a"]) - tot(spec["b"]), None, None
    if op == "pct":
        den = tot(spec["den"])
        if den == 0:
            err("pct with zero denominator")
            return Fraction(0), None, spec["decimals"]
        return half_up(tot(spec["num"]) * 100 / den, spec["decimals"]), None, spec["decimals"]
    if op == "rank":
        k = spec["k"]
        vals = [(lab, tot(refs)) for lab, refs in spec["items"].items()]
        distinct = sorted({v for _, v in vals}, reverse=True)
        # k-th largest item must be unique and not share its value with a neighbour
        ordered = sorted(vals, key=lambda x: x[1], reverse=True)
        target = ordered[k - 1]
        if sum(1 for _, v in vals if v == target[1]) != 1:
            err("rank tie for %r" % (spec,))
        return target[1], target[0], None
    err("bad op")
    return Fraction(0), None, None


def report_of_spec(spec):
    stems = {r.split(":")[0] for r in spec_refs(spec)}
    return max(stems, key=lambda s: (g(s)["year"] if g(s) else 0, s)), stems


def year_of(stem):
    return g(stem)["year"] if stem else None


# ------------------------------------------------------------------ texts for narratives
def read_lines(stem):
    src = CORPUS_FILES.get(stem)
    if src is None:
        err("narrative report not in corpus: %s" % stem)
        return []
    if src.endswith(".pdf") or src.endswith(".html"):
        p = os.path.join(HERE, "texts", stem + ".read.txt")
        if not os.path.exists(p):
            err("missing read text " + p)
            return []
        with open(p, encoding="utf-8") as f:
            return f.read().split("\n")
    with open(src, encoding="utf-8") as f:
        return f.read().split("\n")


def verify_read_texts():
    pdf = os.path.join(CORPUS, "hongze-district_2023.pdf")
    stored = os.path.join(HERE, "texts", "hongze-district_2023.read.txt")
    try:
        fresh = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, check=True).stdout.decode("utf-8")
        if fresh != open(stored, encoding="utf-8").read():
            err("texts/hongze-district_2023.read.txt differs from a fresh pdftotext run")
    except (OSError, subprocess.CalledProcessError):
        print("note: pdftotext not available, stored PDF text not re-verified")
    sys.path.insert(0, HERE)
    import html_to_text
    fresh = html_to_text.convert(os.path.join(CORPUS, "shuyang-fgj_2023.html")) + "\n"
    if fresh != open(os.path.join(HERE, "texts", "shuyang-fgj_2023.read.txt"), encoding="utf-8").read():
        err("texts/shuyang-fgj_2023.read.txt differs from html_to_text.py output")


# ------------------------------------------------------------------ recompute expected from the references
def expect_cell(ref):
    stem, t, r, c = ref.split(":")
    v = value_at(ref)
    return {"table": t, "row": r, "column": c, "value": to_json_number(v) if v is not None else None}, stem


def check_derived_expected(spec, unit, exp, where):
    v, ans, dec = compute(spec)
    if not same(exp.get("value"), to_json_number(v)):
        err("%s: derived value %r != recomputed %r" % (where, exp.get("value"), to_json_number(v)))
    if exp.get("unit") != unit:
        err("%s: unit %r != %r" % (where, exp.get("unit"), unit))
    if dec is not None and exp.get("decimals") != dec:
        err("%s: decimals %r != %r" % (where, exp.get("decimals"), dec))
    if ans is not None and exp.get("answer") != ans:
        err("%s: rank answer %r != %r" % (where, exp.get("answer"), ans))
    if not exp.get("formula"):
        err("%s: no formula" % where)
    # every cell value named in the formula must appear in it
    for r in spec_refs(spec):
        vv = value_at(r)
        if vv is not None and str(to_json_number(vv)) not in exp.get("formula", ""):
            err("%s: formula lacks the value of %s" % (where, r))


def check_unanswerable(src, exp, report, year, where):
    if exp != {"status": "not_found", "reason": src["reason"]}:
        err("%s: expected %r" % (where, exp))
    if src["reason"] not in REASONS:
        err("%s: bad reason" % where)
    reason = src["reason"]
    body, ay = src.get("body"), src.get("asked_year")
    if reason == "year_not_indexed":
        if not body or not ay:
            err("%s: year_not_indexed needs body/year" % where)
        elif ("%s_%d" % (body, ay)) in CORPUS_FILES:
            err("%s: %s_%d IS in the corpus" % (where, body, ay))
        elif not any(s.startswith(body + "_") for s in CORPUS_FILES):
            err("%s: body %s has no report at all (should be body_not_indexed)" % (where, body))
        if report is not None:
            err("%s: report should be null" % where)
    elif reason in ("no_such_figure", "not_in_this_format"):
        stem = "%s_%d" % (body, ay)
        if stem not in CORPUS_FILES:
            err("%s: %s not in corpus" % (where, stem))
        if report != stem or year != ay:
            err("%s: report/year %r/%r != %s" % (where, report, year, stem))
        if reason == "not_in_this_format":
            fmt = src.get("format_asked")
            if not fmt or (g(stem) and g(stem)["format"] == fmt):
                err("%s: format_asked %r vs report format" % (where, fmt))
    elif reason == "body_not_indexed":
        if report is not None:
            err("%s: report should be null" % where)


def main():
    verify_read_texts()
    with open(os.path.join(HERE, "set.jsonl"), encoding="utf-8") as f:
        raw = f.read()
    if "\\u" in raw:
        err("set.jsonl is not written with ensure_ascii=False")
    items = [json.loads(l) for l in raw.splitlines() if l.strip()]
    src_by_id = {it["id"]: it for it in Q.ITEMS}
    if len(items) != len(Q.ITEMS):
        err("set.jsonl has %d lines, questions.py %d" % (len(items), len(Q.ITEMS)))
    if len(items) < 180:
        err("set has fewer than 180 items")
    ids = [o["id"] for o in items]
    if len(set(ids)) != len(ids):
        err("duplicate ids in set.jsonl")
    all_questions = []
    used_reports = set()
    for o in items:
        oid = o["id"]
        if not oid.startswith(PREFIX):
            err("bad id prefix " + oid)
        src = src_by_id.get(oid)
        if src is None:
            err("id not in questions.py: " + oid)
            continue
        k = o.get("kind")
        if k != src["kind"]:
            err("%s kind mismatch" % oid)
        if not o.get("class"):
            err("%s: no class" % oid)
        if k != "followup":
            for fld in ("question", "report", "year", "expected"):
                if fld not in o:
                    err("%s: missing %s" % (oid, fld))
            if o.get("question") != src["question"]:
                err("%s: question text differs from questions.py" % oid)
            all_questions.append(o["question"])
            if o["report"] is not None:
                if o["report"] not in CORPUS_FILES:
                    err("%s: report %s not in corpus" % (oid, o["report"]))
                elif o["year"] != year_of(o["report"]):
                    err("%s: year %r != gold year" % (oid, o["year"]))
                used_reports.add(o["report"])
        exp = o.get("expected")
        if k == "cell":
            e, stem = expect_cell(src["ref"])
            if exp != e:
                err("%s: cell expected %r != recomputed %r" % (oid, exp, e))
            if o["report"] != stem:
                err("%s: report mismatch" % oid)
        elif k == "derived":
            check_derived_expected(src["spec"], src["unit"], exp, oid)
            rep, stems = report_of_spec(src["spec"])
            if o["report"] != rep:
                err("%s: report %s != %s" % (oid, o["report"], rep))
            if len(stems) > 1:
                if sorted(o.get("reports", [])) != sorted(stems):
                    err("%s: reports list" % oid)
                used_reports.update(stems)
        elif k == "narrative":
            sub = exp.get("substring", "")
            if sub != src["substring"]:
                err("%s: substring differs" % oid)
            if not (6 <= len(sub) <= 30):
                err("%s: substring length %d not in 6..30" % (oid, len(sub)))
            if not any(sub in line for line in read_lines(o["report"])):
                err("%s: substring %r not on one line of %s" % (oid, sub, o["report"]))
        elif k == "unanswerable":
            check_unanswerable(src, exp, o["report"], o["year"], oid)
        elif k == "ambiguous":
            if exp != {"status": "ambiguous"} or o["report"] is not None:
                err("%s: ambiguous expected/report" % oid)
        elif k == "followup":
            turns = o.get("turns", [])
            if not (2 <= len(turns) <= 3) or len(turns) != len(src["turns"]):
                err("%s: followup must have 2-3 turns" % oid)
            for i, (t, st) in enumerate(zip(turns, src["turns"])):
                w = "%s turn %d" % (oid, i + 1)
                all_questions.append(t["question"])
                if t["question"] != st["question"] or t.get("kind") != st["kind"]:
                    err(w + ": question/kind differs")
                te = dict(t["expected"])
                rep, yr = te.pop("report", "MISSING"), te.pop("year", "MISSING")
                if rep == "MISSING" or yr == "MISSING":
                    err(w + ": report/year missing in expected")
                if st["kind"] == "cell":
                    e, stem = expect_cell(st["ref"])
                    if te != e or rep != stem or yr != year_of(stem):
                        err("%s: %r != %r (%s)" % (w, te, e, stem))
                    used_reports.add(stem)
                elif st["kind"] == "derived":
                    check_derived_expected(st["spec"], st["unit"], te, w)
                    r2, stems = report_of_spec(st["spec"])
                    if rep != r2 or yr != year_of(r2):
                        err(w + ": derived report/year")
                    used_reports.update(stems)
                elif st["kind"] == "unanswerable":
                    check_unanswerable(st, te, rep, yr, w)
                else:
                    err(w + ": bad turn kind")
        else:
            err("%s: unknown kind %r" % (oid, k))

    kinds = Counter(o["kind"] for o in items)
    n = len(items)
    if kinds["ambiguous"] > 0.05 * n:
        err("ambiguous items exceed 5%")
    reasons = Counter(o["expected"]["reason"] for o in items if o["kind"] == "unanswerable")
    for r in REASONS:
        if reasons[r] == 0:
            err("no unanswerable item with reason " + r)

    # ---------------- paraphrases
    with open(os.path.join(HERE, "paraphrase.jsonl"), encoding="utf-8") as f:
        praw = f.read()
    if "\\u" in praw:
        err("paraphrase.jsonl not ensure_ascii=False")
    para = [json.loads(l) for l in praw.splitlines() if l.strip()]
    groups = defaultdict(list)
    for o in para:
        groups[o.get("group")].append(o)
        if not o["id"].startswith(PREFIX):
            err("bad paraphrase id " + o["id"])
        if o.get("kind") not in ("cell", "derived"):
            err("paraphrase %s kind %r" % (o["id"], o.get("kind")))
        all_questions.append(o["question"])
    src_groups = {gq["group"]: gq for gq in Q.GROUPS}
    if len(groups) < 20:
        err("fewer than 20 paraphrase groups")
    if len({o["id"] for o in para}) != len(para) or set(o["id"] for o in para) & set(ids):
        err("paraphrase ids not unique")
    for gid, lines in groups.items():
        sg = src_groups.get(gid)
        if sg is None:
            err("unknown group " + gid)
            continue
        if len(lines) != 5:
            err("group %s has %d lines" % (gid, len(lines)))
        qs = [q for _, q in sg["variants"]]
        for o in lines:
            if o["question"] not in qs:
                err("%s: question not in questions.py" % o["id"])
            if sg["ref"]:
                e, stem = expect_cell(sg["ref"])
                if o["expected"] != e or o["report"] != stem:
                    err("%s: paraphrase cell %r != %r" % (o["id"], o["expected"], e))
            else:
                check_derived_expected(sg["spec"], sg["unit"], o["expected"], o["id"])
                stem, _ = report_of_spec(sg["spec"])
                if o["report"] != stem:
                    err("%s: report" % o["id"])
            if o["year"] != year_of(o["report"]):
                err("%s: year" % o["id"])
            used_reports.add(o["report"])
        if len({json.dumps(o["expected"], sort_keys=True) for o in lines}) != 1:
            err("group %s: expected differs between paraphrases" % gid)
        if len({o["class"] for o in lines}) != 5:
            err("group %s: surface classes not all different" % gid)

    # ---------------- global
    dup = [q for q, c in Counter(all_questions).items() if c > 1]
    if dup:
        err("duplicate question texts: %r" % dup[:5])
    missing = set(CORPUS_FILES) - used_reports
    if missing:
        err("reports never used: %s" % sorted(missing))
    # no typed numbers in questions.py item definitions: expected values live only in the gold
    with open(os.path.join(HERE, "questions.py"), encoding="utf-8") as f:
        qsrc = f.read()
    if re.search(r'"value"\s*:', qsrc):
        err("questions.py contains a typed value")

    print("set.jsonl: %d items  %s" % (n, dict(kinds)))
    print("  shares: " + ", ".join("%s %.1f%%" % (k, 100.0 * v / n) for k, v in sorted(kinds.items())))
    print("  unanswerable reasons: %s" % dict(reasons))
    print("paraphrase.jsonl: %d lines, %d groups" % (len(para), len(groups)))
    print("reports used: %d of %d" % (len(used_reports & set(CORPUS_FILES)), len(CORPUS_FILES)))
    if errors:
        print("\nFAILED: %d problem(s)" % len(errors))
        for e in errors:
            print("  - " + e)
        sys.exit(1)
    print("OK: all values recomputed from the gold and all substrings found")


if __name__ == "__main__":
    main()
