# -*- coding: utf-8 -*-
"""Independent checker for blind set b14. Exits non-zero on any mismatch.

- recomputes every cell / derived value straight from the gold JSON (own lookup, own arithmetic);
- checks every narrative substring (6-30 chars) occurs verbatim on ONE line of the report text:
  .txt/.md read as is; the PDF via `pdftotext` (raw mode, no -layout); the HTML via Python's html.parser
  (block tags -> new lines, script/style dropped) — the text read beside the rendered pages;
- checks structure: ids unique, kinds, reasons, follow-up turns, paraphrase groups of 5, coverage of reports.
"""
import json
import os
import re
import subprocess
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = "/work/shared/corpus"
GOLD = [os.path.join(HERE, "gold"), "/work/blind/gold"]
errors = []


def err(msg):
    errors.append(msg)


_g = {}


def gold_cell(stem, table, row, col):
    if stem not in _g:
        for d in GOLD:
            p = os.path.join(d, stem + ".json")
            if os.path.exists(p):
                with open(p, encoding="utf-8") as f:
                    _g[stem] = json.load(f)
                break
        else:
            return None
    try:
        v = _g[stem]["cells"][table][row][col]
    except KeyError:
        return None
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        return None
    return v


class _H(HTMLParser):
    BLOCK = {"p", "div", "tr", "br", "li", "h1", "h2", "h3", "h4", "table", "td", "th"}

    def __init__(self):
        super().__init__()
        self.buf, self.skip = [], 0

    def handle_starttag(self, t, a):
        if t in ("script", "style"):
            self.skip += 1
        if t in self.BLOCK:
            self.buf.append("\n")

    def handle_endtag(self, t):
        if t in ("script", "style"):
            self.skip = max(0, self.skip - 1)
        if t in ("p", "div", "tr", "td", "th"):
            self.buf.append("\n")

    def handle_data(self, d):
        if not self.skip:
            self.buf.append(d)


_t = {}


def report_lines(stem):
    if stem in _t:
        return _t[stem]
    cands = [f for f in os.listdir(CORPUS) if os.path.splitext(f)[0] == stem]
    if not cands:
        err(f"no corpus file for {stem}")
        _t[stem] = []
        return []
    path = os.path.join(CORPUS, cands[0])
    if path.endswith(".pdf"):
        txt = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
    elif path.endswith(".html"):
        h = _H()
        h.feed(open(path, encoding="utf-8", errors="replace").read())
        txt = "".join(h.buf)
    else:
        txt = open(path, encoding="utf-8").read()
    _t[stem] = [ln.strip() for ln in txt.split("\n")]
    return _t[stem]


def approx(a, b):
    return abs(float(a) - float(b)) < 1e-9


def check_expected(where, kind, e, calc, report):
    if kind == "cell":
        for k in ("table", "row", "column", "value"):
            if k not in e:
                err(f"{where}: cell missing {k}")
                return
        v = gold_cell(report, e["table"], e["row"], e["column"])
        if v is None:
            err(f"{where}: gold cell not a determined number {report}.{e['table']}.{e['row']}.{e['column']}")
        elif not approx(v, e["value"]):
            err(f"{where}: cell value {e['value']} != gold {v}")
    elif kind == "derived":
        if not calc or "expr" not in calc:
            err(f"{where}: derived without calc")
            return
        vals = {}
        for name, ref in calc["refs"].items():
            stem, table, row, col = ref.split(":")
            v = gold_cell(stem, table, row, col)
            if v is None:
                err(f"{where}: ref {ref} not determined")
                return
            vals[name] = v
        expr = calc["expr"]
        if not re.fullmatch(r"[a-h+\-*/() .0-9,max]+", expr):
            err(f"{where}: odd expr {expr}")
            return
        x = eval(expr, {"__builtins__": {}, "max": max}, vals)
        d = e.get("decimals")
        if d is not None:
            x = round(x + 0.0, d)
        if abs(x - e["value"]) > (1e-6 if d is None else 0.5 * 10 ** (-d) + 1e-9):
            err(f"{where}: derived {e['value']} != recomputed {x}")
        for k in ("formula", "unit"):
            if k not in e:
                err(f"{where}: derived missing {k}")
    elif kind == "unanswerable":
        if e.get("status") != "not_found" or e.get("reason") not in (
                "body_not_indexed", "year_not_indexed", "no_such_figure", "not_in_this_format"):
            err(f"{where}: bad unanswerable expected {e}")
    else:
        err(f"{where}: unexpected kind {kind}")


def main():
    items = [json.loads(l) for l in open(os.path.join(HERE, "set.jsonl"), encoding="utf-8") if l.strip()]
    para = [json.loads(l) for l in open(os.path.join(HERE, "paraphrase.jsonl"), encoding="utf-8") if l.strip()]
    ids = [r["id"] for r in items + para]
    if len(ids) != len(set(ids)):
        err("duplicate ids")
    if any(not i.startswith("b14-") for i in ids):
        err("id prefix")
    if len(items) < 200:
        err(f"only {len(items)} items")
    covered = set()
    counts = {}
    for r in items:
        k = r["kind"]
        counts[k] = counts.get(k, 0) + 1
        w = r["id"]
        if k == "followup":
            if not 2 <= len(r["turns"]) <= 3:
                err(f"{w}: turns")
            for i, t in enumerate(r["turns"]):
                e = t["expected"]
                kk = "unanswerable" if "status" in e else ("derived" if "formula" in e else "cell")
                check_expected(f"{w}.t{i}", kk, e, t.get("calc"), e.get("report"))
                if e.get("report"):
                    covered.add(e["report"])
            continue
        for f in ("question", "report", "year", "expected", "class"):
            if f not in r:
                err(f"{w}: missing {f}")
        if r.get("report"):
            covered.add(r["report"])
        for s in r.get("reports", []):
            covered.add(s)
        e = r["expected"]
        if k in ("cell", "derived", "unanswerable"):
            check_expected(w, k, e, r.get("calc"), r["report"])
        elif k == "narrative":
            s = e["substring"]
            if not 6 <= len(s) <= 30:
                err(f"{w}: substring length {len(s)}")
            if not any(s in ln for ln in report_lines(r["report"])):
                err(f"{w}: substring not on one line of {r['report']}: {s}")
        elif k == "ambiguous":
            if e != {"status": "ambiguous"}:
                err(f"{w}: ambiguous expected")
        else:
            err(f"{w}: kind {k}")
    groups = {}
    for r in para:
        if r["kind"] not in ("cell", "derived") or "group" not in r:
            err(f"{r['id']}: paraphrase kind/group")
        check_expected(r["id"], r["kind"], r["expected"], r.get("calc"), r["report"])
        groups.setdefault(r["group"], []).append(r)
    for g, rs in groups.items():
        if len(rs) != 5:
            err(f"{g}: {len(rs)} lines")
        if len({json.dumps(x["expected"], sort_keys=True) for x in rs}) != 1:
            err(f"{g}: expected differs inside group")
        if len({x["question"] for x in rs}) != 5:
            err(f"{g}: duplicate question")
    if len(groups) < 16:
        err(f"only {len(groups)} paraphrase groups")
    stems = {os.path.splitext(f)[0] for f in os.listdir(CORPUS)
             if os.path.splitext(f)[1] in (".txt", ".md", ".pdf", ".html") and f != "SOURCES.md"}
    missing = stems - covered
    if missing:
        err(f"reports not covered: {sorted(missing)}")
    qs = [r["question"] for r in items if "question" in r]
    if len(qs) != len(set(qs)):
        err("duplicate question text in set.jsonl")
    print("items", len(items), counts, "| paraphrase lines", len(para), "groups", len(groups),
          "| reports covered", len(covered & stems), "/", len(stems))
    if errors:
        print(f"{len(errors)} ERROR(S):")
        for m in errors:
            print("  ", m)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
