# -*- coding: utf-8 -*-
"""Independent checker of blind set 12. Exits non-zero on any mismatch.

- every cell value and every derived value is recomputed from /work/blind/gold (own evaluator, not build.py's);
- every "stem[T.row.col]=v" quoted in a formula is checked against the gold;
- every narrative substring (6-30 chars) must occur on ONE line of the report text: the corpus file for
  .txt/.md; for the PDF the pdftotext -layout text and for the HTML page the tag-stripped text, both kept in
  texts/ (read against the rendered pages);
- structure: unique ids with prefix b12-, kinds, follow-up turns, paraphrase groups of 5 with one expected value,
  coverage of every corpus report.
"""
import glob
import json
import math
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import questions as Q  # noqa: E402

GOLD = "/work/blind/gold"
CORPUS = "/work/shared/corpus"
errors = []


def err(msg):
    errors.append(msg)


G = {}
for p in glob.glob(os.path.join(GOLD, "*.json")):
    with open(p, encoding="utf-8") as f:
        G[os.path.basename(p)[:-5]] = json.load(f)


def num(rep, t, row, col):
    try:
        v = G[rep]["cells"][t][row][col]
    except KeyError:
        err("no gold cell %s %s %s %s" % (rep, t, row, col))
        return float("nan")
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        err("gold cell not a determined number: %s %s %s %s = %r" % (rep, t, row, col, v))
        return float("nan")
    return v


def calc(e):
    tag = e[0]
    if tag == "cell":
        return num(*e[1])
    if tag == "sum":
        total = 0
        for x in e[1]:
            total += calc(x)
        return total
    if tag == "diff":
        return calc(e[1]) - calc(e[2])
    if tag == "pct":
        return 100.0 * calc(e[1]) / calc(e[2])
    if tag == "argmax":
        vals = {k: calc(x) for k, x in e[1].items()}
        k = sorted(vals, key=lambda kk: -vals[kk])[0]
        if list(vals.values()).count(vals[k]) > 1:
            err("argmax tie %r" % vals)
        return (k, vals[k])
    err("bad expr %r" % (e,))
    return float("nan")


def close(a, b, decimals=None):
    if decimals is not None:
        return abs(round(a, decimals) - b) < 1e-9
    return abs(a - b) < 1e-6


FORMULA_REF = re.compile(r"([a-z0-9-]+_\d{4})\[([A-Za-z0-9]+)\.([a-z_0-9]+)\.([a-z_.]+)\]=(-?[0-9.]+)")


def check_formula(formula):
    refs = FORMULA_REF.findall(formula)
    if not refs:
        err("formula quotes no cell: %s" % formula)
    for rep, t, row, col, v in refs:
        g = num(rep, t, row, col)
        if not close(g, float(v)):
            err("formula quotes %s[%s.%s.%s]=%s but gold is %r" % (rep, t, row, col, v, g))


_texts = {}


def lines_of(rep):
    if rep in _texts:
        return _texts[rep]
    alt = os.path.join(HERE, "texts", rep + ".read.txt")
    if os.path.exists(alt):
        path = alt
    else:
        cands = [p for p in glob.glob(os.path.join(CORPUS, rep + ".*")) if p.endswith((".txt", ".md"))]
        if len(cands) != 1:
            err("no text for %s" % rep)
            _texts[rep] = []
            return []
        path = cands[0]
    with open(path, encoding="utf-8") as f:
        _texts[rep] = f.read().splitlines()
    return _texts[rep]


BODY_PREFIX = [("沭阳县政府", "shuyang-county_"), ("上海市科委", "shanghai-stcsm_"), ("上海市政府办公厅", "shanghai-municipal-office_"),
               ("虹口", "hongkou-district_"), ("洪泽", "hongze-district_"), ("淮安市", "huaian-city_"), ("平潭", "pingtan_")]
REASONS = {"body_not_indexed", "year_not_indexed", "no_such_figure", "not_in_this_format"}


def check_expected(kind, exp, src, where):
    """src: the questions.py dict for this item/turn."""
    if kind == "cell":
        rep, t, row, col = src["ref"]
        g = num(rep, t, row, col)
        if (exp.get("table"), exp.get("row"), exp.get("column")) != (t, row, col):
            err("%s: cell key mismatch" % where)
        if not isinstance(exp.get("value"), (int, float)) or not close(g, exp["value"]):
            err("%s: cell value %r != gold %r" % (where, exp.get("value"), g))
    elif kind == "derived":
        v = calc(src["expr"])
        check_formula(exp.get("formula", ""))
        if src["expr"][0] == "argmax":
            label, best = v
            want = label if src["unit"] == "年" else best
            if exp.get("value") != want:
                err("%s: argmax %r != %r" % (where, exp.get("value"), want))
        else:
            dec = src.get("decimals")
            if dec is not None and exp.get("decimals") != dec:
                err("%s: decimals field" % where)
            if not close(v, exp.get("value"), dec):
                err("%s: derived %r != recomputed %r" % (where, exp.get("value"), v))
        if not exp.get("unit"):
            err("%s: no unit" % where)
    elif kind == "narrative":
        s = exp.get("substring", "")
        if not (6 <= len(s) <= 30):
            err("%s: substring length %d" % (where, len(s)))
        if not any(s in ln for ln in lines_of(src["report"])):
            err("%s: substring not on one line of %s: %s" % (where, src["report"], s))
    elif kind == "unanswerable":
        if exp != {"status": "not_found", "reason": src["reason"]} or exp["reason"] not in REASONS:
            err("%s: unanswerable expected %r" % (where, exp))
        rep = src.get("report")
        if exp["reason"] in ("body_not_indexed", "year_not_indexed") and rep is not None:
            err("%s: not-indexed item names a report" % where)
        if exp["reason"] in ("no_such_figure", "not_in_this_format") and rep not in G:
            err("%s: figure/format item must name an indexed report" % where)
        if exp["reason"] == "year_not_indexed":
            q = src["question"]
            bodies = [stem for name, stem in BODY_PREFIX if name in q]
            if not bodies and not q.startswith(("县政府", "那")):
                err("%s: year_not_indexed item names no known body" % where)
            for stem in bodies[:1]:
                if src.get("year") in [g["year"] for k, g in G.items() if k.startswith(stem)]:
                    err("%s: year %s is indexed for %s" % (where, src.get("year"), stem))
    elif kind == "ambiguous":
        if exp != {"status": "ambiguous"}:
            err("%s: ambiguous expected" % where)
    else:
        err("%s: unknown kind %s" % (where, kind))


def main():
    corpus_stems = {os.path.splitext(os.path.basename(p))[0] for p in glob.glob(os.path.join(CORPUS, "*"))
                    if not p.endswith(("template.json", "SOURCES.md"))}
    if corpus_stems != set(G):
        err("gold files do not match the corpus: %s" % (corpus_stems ^ set(G)))
    for rep, y in Q.REPORT_YEARS.items():
        if G[rep]["year"] != y:
            err("REPORT_YEARS %s %s != gold %s" % (rep, y, G[rep]["year"]))

    with open(os.path.join(HERE, "set.jsonl"), encoding="utf-8") as f:
        items = [json.loads(l) for l in f if l.strip()]
    srcs = Q.CELLS + Q.DERIVED + Q.NARR + Q.UNANS + Q.AMBIG + Q.FOLLOWUPS
    if len(items) != len(srcs):
        err("set.jsonl has %d items, questions.py %d" % (len(items), len(srcs)))
    ids = set()
    covered = set()
    kinds = {}
    qtexts = set()
    for it, src in zip(items, srcs):
        where = it.get("id")
        if not str(where).startswith("b12-") or where in ids:
            err("bad/duplicate id %r" % where)
        ids.add(where)
        kinds[it["kind"]] = kinds.get(it["kind"], 0) + 1
        if it["kind"] != src["kind"] or not it.get("class"):
            err("%s: kind/class" % where)
        if it["kind"] == "followup":
            if not (2 <= len(it["turns"]) <= 3) or len(it["turns"]) != len(src["turns"]):
                err("%s: turns" % where)
            for i, (t, st) in enumerate(zip(it["turns"], src["turns"])):
                e = dict(t["expected"])
                if t["question"] != st["question"]:
                    err("%s turn %d: question differs" % (where, i))
                if e.pop("report") != st.get("report") or e.pop("kind") != st["kind"]:
                    err("%s turn %d: report/kind" % (where, i))
                y = e.pop("year")
                want_y = st["year"] if st["kind"] == "unanswerable" else (G[st["report"]]["year"] if st.get("report") else None)
                if y != want_y:
                    err("%s turn %d: year %r != %r" % (where, i, y, want_y))
                check_expected(st["kind"], e, st, "%s turn %d" % (where, i))
                if st.get("report"):
                    covered.add(st["report"])
            continue
        if it["question"] != src["question"]:
            err("%s: question differs from questions.py" % where)
        if it["question"] in qtexts:
            err("%s: duplicate question text" % where)
        qtexts.add(it["question"])
        if it.get("report") != src.get("report"):
            err("%s: report" % where)
        rep = it.get("report")
        if rep is not None:
            if rep not in G:
                err("%s: unknown report %s" % (where, rep))
            elif it.get("year") != G[rep]["year"]:
                err("%s: year %r != report year %r" % (where, it.get("year"), G[rep]["year"]))
            covered.add(rep)
        if it["kind"] == "derived":
            for m in FORMULA_REF.findall(it["expected"].get("formula", "")):
                covered.add(m[0])
        check_expected(it["kind"], it["expected"], src, where)

    missing = corpus_stems - covered
    if missing:
        err("reports not covered by any item: %s" % sorted(missing))
    if len(items) < 200:
        err("only %d items" % len(items))

    with open(os.path.join(HERE, "paraphrase.jsonl"), encoding="utf-8") as f:
        para = [json.loads(l) for l in f if l.strip()]
    groups = {}
    for p in para:
        groups.setdefault(p["group"], []).append(p)
        if p["id"] in ids:
            err("paraphrase id clash %s" % p["id"])
        ids.add(p["id"])
    if len(groups) < 16:
        err("only %d paraphrase groups" % len(groups))
    src_para = {g[0]: g for g in Q.PARA}
    for name, ps in groups.items():
        if len(ps) != 5:
            err("group %s has %d lines" % (name, len(ps)))
        if len({json.dumps(p["expected"], sort_keys=True) for p in ps}) != 1:
            err("group %s: expected differs" % name)
        if len({p["question"] for p in ps}) != 5:
            err("group %s: duplicate questions" % name)
        _, kind, ref, rep, qs = src_para[name]
        for p in ps:
            if p["report"] != rep or p["year"] != G[rep]["year"] or p["kind"] != kind:
                err("%s: report/year/kind" % p["id"])
            if kind == "cell":
                check_expected("cell", p["expected"], {"ref": ref[1]}, p["id"])
            else:
                check_expected("derived", p["expected"], {"expr": ref, "unit": Q.PARA_UNITS[name],
                                                           "decimals": Q.PARA_DECIMALS.get(name)}, p["id"])

    print("set.jsonl items:", len(items), kinds)
    print("paraphrase groups:", len(groups), "lines:", len(para))
    print("reports covered:", len(covered & corpus_stems), "of", len(corpus_stems))
    if errors:
        print("FAIL: %d problem(s)" % len(errors))
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
