# -*- coding: utf-8 -*-
"""Independent checker for x19: recomputes every expected value of set.jsonl from the gold JSON and
checks each narrative substring (6-30 chars) on one line of the report's text file in /work/shared/corpus.
Narrative substrings come only from .txt/.md reports (text as stored); none from the PDF/HTML reports."""
import json, os, sys, glob, math
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = '/work/shared/corpus'
GOLD = {}
for d in ('/work/blind/gold', os.path.join(HERE, 'gold')):
    for p in glob.glob(os.path.join(d, '*_[0-9][0-9][0-9][0-9].json')):
        GOLD[os.path.basename(p)[:-5]] = json.load(open(p, encoding='utf-8'))
STEMS = {}
for p in os.listdir(CORPUS):
    b, ext = os.path.splitext(p)
    if ext in ('.txt', '.md', '.pdf', '.html') and b[-5:-4] == '_' and b[-4:].isdigit():
        STEMS[b] = p
sys.path.insert(0, HERE)
import questions
SPECS = questions.Q
errs = []
def err(i, m): errs.append('%s: %s' % (i, m))

def val(stem, t, r, c):
    try:
        v = GOLD[stem]['cells'][t][r][c]
    except KeyError:
        return KeyError
    return v
def isnum(v): return isinstance(v, (int, float)) and not isinstance(v, bool)
def same(a, b): return isnum(a) and isnum(b) and abs(a - b) < 1e-6

def years_of(body):
    return sorted(int(s[-4:]) for s in STEMS if s[:-5] == body)

def chk_series(i, o, spec):
    e = o['expected']; body = o['body']
    ys = years_of(body)
    lo, hi = spec['span'] if spec['span'] else (ys[0], ys[-1])
    want_years = [y for y in range(lo, hi + 1)]
    got = set(int(y) for y in e['values']) | set(e['gaps']) | set(e['not_comparable'])
    if got != set(want_years): err(i, 'years not covered %s' % sorted(got ^ set(want_years)))
    for y in e['gaps']:
        if '%s_%d' % (body, y) in STEMS: err(i, 'gap %d has a report' % y)
    for y in e['not_comparable']:
        st = '%s_%d' % (body, y)
        if st not in STEMS: err(i, 'nc year without report %d' % y)
        fmt = GOLD[st]['format']
        tc = spec['alt'].get(fmt, spec['cell'])
        if val(st, *tc) is not KeyError: err(i, 'nc year %d has the cell' % y)
    for y, ent in e['values'].items():
        st = '%s_%s' % (body, y)
        if ent['report'] != st: err(i, 'report mismatch %s' % y)
        t = ent.get('table', e['table']); r = ent.get('row', e['row']); c = ent.get('column', e['column'])
        v = val(st, t, r, c)
        if not same(v, ent['value']): err(i, 'value %s %s != gold %s' % (y, ent['value'], v))
        if GOLD[st]['format'] in spec['alt'] and tuple(spec['alt'][GOLD[st]['format']]) != (t, r, c): err(i, 'alt not applied')
    p = e['pick']; vs = {int(y): ent['value'] for y, ent in e['values'].items()}
    if spec['pick'] is None:
        if p is not None: err(i, 'pick should be null')
    elif spec['pick'] == 'sum':
        if not same(sum(vs.values()), p['value']): err(i, 'sum wrong')
    else:
        b = (max if spec['pick'] == 'max' else min)(vs.values())
        yy = [y for y, v in vs.items() if v == b]
        if len(yy) != 1 or p['year'] != yy[0] or not same(p['value'], b): err(i, 'pick wrong')

def chk_comparison(i, o, spec):
    e = o['expected']
    if list(e['values']) != spec['reports']: err(i, 'reports differ')
    for st in spec['reports']:
        if spec['rate']:
            rt = spec['rate']
            n = sum(GOLD[st]['cells']['T3'][r][rt['col']] for r in rt['num'])
            d = sum(GOLD[st]['cells']['T3'][r][rt['col']] for r in rt['den'])
            x = n * 100.0 / d
            ok = abs(x - e['values'][st]) <= 0.5 * 10 ** (-rt['decimals']) + 1e-9
            if not ok: err(i, 'rate %s' % st)
        else:
            v = val(st, *spec['cell'])
            if not same(v, e['values'][st]): err(i, 'value %s %s vs %s' % (st, e['values'][st], v))
    vals = e['values']
    if e['order']:
        b = max(vals.values()) if e['order'] == 'desc' else min(vals.values())
        tops = [s for s in vals if vals[s] == b]
        if e['top'] != (tops[0] if len(tops) == 1 else None): err(i, 'top wrong')
    elif e['top'] is not None: err(i, 'top without order')
    yrs = set(s[-4:] for s in spec['reports'])
    if (len(yrs) > 1) != bool(e.get('years_differ')): err(i, 'years_differ flag')
    if len(yrs) > 1 and o.get('kind') == 'comparison' and not o.get('note') and 'turns' not in o: err(i, 'years differ without note')

def chk_consistency(i, o, spec):
    ps = o['expected']['pairs']
    for p in ps:
        a, b = p['from'], p['to']
        if int(b[-4:]) != int(a[-4:]) + 1 or a not in STEMS or b not in STEMS: err(i, 'pair not consecutive')
        if spec['mode'] == 'carry':
            out = GOLD[a]['cells']['T3']['carried_to_next_year'][p['column']]
            inn = GOLD[b]['cells']['T3']['carried_over_from_last_year'][p['column']]
        else:
            s_a = GOLD[a]['cells']['stats'][p['row']]; s_b = GOLD[b]['cells']['stats'][p['row']]
            out = s_a['cumulative']; inn = s_b['cumulative'] - s_b['this_year']
        if out != p['out'] or inn != p['in'] or (out == inn) != p['agree']: err(i, 'pair wrong %s' % a)
    if o['expected']['all_agree'] != all(p['agree'] for p in ps): err(i, 'all_agree')

def text_lines(stem):
    p = os.path.join(CORPUS, STEMS[stem])
    if not p.endswith(('.txt', '.md')): return None
    return open(p, encoding='utf-8').read().split('\n')

def chk_sub(i, stem, s):
    if not (6 <= len(s) <= 30): err(i, 'substring length %d' % len(s))
    ls = text_lines(stem)
    if ls is None: err(i, 'substring from non-text report'); return
    if not any(s in l for l in ls): err(i, 'substring not found in %s: %s' % (stem, s))

def chk_noyear(i, o, spec):
    st = o['report']; body = st[:-5]
    if int(st[-4:]) != years_of(body)[-1]: err(i, 'not newest')
    e = o['expected']
    if o['sub_kind'] == 'cell':
        if not same(val(st, e['table'], e['row'], e['column']), e['value']): err(i, 'cell value')
    elif o['sub_kind'] == 'derived':
        if not same(sum(GOLD[st]['cells'][t][r][c] for t, r, c in spec['cells']), e['value']): err(i, 'derived value')
    else:
        chk_sub(i, st, e['substring'])

def chk_nobody(i, o, spec):
    e = o['expected']
    for st, s in zip(e['reports'], e['substrings']): chk_sub(i, st, s)

def chk_cell(i, o, spec):
    e = o['expected']
    if not same(val(o['report'], e['table'], e['row'], e['column']), e['value']): err(i, 'cell value')

def chk_unans(i, o, spec):
    if o['expected'] != {'status': 'not_found', 'reason': spec['reason']} and {k: o['expected'][k] for k in ('status', 'reason')} != {'status': 'not_found', 'reason': spec['reason']}:
        err(i, 'unanswerable')
    if spec['reason'] not in ('body_not_indexed', 'year_not_indexed', 'no_such_figure', 'not_in_this_format'): err(i, 'reason')

CH = {'series': chk_series, 'comparison': chk_comparison, 'consistency': chk_consistency, 'noyear': chk_noyear,
      'nobody': chk_nobody, 'unanswerable': chk_unans, 'cell': chk_cell}

items = [json.loads(l) for l in open(os.path.join(HERE, 'set.jsonl'), encoding='utf-8')]
if len(items) != len(SPECS): err('set', 'item count differs from questions.py')
ids = [o['id'] for o in items]
if len(set(ids)) != len(ids) or not all(x.startswith('x19-') for x in ids): err('set', 'ids')
for o, spec in zip(items, SPECS):
    i = o['id']
    if o['kind'] != spec['kind']: err(i, 'kind'); continue
    if o['kind'] == 'followup':
        if not (2 <= len(o['turns']) <= 3): err(i, 'turns')
        if o['turns'][0]['kind'] not in ('series', 'comparison'): err(i, 'first turn kind')
        for t, ts in zip(o['turns'], spec['turns']):
            CH[t['kind']](i, t, ts)
    else:
        if not o.get('question') or not o.get('class'): err(i, 'question/class missing')
        CH[o['kind']](i, o, spec)
# no typed numbers in the question specs
for spec in SPECS:
    for k in ('value', 'values', 'expected'):
        if k in spec: err('questions.py', 'typed %s' % k)
c = Counter(o['kind'] for o in items)
print('items', len(items), dict(c))
if len(items) < 110: err('set', 'fewer than 110 items')
if errs:
    print('\n'.join(errs)); print('FAIL', len(errs)); sys.exit(1)
print('PASS')
