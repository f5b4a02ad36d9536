# -*- coding: utf-8 -*-
"""Independent checker for xset1/set.jsonl.

Does not import build.py or questions.py.  It re-reads the corpus listing and the gold cells, keeps its
own statement of which rows are comparable across the three table formats, and recomputes every value,
gap, not-comparable year, pick, ranking, rate, consistency pair and newest report.  It checks every
narrative / nobody substring (6–30 chars) on ONE line of the report's text: .txt/.md files directly,
the PDF and the HTML through the helper's reading of their rendered pages (read/<stem>.read.txt), and,
as a second check, in pdftotext output / tag-stripped HTML with all whitespace removed.
Exits 1 on any mismatch.
"""
import html
import json
import os
import re
import subprocess
import sys
from fractions import Fraction
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD_DIR = "/work/blind/gold"
CORPUS = "/work/shared/corpus"
ERR = []


def err(msg):
    ERR.append(msg)


# ---------------------------------------------------------------- corpus
REPORTS = {}
for fn in sorted(os.listdir(CORPUS)):
    m = re.match(r"^(.+)_(\d{4})\.(txt|md|pdf|html)$", fn)
    if m:
        REPORTS[m.group(1) + "_" + m.group(2)] = (m.group(1), int(m.group(2)), fn)
GOLD = {s: json.load(open(os.path.join(GOLD_DIR, s + ".json"), encoding="utf-8")) for s in REPORTS}


def years_of(body):
    return sorted(y for b, y, _ in REPORTS.values() if b == body)


def get(stem, t, r, c):
    """-> ('missing',) | ('ok', Fraction) | ('bad', raw)"""
    tab = GOLD[stem]["cells"].get(t)
    if tab is None or r not in tab or c not in tab[r]:
        return ("missing",)
    v = tab[r][c]
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        return ("bad", v)
    return ("ok", Fraction(str(v)))


# ---------------------------------------------------------------- comparability (own table)
ORG = ["commercial_enterprise", "research_institution", "social_welfare_org", "legal_service_org", "other_org"]


def T3(r, c="total"):
    return [("T3", r, c)]


def T4(c):
    return [("T4", "cases", c)]


def T2(r, c):
    return [("T2", r, c)]


def S(r, c="this_year"):
    return [("stats", r, c)]


NEW = {"2021", "2019_trial"}
EQUIV = {  # metric -> list of (formats, cells-to-add)
    "new_total": [(NEW, T3("new_received")), ({"pre_2019"}, S("requests_total"))],
    "new_np": [(NEW, T3("new_received", "natural_person"))],
    "new_ce": [(NEW, T3("new_received", "commercial_enterprise"))],
    "new_lso": [(NEW, T3("new_received", "legal_service_org"))],
    "new_org": [(NEW, [("T3", "new_received", c) for c in ORG])],
    "carried_in_total": [(NEW, T3("carried_over_from_last_year"))],
    "carried_out_total": [(NEW, T3("carried_to_next_year"))],
    "results_total": [(NEW, T3("results_total")), ({"pre_2019"}, S("replies_total"))],
    "granted_total": [(NEW, T3("granted")), ({"pre_2019"}, S("reply_full"))],
    "partial_total": [(NEW, T3("partially_granted")), ({"pre_2019"}, S("reply_partial"))],
    "not_held_total": [(NEW, T3("unable_not_held"))],
    "not_held_np": [(NEW, T3("unable_not_held", "natural_person"))],
    "denied_process_total": [(NEW, T3("denied_process_info"))],
    "denied_internal_total": [(NEW, T3("denied_internal_affairs"))],
    "denied_enforcement_total": [(NEW, T3("denied_enforcement_case_file"))],
    "dup_total": [(NEW, T3("not_processed_duplicate"))],
    "petition_np": [(NEW, T3("not_processed_petition_complaint", "natural_person"))],
    "other_proc_total": [(NEW, T3("other_processing")),
                         ({"2021"}, T3("other_no_correction_overdue") + T3("other_fee_unpaid_overdue")
                          + T3("other_other"))],
    "other_overdue_total": [({"2021"}, T3("other_no_correction_overdue"))],
    "review_total": [(NEW, T4("review.total")), ({"pre_2019"}, S("admin_review"))],
    "review_maintained": [(NEW, T4("review.maintained"))],
    "review_corrected": [(NEW, T4("review.corrected"))],
    "lit_direct_total": [(NEW, T4("litigation_direct.total"))],
    "lit_after_total": [(NEW, T4("litigation_after_review.total"))],
    "lit_all_total": [(NEW, T4("litigation_direct.total") + T4("litigation_after_review.total")),
                      ({"pre_2019"}, S("admin_litigation"))],
    "licensing": [(NEW, T2("administrative_licensing", "decisions"))],
    "penalty": [(NEW, T2("administrative_penalty", "decisions"))],
    "coercion": [(NEW, T2("administrative_coercion", "decisions"))],
    "fee_amount": [({"2021"}, T2("administrative_fees", "fee_amount"))],
    "normative_issued": [({"2021"}, T2("normative_documents", "issued")),
                         ({"2019_trial"}, T2("normative_documents", "new_made"))],
    "normative_valid": [({"2021"}, T2("normative_documents", "valid"))],
    "proactive_total": [({"pre_2019"}, S("proactive_total"))],
    "proactive_cum": [({"pre_2019"}, S("proactive_total", "cumulative"))],
    "req_in_person": [({"pre_2019"}, S("req_in_person"))],
    "req_email": [({"pre_2019"}, S("req_email"))],
}
RATE = {
    "granted_rate": (["granted_total"], ["results_total"]),
    "partial_rate": (["partial_total"], ["results_total"]),
    "open_rate": (["granted_total", "partial_total"], ["results_total"]),
    "np_share": (["new_np"], ["new_total"]),
    "review_correct_rate": (["review_corrected"], ["review_total"]),
}


def metric_value(stem, metric, where):
    """-> None if the row is not in this report's format, else Fraction; errors on blank/unresolved"""
    f = GOLD[stem]["format"]
    for fmts, cells in EQUIV[metric]:
        if f not in fmts:
            continue
        got = [get(stem, *c) for c in cells]
        if any(g[0] == "missing" for g in got):
            continue
        if any(g[0] == "bad" for g in got):
            err("%s: %s uses a non-numeric gold cell in %s: %s" % (where, metric, stem, got))
            return Fraction(-10 ** 9)
        return sum(g[1] for g in got)
    return None


def half_up(fr, d):
    x = Decimal(fr.numerator) / Decimal(fr.denominator)
    return Fraction(str(x.quantize(Decimal(1).scaleb(-d), rounding=ROUND_HALF_UP)))


def rate_value(stem, rate, d, where):
    nums, dens = RATE[rate]
    n = [metric_value(stem, m, where) for m in nums]
    dn = [metric_value(stem, m, where) for m in dens]
    if any(x is None for x in n + dn):
        return None
    return half_up(sum(n) / sum(dn) * 100, d)


def same(a, b):
    try:
        return Fraction(str(a)) == Fraction(b)
    except Exception:
        return False


# ---------------------------------------------------------------- texts
def text_lines(stem):
    b, y, fn = REPORTS[stem]
    if fn.endswith((".txt", ".md")):
        return open(os.path.join(CORPUS, fn), encoding="utf-8").read().split("\n")
    p = os.path.join(HERE, "read", stem + ".read.txt")
    if not os.path.exists(p):
        err("no read text for %s" % stem)
        return []
    return [l for l in open(p, encoding="utf-8").read().split("\n") if not l.startswith("#")]


def raw_flat(stem):
    """second check for PDF/HTML: machine text with all whitespace removed"""
    fn = REPORTS[stem][2]
    path = os.path.join(CORPUS, fn)
    if fn.endswith(".pdf"):
        t = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
    elif fn.endswith(".html"):
        t = html.unescape(re.sub(r"<[^>]+>", "", open(path, encoding="utf-8").read()))
    else:
        return None
    return re.sub(r"\s+", "", t)


def check_sub(stem, sub, where):
    if stem not in REPORTS:
        err("%s: unknown report %s" % (where, stem))
        return
    if not (6 <= len(sub) <= 30):
        err("%s: substring length %d" % (where, len(sub)))
    if not any(sub in l for l in text_lines(stem)):
        err("%s: substring not on one line of %s: %s" % (where, stem, sub))
    flat = raw_flat(stem)
    if flat is not None and re.sub(r"\s+", "", sub) not in flat:
        err("%s: substring not in machine text of %s: %s" % (where, stem, sub))


# ---------------------------------------------------------------- kinds
def chk_series(e, body, where):
    if "years" in e:
        asked = e["years"]
    else:
        a, b = e["span"]
        asked = list(range(a, b + 1))
        if e.get("span_is_all_indexed"):
            ys = years_of(body)
            if [a, b] != [ys[0], ys[-1]]:
                err("%s: all-years span wrong" % where)
    metric = e["metric"]
    exp_vals = e["values"]
    got_vals, gaps, notc = {}, [], []
    for y in asked:
        stem = "%s_%d" % (body, y)
        if stem not in REPORTS:
            gaps.append(y)
            continue
        v = rate_value(stem, metric, e["decimals"], where) if metric in RATE else metric_value(stem, metric, where)
        if v is None:
            notc.append(y)
        else:
            got_vals[str(y)] = (stem, v)
    if gaps != e["gaps"]:
        err("%s: gaps %s != %s" % (where, e["gaps"], gaps))
    if notc != e["not_comparable"]:
        err("%s: not_comparable %s != %s" % (where, e["not_comparable"], notc))
    if set(got_vals) != set(exp_vals):
        err("%s: value years %s != %s" % (where, sorted(exp_vals), sorted(got_vals)))
    for y, (stem, v) in got_vals.items():
        ev = exp_vals.get(y)
        if ev is None:
            continue
        if ev["report"] != stem or not same(ev["value"], v):
            err("%s: %s value %s != %s (%s)" % (where, y, ev, float(v), stem))
    p = e.get("pick")
    if p:
        vals = [v for _, v in got_vals.values()]
        if p["kind"] == "sum":
            if not same(p["value"], sum(vals)) or p["year"] is not None:
                err("%s: pick sum" % where)
        else:
            best = max(vals) if p["kind"] == "max" else min(vals)
            ys = [int(y) for y, (_, v) in got_vals.items() if v == best]
            if len(ys) != 1 or ys[0] != p["year"] or not same(p["value"], best):
                err("%s: pick %s %s vs %s %s" % (where, p, ys, float(best), ""))
    if not got_vals:
        err("%s: series without values" % where)


def chk_comparison(e, reports, where):
    metric = e["metric"]
    got = {}
    for s in reports:
        if s not in REPORTS:
            err("%s: unknown %s" % (where, s))
            return
        v = rate_value(s, metric, e["decimals"], where) if metric in RATE else metric_value(s, metric, where)
        if v is None:
            err("%s: %s lacks %s" % (where, s, metric))
            return
        got[s] = v
        if not same(e["values"].get(s), v):
            err("%s: %s %s != %s" % (where, s, e["values"].get(s), float(v)))
    if set(e["values"]) != set(reports):
        err("%s: values keys" % where)
    if metric in RATE and e["unit"] != "%":
        err("%s: rate unit" % where)
    order = e["order"]
    if order:
        best = max(got.values()) if order == "desc" else min(got.values())
        tops = [s for s in reports if got[s] == best]
        if len(tops) == 1:
            if e["top"] != tops[0] or e.get("tie"):
                err("%s: top %s != %s" % (where, e["top"], tops[0]))
        elif e["top"] is not None or not e.get("tie"):
            err("%s: tie not marked" % where)
        rk = sorted(reports, key=lambda s: got[s], reverse=(order == "desc"))
        if [got[s] for s in rk] != [got[s] for s in e["ranking"]]:
            err("%s: ranking" % where)
    elif e["top"] is not None:
        err("%s: top without order" % where)
    differ = len({REPORTS[s][1] for s in reports}) > 1
    if bool(e.get("years_differ")) != differ:
        err("%s: years_differ" % where)


def chk_consistency(e, body, where):
    allag = True
    for p in e["pairs"]:
        s0, s1 = p["from"], p["to"]
        if s0 not in REPORTS or s1 not in REPORTS:
            err("%s: pair report missing" % where)
            continue
        if REPORTS[s0][0] != body or REPORTS[s1][0] != body or REPORTS[s1][1] != REPORTS[s0][1] + 1:
            err("%s: pair not consecutive years of %s" % (where, body))
        if e["mode"] == "t3":
            col = p["column"]
            o = get(s0, "T3", "carried_to_next_year", col)
            i = get(s1, "T3", "carried_over_from_last_year", col)
            o, i = o[1], i[1]
        else:
            row = p["column"].split(".")[1]
            o = get(s0, "stats", row, "cumulative")[1]
            i = get(s1, "stats", row, "cumulative")[1] - get(s1, "stats", row, "this_year")[1]
        if not same(p["out"], o) or not same(p["in"], i) or p["agree"] != (o == i):
            err("%s: pair %s->%s out/in %s/%s vs %s/%s" % (where, s0, s1, p["out"], p["in"], o, i))
        allag = allag and (o == i)
    if e["all_agree"] != allag:
        err("%s: all_agree" % where)
    if e["mode"] == "t3" and len(e["pairs"]) > 1:  # a span: every consecutive indexed pair inside it
        ys = sorted({REPORTS[p["from"]][1] for p in e["pairs"]} | {REPORTS[p["to"]][1] for p in e["pairs"]})
        want = [(y, y + 1) for y in range(ys[0], ys[-1]) if "%s_%d" % (body, y) in REPORTS
                and "%s_%d" % (body, y + 1) in REPORTS]
        have = [(REPORTS[p["from"]][1], REPORTS[p["to"]][1]) for p in e["pairs"]]
        if want != have:
            err("%s: span pairs %s != %s" % (where, have, want))


def chk_cell(e, stem, where):
    g = get(stem, e["table"], e["row"], e["column"])
    if g[0] != "ok" or not same(e["value"], g[1]):
        err("%s: cell %s %s" % (where, stem, g))


def chk_derived(e, stem, where):
    f = e["formula"]
    lhs, rhs = f.rsplit(" = ", 1)
    env = {}

    def sub(mo):
        t, rest = mo.group(1), mo.group(2)
        # rest = row.column (column may contain a dot for T4)
        r, c = rest.split(".", 1)
        g = get(stem, t, r, c)
        if g[0] != "ok" or not same(mo.group(3), g[1]):
            err("%s: derived cell %s.%s printed %s, gold %s" % (where, t, rest, mo.group(3), g))
        k = "v%d" % len(env)
        env[k] = g[1] if g[0] == "ok" else Fraction(0)
        return k

    expr = re.sub(r"(T[234]|stats)\.([A-Za-z_.]+)\(([-\d.]+)\)", sub, lhs)
    if not re.fullmatch(r"[v\d\s+\-*/().]+", expr):
        err("%s: odd formula %s" % (where, expr))
        return
    expr = re.sub(r"(?<![v\w])(\d+)", r"Fraction(\1)", expr)
    val = eval(expr, {"Fraction": Fraction, "__builtins__": {}}, env)
    if e.get("decimals") is not None:
        val = half_up(val, e["decimals"])
    if not same(e["value"], val) or not same(rhs, val):
        err("%s: derived %s != %s" % (where, e["value"], float(val)))


def chk_noyear(it, where):
    e = it["expected"]
    body = it["body"]
    newest = "%s_%d" % (body, years_of(body)[-1])
    if e["report"] != newest or e["year"] != REPORTS[newest][1] or it["report"] != newest:
        err("%s: newest report %s != %s" % (where, e["report"], newest))
    if e["type"] == "cell":
        chk_cell(e, newest, where)
    elif e["type"] == "derived":
        chk_derived(e, newest, where)
    else:
        check_sub(newest, e["substring"], where)


REASONS = {"body_not_indexed", "year_not_indexed", "no_such_figure", "not_in_this_format"}


def chk_unanswerable(e, where):
    if e["status"] != "not_found" or e["reason"] not in REASONS:
        err("%s: status/reason" % where)
    b = e.get("basis", {})
    if e["reason"] == "body_not_indexed":
        if not b.get("body") or years_of(b["body"]):
            err("%s: body basis" % where)
    if e["reason"] == "year_not_indexed":
        if not b.get("years") or any("%s_%d" % (b["body"], y) in REPORTS for y in b["years"]):
            err("%s: year basis" % where)
    if e["reason"] == "not_in_this_format":
        t, r, c = b["absent"]
        for y in b["years"]:
            s = "%s_%d" % (b["body"], y)
            if s not in REPORTS or get(s, t, r, c)[0] != "missing":
                err("%s: format basis %s" % (where, s))


def main():
    items = [json.loads(l) for l in open(os.path.join(HERE, "set.jsonl"), encoding="utf-8") if l.strip()]
    ids = [i["id"] for i in items]
    if len(set(ids)) != len(ids) or not all(i.startswith("x1-") for i in ids):
        err("ids not unique / prefix")
    if len(items) < 110:
        err("fewer than 110 items")
    for it in items:
        w = it["id"]
        k = it["kind"]
        if not it.get("class"):
            err("%s: no class" % w)
        if k == "series":
            chk_series(it["expected"], it["body"], w)
        elif k == "comparison":
            chk_comparison(it["expected"], it["reports"], w)
        elif k == "consistency":
            chk_consistency(it["expected"], it["body"], w)
        elif k == "noyear":
            chk_noyear(it, w)
        elif k == "nobody":
            e = it["expected"]
            if e["accept"] != ["grouped", "ambiguous"] or len(e["substrings"]) != len(e["reports"]):
                err("%s: nobody shape" % w)
            for s, sub in zip(e["reports"], e["substrings"]):
                check_sub(s, sub, w)
        elif k == "unanswerable":
            chk_unanswerable(it["expected"], w)
        elif k == "followup":
            if not (2 <= len(it["turns"]) <= 3) or it["turns"][0]["expected"]["kind"] not in ("series", "comparison"):
                err("%s: followup shape" % w)
            for n, t in enumerate(it["turns"]):
                e = t["expected"]
                tw = "%s/t%d" % (w, n + 1)
                tk = e["kind"]
                if tk == "series":
                    chk_series(e, e["body"], tw)
                elif tk == "comparison":
                    chk_comparison(e, e["reports"], tw)
                elif tk == "consistency":
                    chk_consistency(e, e["body"], tw)
                elif tk == "cell":
                    chk_cell(e, e["report"], tw)
                    if e["year"] != REPORTS[e["report"]][1]:
                        err("%s: year" % tw)
                elif tk == "unanswerable":
                    chk_unanswerable(e, tw)
                else:
                    err("%s: turn kind %s" % (tw, tk))
        else:
            err("%s: unknown kind %s" % (w, k))
    from collections import Counter
    print("items:", len(items), dict(Counter(i["kind"] for i in items)))
    if ERR:
        print("\n".join(ERR))
        print("FAILED: %d problem(s)" % len(ERR))
        sys.exit(1)
    print("OK: every value recomputed from gold, every substring found")


if __name__ == "__main__":
    main()
