#!/usr/bin/env python3
"""Independent checker: recomputes every expected value from /work/blind/gold and the references in
questions.py, compares with set.jsonl / paraphrase.jsonl, and checks every narrative substring occurs on one
line of the report text.  Text used: .txt/.md corpus files as stored; hongze-district_2023.pdf -> text/
hongze-district_2023.txt (pdftotext -layout); shuyang-fgj_2023.html -> text/shuyang-fgj_2023.txt (<ucapcontent>
body, tags stripped).  For those two the comparison ignores whitespace (layout spacing).  Exit 1 on any mismatch."""
import json, os, re, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
import questions as Q
CORPUS = '/work/shared/corpus'; GOLD = '/work/blind/gold'
errors = []
def err(m): errors.append(m)
G = {}
def g(rep):
    if rep not in G: G[rep] = json.load(open(f'{GOLD}/{rep}.json', encoding='utf-8'))
    return G[rep]
def cellv(rep, t, r, c):
    v = g(rep)['cells'].get(t, {}).get(r, {}).get(c, 'MISSING')
    if type(v) not in (int, float):
        err(f'gold cell not a number: {rep} {t} {r} {c} -> {v!r}'); return None
    return v
def recompute(expr, refs, decimals):
    vals = {k: cellv(*r) for k, r in refs.items()}
    if any(v is None for v in vals.values()): return None
    # tiny independent evaluator: + - * / and max(...)
    toks = re.findall(r'max|[a-z]\b|\d+|[-+*/(),]', expr)
    py = ''.join(str(vals[t]) if t in vals else t for t in toks)
    x = eval(py, {'__builtins__': {}}, {'max': max})
    if decimals is not None: x = round(x, decimals)
    return x
def same(a, b):
    return a is not None and b is not None and abs(float(a) - float(b)) < 1e-9
TEXT = {}
def lines(rep):
    if rep in TEXT: return TEXT[rep]
    loose = False
    for ext in ('.txt', '.md'):
        p = f'{CORPUS}/{rep}{ext}'
        if os.path.exists(p): break
    else:
        p = f'{HERE}/text/{rep}.txt'; loose = True
    ls = open(p, encoding='utf-8').read().split('\n')
    TEXT[rep] = (ls, loose); return TEXT[rep]
def sub_ok(rep, s):
    ls, loose = lines(rep)
    if loose:
        s2 = re.sub(r'\s+', '', s)
        return any(s2 in re.sub(r'\s+', '', l) for l in ls)
    return any(s in l for l in ls)
def rd(p): return [json.loads(l) for l in open(f'{HERE}/{p}', encoding='utf-8') if l.strip()]
S = rd('set.jsonl'); P = rd('paraphrase.jsonl')
ids = [o['id'] for o in S + P]
if len(ids) != len(set(ids)): err('duplicate ids')
if any(not i.startswith('z-') for i in ids): err('bad id prefix')
if len(S) != len(Q.ITEMS): err('set.jsonl length differs from questions.py')
REASONS = {'body_not_indexed', 'year_not_indexed', 'no_such_figure', 'not_in_this_format'}
def check_turnlike(o, spec, where):
    k = spec['kind']; e = o['expected']
    if k == 'cell':
        rep, t, r, c = spec['ref']; v = cellv(rep, t, r, c)
        if not same(v, e.get('value')) or (e.get('table'), e.get('row'), e.get('column')) != (t, r, c):
            err(f'{where}: cell mismatch {e} vs {v}')
        return rep
    if k == 'derived':
        v = recompute(spec['expr'], spec['refs'], spec.get('decimals'))
        if not same(v, e.get('value')): err(f'{where}: derived mismatch {e.get("value")} vs {v}')
        return None
    if k == 'unanswerable':
        if e.get('status') != 'not_found' or e.get('reason') not in REASONS or e.get('reason') != spec['reason']:
            err(f'{where}: bad unanswerable {e}')
    return None
per_report = collections.Counter(); kinds = collections.Counter()
for o, spec in zip(S, Q.ITEMS):
    k = spec['kind']; kinds[k] += 1
    if o['kind'] != k: err(f'{o["id"]}: kind differs')
    if k in ('cell', 'derived', 'narrative', 'unanswerable', 'ambiguous') and o['question'] != spec['question']:
        err(f'{o["id"]}: question differs')
    if k == 'cell':
        check_turnlike(o, spec, o['id'])
        if o['report'] != spec['ref'][0] or o['year'] != g(spec['ref'][0])['year']: err(f'{o["id"]}: report/year')
    elif k == 'derived':
        check_turnlike(o, spec, o['id'])
        for r in spec['refs'].values(): per_report[r[0]] += 0
    elif k == 'narrative':
        s = o['expected']['substring']
        if s != spec['substring']: err(f'{o["id"]}: substring differs')
        if not (6 <= len(s) <= 30): err(f'{o["id"]}: substring length {len(s)}')
        if not sub_ok(spec['report'], s): err(f'{o["id"]}: substring not found on one line of {spec["report"]}: {s}')
    elif k == 'unanswerable':
        check_turnlike(o, spec, o['id'])
        if o['report'] is not None: err(f'{o["id"]}: unanswerable with report')
    elif k == 'ambiguous':
        if o['expected'] != {'status': 'ambiguous'}: err(f'{o["id"]}: ambiguous expected')
    elif k == 'followup':
        if not (2 <= len(o['turns']) <= 3) or len(o['turns']) != len(spec['turns']): err(f'{o["id"]}: turns')
        for i, (ot, st) in enumerate(zip(o['turns'], spec['turns'])):
            if ot['question'] != st['question']: err(f'{o["id"]} turn {i}: question')
            check_turnlike(ot, st, f'{o["id"]}#{i}')
            if st['kind'] == 'cell' and ot['expected'].get('report') != st['ref'][0]: err(f'{o["id"]}#{i}: report')
    if o.get('report'): per_report[o['report']] += 1
# paraphrase
groups = collections.defaultdict(list)
pi = 0
for gspec in Q.PARA:
    for (q, cls) in gspec['variants']:
        o = P[pi]; pi += 1
        groups[o['group']].append(o)
        if o['question'] != q: err(f'{o["id"]}: paraphrase question differs')
        if gspec['kind'] == 'cell':
            check_turnlike(o, dict(kind='cell', ref=gspec['ref']), o['id'])
        else:
            check_turnlike(o, dict(kind='derived', expr=gspec['ref'], refs=gspec['refs'], decimals=gspec['decimals']), o['id'])
if pi != len(P): err('paraphrase length differs')
if len(groups) < 20 or any(len(v) != 5 for v in groups.values()): err('paraphrase groups must be 20 x 5')
for gid, v in groups.items():
    if len({json.dumps(x['expected'], sort_keys=True) for x in v}) != 1: err(f'{gid}: expected differs within group')
    if len({x['question'] for x in v}) != 5: err(f'{gid}: duplicate question in group')
reports = sorted(os.path.splitext(f)[0] for f in os.listdir(CORPUS) if f not in ('SOURCES.md', 'template.json'))
for r in reports:
    if per_report[r] < 4: err(f'report {r} has only {per_report[r]} items in set.jsonl')
print('kinds:', dict(kinds), 'total', len(S), '| paraphrase', len(P), 'in', len(groups), 'groups')
print('per report:', dict(sorted(per_report.items())))
if errors:
    print('\n'.join(errors[:80])); print(f'FAILED: {len(errors)} problem(s)'); sys.exit(1)
print('OK: all values recomputed from gold, all substrings found')
