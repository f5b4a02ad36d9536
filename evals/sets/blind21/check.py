# -*- coding: utf-8 -*-
"""Independent checker for set b21: re-reads the gold cells, recomputes every expected value from the
references in questions.py with its own code (and re-reads each cell named in a derived formula),
checks narrative substrings occur verbatim on ONE line of the report text, and checks the set's shape.
Text used: corpus .txt/.md as stored; for the PDF the pdftotext -layout output text/hongze-district_2023.txt,
for the HTML the tag-stripped <ucapcontent> body text/shuyang-fgj_2023.txt (both read alongside the rendered pages).
Exit status 1 on any mismatch."""
import json, os, re, sys, glob
from collections import Counter, defaultdict
HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = '/work/shared/corpus'
sys.path.insert(0, HERE)
import questions as Q
errs = []
def err(m): errs.append(m)
G = {}
for d in ('/work/blind/gold', os.path.join(HERE, 'gold')):
    for p in glob.glob(os.path.join(d, '*.json')):
        G.setdefault(os.path.basename(p)[:-5], json.load(open(p, encoding='utf-8')))
def val(rep, t, row, col):
    x = G[rep]['cells'][t][row][col]
    if x is None or isinstance(x, (str, dict, bool)):
        err(f'asked cell not determined: {rep} {t} {row} {col} = {x!r}'); return None
    return x
def refval(ref):
    neg = ref.startswith('-'); a = ref.lstrip('-').split(':')
    v = val(*a); return None if v is None else (-v if neg else v)
def close(a, b): return a is not None and b is not None and abs(a - b) < 1e-9
def recompute(it):
    k = it['kind']
    if k == 'cell': return refval(it['ref'])
    if k == 'derived':
        if it.get('op') == 'argmax':
            pairs = [(refval(r), G[r.split(':')[0]]['year']) for r in it['num']['argmax_year']]
            m = max(p[0] for p in pairs); ys = [y for v, y in pairs if v == m]
            if len(ys) != 1: err('argmax tie'); 
            return ys[0]
        n = sum(refval(r) for r in it['num'])
        if it.get('den'):
            d = sum(refval(r) for r in it['den'])
            x = n * it['scale'] / d
        else: x = n
        if it.get('decimals') is not None: x = round(x, it['decimals'])
        return x
    return None
TEXT = {}
def lines(rep):
    if rep not in TEXT:
        p = None
        for ext in ('.txt', '.md'):
            if os.path.exists(os.path.join(CORPUS, rep + ext)): p = os.path.join(CORPUS, rep + ext)
        if p is None: p = os.path.join(HERE, 'text', rep + '.txt')
        TEXT[rep] = open(p, encoding='utf-8').read().split('\n')
    return TEXT[rep]
def check_expected(label, it, exp, rep, yr):
    k = it['kind']
    if k in ('cell', 'derived'):
        want = recompute(it)
        if not close(want, exp.get('value')): err(f'{label}: value {exp.get("value")} != recomputed {want}')
        if k == 'cell':
            a = it['ref'].split(':')
            if [exp['table'], exp['row'], exp['column']] != a[1:] or a[0] != rep: err(f'{label}: cell address mismatch')
        else:
            for m in re.finditer(r'([\w-]+)\.(T2|T3|T4|stats)\.(\w+)\.([\w.]+)\(([-\d.]+)\)', exp.get('formula', '')):
                g = G[m.group(1)]['cells'][m.group(2)][m.group(3)][m.group(4)]
                if not close(g, float(m.group(5))): err(f'{label}: formula cell {m.group(0)} != gold {g}')
            for key in ('formula', 'unit'):
                if key not in exp: err(f'{label}: derived without {key}')
    elif k == 'narrative':
        s = exp['substring']
        if not (6 <= len(s) <= 30): err(f'{label}: substring length {len(s)}')
        if not any(s in ln for ln in lines(rep)): err(f'{label}: substring not on one line of {rep}: {s}')
        if s != it['substring']: err(f'{label}: substring differs from reference')
    elif k == 'unanswerable':
        if exp != {'status': 'not_found', 'reason': it['reason']}: err(f'{label}: unanswerable expected')
        if it['reason'] not in ('body_not_indexed', 'year_not_indexed', 'no_such_figure', 'not_in_this_format'): err(f'{label}: reason')
        if it['reason'] == 'year_not_indexed' and rep is None:
            pass
    elif k == 'ambiguous':
        if exp != {'status': 'ambiguous'}: err(f'{label}: ambiguous expected')
    if rep is not None:
        if rep not in G: err(f'{label}: unknown report {rep}')
        elif k != 'unanswerable' and yr != G[rep]['year']: err(f'{label}: year {yr} != gold year')
    return
rows = [json.loads(l) for l in open(os.path.join(HERE, 'set.jsonl'), encoding='utf-8')]
if len(rows) != len(Q.ITEMS): err('set.jsonl length differs from questions.py')
ids = set(); covered = set(); kinds = Counter()
for r, it in zip(rows, Q.ITEMS):
    if r['id'] in ids or not r['id'].startswith('b21-'): err(f'bad/dup id {r["id"]}')
    ids.add(r['id']); kinds[r['kind']] += 1
    if r['kind'] != it['kind']: err(f'{r["id"]}: kind mismatch')
    if not r.get('class') and r['kind'] != 'followup': err(f'{r["id"]}: no class')
    if r['kind'] == 'followup':
        if not (2 <= len(r['turns']) <= 3): err(f'{r["id"]}: turns')
        for i, (t, ti) in enumerate(zip(r['turns'], it['turns'])):
            e = dict(t['expected']); rep = e.pop('report'); yr = e.pop('year')
            if t['question'] != ti['question']: err(f'{r["id"]} turn {i}: question')
            check_expected(f'{r["id"]}#{i}', ti, e, rep, yr)
            if rep: covered.add(rep)
            for m in re.finditer(r'([\w-]+)\.(?:T2|T3|T4|stats)\.', e.get('formula', '')): covered.add(m.group(1))
    else:
        if r['question'] != it['question']: err(f'{r["id"]}: question differs')
        check_expected(r['id'], it, r['expected'], r['report'], r['year'])
        if r['report']: covered.add(r['report'])
        for m in re.finditer(r'([\w-]+)\.(?:T2|T3|T4|stats)\.', r['expected'].get('formula', '')): covered.add(m.group(1))
    if re.search(r'"value"', json.dumps(it, ensure_ascii=False)): err(f'{r["id"]}: typed value in questions.py')
n = len(rows)
print('items', n, dict(kinds))
if n < 200: err('fewer than 200 items')
share = {k: kinds[k] / n for k in kinds}
for k, lo, hi in (('cell', .35, .47), ('derived', .12, .19), ('narrative', .12, .19), ('unanswerable', .12, .19), ('followup', .08, .13), ('ambiguous', 0.0, .05)):
    if not (lo <= share.get(k, 0) <= hi): err(f'share of {k} {share.get(k,0):.3f} outside [{lo},{hi}]')
# paraphrase
P = [json.loads(l) for l in open(os.path.join(HERE, 'paraphrase.jsonl'), encoding='utf-8')]
groups = defaultdict(list)
for p in P: groups[p['group']].append(p)
if len(groups) < 16: err('fewer than 16 paraphrase groups')
for g, items in groups.items():
    if len(items) != 5: err(f'group {g} has {len(items)}')
    if len({json.dumps(x['expected'], sort_keys=True) for x in items}) != 1: err(f'group {g}: expected differ')
    if len({x['question'] for x in items}) != 5: err(f'group {g}: duplicate questions')
for spec in Q.PARA:
    items = groups['b21-' + spec['group']]; rep = spec['report']; s = spec['spec']
    for x in items:
        if x['id'] in ids: err(f'dup id {x["id"]}')
        ids.add(x['id'])
        if s[0] == 'cell':
            it = {'kind': 'cell', 'ref': f'{rep}:{s[1]}:{s[2]}:{s[3]}'}
        else:
            it = {'kind': 'derived', 'num': s[2], 'scale': 1}
        check_expected(x['id'], it, x['expected'], x['report'], x['year'])
    covered.add(rep)
reports = {os.path.splitext(os.path.basename(p))[0] for p in glob.glob(CORPUS + '/*') if not p.endswith(('template.json', 'SOURCES.md'))}
miss = reports - covered
if miss: err(f'reports not covered: {sorted(miss)}')
print('reports covered', len(covered & reports), 'of', len(reports))
if errs:
    print('\n'.join(errs)); print('FAIL', len(errs)); sys.exit(1)
print('OK')
