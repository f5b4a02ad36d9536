# -*- coding: utf-8 -*-
"""Builds set.jsonl from questions.py and the gold cells (never typed numbers)."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from questions import Q
GOLD_DIRS = ['/work/blind/gold', os.path.join(HERE, 'gold')]

def load_gold():
    g = {}
    for d in GOLD_DIRS:
        if os.path.isdir(d):
            for f in os.listdir(d):
                if f.endswith('.json') and re.match(r'.+_\d{4}\.json$', f):
                    g[f[:-5]] = json.load(open(os.path.join(d, f), encoding='utf-8'))
    return g
G = load_gold()

def stem_year(stem): return int(stem.rsplit('_', 1)[1])
def body_years(body):
    return sorted(stem_year(s) for s in G if s.rsplit('_', 1)[0] == body)

def num(v, where):
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        raise SystemExit('not a usable number at %s: %r' % (where, v))
    return v

def has_cell(stem, cell):
    t, r, c = cell
    cells = G[stem]['cells']
    return t in cells and r in cells[t] and c in cells[t][r]

def cell(stem, c):
    if not has_cell(stem, c):
        raise SystemExit('missing cell %s %s' % (stem, c))
    t, r, k = c
    return num(G[stem]['cells'][t][r][k], (stem, c))

def clean(x):
    return round(x, 6) if isinstance(x, float) else x

def series(spec):
    body, span = spec['body'], spec['span']
    yrs = body_years(body)
    lo, hi = span if span else (yrs[0], yrs[-1])
    values, gaps, nc = {}, [], []
    for y in range(lo, hi + 1):
        stem = '%s_%d' % (body, y)
        if stem not in G:
            gaps.append(y); continue
        fmt = G[stem]['format']
        c = tuple(spec['alt'].get(fmt, spec['cell']))
        if not has_cell(stem, c):
            nc.append(y); continue
        ent = {'report': stem, 'value': cell(stem, c)}
        if c != tuple(spec['cell']):
            ent.update({'table': c[0], 'row': c[1], 'column': c[2]})
        values[str(y)] = ent
    if not values:
        raise SystemExit('empty series %s' % spec['question'])
    pick = None
    if spec['pick'] in ('max', 'min'):
        f = max if spec['pick'] == 'max' else min
        best = f(v['value'] for v in values.values())
        ys = [int(y) for y, v in values.items() if v['value'] == best]
        if len(ys) != 1:
            raise SystemExit('tie in pick: %s' % spec['question'])
        pick = {'kind': spec['pick'], 'value': best, 'year': ys[0]}
    elif spec['pick'] == 'sum':
        pick = {'kind': 'sum', 'value': clean(sum(v['value'] for v in values.values())), 'year': None}
    t, r, c = spec['cell']
    exp = {'table': t, 'row': r, 'column': c, 'values': values, 'gaps': gaps, 'not_comparable': nc, 'pick': pick}
    return {'body': body, 'span': [lo, hi] if span else None, 'expected': exp}

def comparison(spec):
    vals, formula = {}, None
    years = sorted(set(stem_year(s) for s in spec['reports']))
    parts = []
    for s in spec['reports']:
        if spec['rate']:
            rt = spec['rate']; col = rt['col']
            n = sum(cell(s, ('T3', r, col)) for r in rt['num'])
            d = sum(cell(s, ('T3', r, col)) for r in rt['den'])
            vals[s] = round(n / d * 100, rt['decimals'])
            parts.append('%s: %s/%s*100' % (s, n, d))
        else:
            vals[s] = cell(s, tuple(spec['cell']))
    if spec['rate']:
        rt = spec['rate']
        formula = 'T3 %s[%s] / T3 %s[%s] * 100 (%s)' % ('+'.join(rt['num']), rt['col'], '+'.join(rt['den']), rt['col'], '; '.join(parts))
    order = spec['order']; top = None
    if order:
        f = max if order == 'desc' else min
        b = f(vals.values())
        tops = [s for s, v in vals.items() if v == b]
        top = tops[0] if len(tops) == 1 else None
    exp = {'values': vals, 'unit': spec['unit'], 'formula': formula, 'order': order, 'top': top,
           'decimals': spec['rate']['decimals'] if spec['rate'] else None}
    if spec['cell']:
        exp.update({'table': spec['cell'][0], 'row': spec['cell'][1], 'column': spec['cell'][2]})
    if len(years) > 1:
        exp['years_differ'] = True
    return {'reports': spec['reports'], 'years': years, 'expected': exp}

def consistency(spec):
    pairs = []
    for y in spec['years']:
        a, b = '%s_%d' % (spec['body'], y), '%s_%d' % (spec['body'], y + 1)
        if a not in G or b not in G:
            raise SystemExit('non-consecutive %s' % spec['question'])
        if spec['mode'] == 'carry':
            col = spec['col']
            out = cell(a, ('T3', 'carried_to_next_year', col)); inn = cell(b, ('T3', 'carried_over_from_last_year', col))
            pairs.append({'from': a, 'to': b, 'column': col, 'out': out, 'in': inn, 'agree': out == inn})
        else:
            r = spec['row']
            out = cell(a, ('stats', r, 'cumulative'))
            inn = cell(b, ('stats', r, 'cumulative')) - cell(b, ('stats', r, 'this_year'))
            pairs.append({'from': a, 'to': b, 'row': r, 'column': 'cumulative', 'out': out, 'in': inn, 'agree': out == inn})
    return {'body': spec['body'], 'expected': {'pairs': pairs, 'all_agree': all(p['agree'] for p in pairs)}}

def noyear(spec):
    s = spec['report']
    assert max(body_years(s.rsplit('_', 1)[0])) == stem_year(s), 'not newest: ' + s
    if spec['sub'] == 'cell':
        t, r, c = spec['cell']
        exp = {'table': t, 'row': r, 'column': c, 'value': cell(s, spec['cell'])}
    elif spec['sub'] == 'derived':
        vs = [cell(s, c) for c in spec['cells']]
        exp = {'value': clean(sum(vs)), 'formula': ' + '.join('%s.%s.%s(%s)' % (c[0], c[1], c[2], v) for c, v in zip(spec['cells'], vs)) + ' = %s' % clean(sum(vs)),
               'unit': spec['unit']}
    else:
        exp = {'substring': spec['substring']}
    exp['report'] = s
    return {'sub_kind': spec['sub'], 'report': s, 'year': stem_year(s), 'expected': exp}

def nobody(spec):
    return {'report': None, 'year': None, 'expected': {'accept': ['grouped', 'ambiguous'], 'substrings': [x[1] for x in spec['subs']],
            'reports': [x[0] for x in spec['subs']]}}

def unanswerable(spec):
    return {'report': None, 'year': None, 'expected': {'status': 'not_found', 'reason': spec['reason']}}

def cellq(spec):
    s = spec['report']; t, r, c = spec['cell']
    return {'report': s, 'year': stem_year(s), 'expected': {'table': t, 'row': r, 'column': c, 'value': cell(s, spec['cell']), 'report': s, 'year': stem_year(s)}}

FN = {'series': series, 'comparison': comparison, 'consistency': consistency, 'noyear': noyear, 'nobody': nobody,
      'unanswerable': unanswerable, 'cell': cellq}

def item(spec):
    out = {'kind': spec['kind'], 'class': spec.get('cls'), 'question': spec['question']}
    out.update(FN[spec['kind']](spec))
    if spec.get('note'):
        out['note'] = spec['note']
    return out

def main():
    lines = []
    for i, spec in enumerate(Q, 1):
        iid = 'x19-%03d' % i
        if spec['kind'] == 'followup':
            turns = []
            for t in spec['turns']:
                ti = item(t)
                e = ti['expected']
                if t['kind'] == 'series':
                    e.setdefault('report', None); e.setdefault('year', None)
                elif t['kind'] == 'comparison':
                    e['report'] = ti['reports']; e['year'] = ti['years']
                elif t['kind'] == 'consistency':
                    e['report'] = None; e['year'] = None
                else:
                    e['report'] = ti.get('report'); e['year'] = ti.get('year')
                turns.append(ti)
            obj = {'id': iid, 'kind': 'followup', 'class': spec['cls'], 'turns': turns}
            if spec.get('note'): obj['note'] = spec['note']
        else:
            obj = {'id': iid}; obj.update(item(spec))
        lines.append(obj)
    with open(os.path.join(HERE, 'set.jsonl'), 'w', encoding='utf-8') as f:
        for o in lines:
            f.write(json.dumps(o, ensure_ascii=False) + '\n')
    from collections import Counter
    print(len(lines), Counter(o['kind'] for o in lines))

if __name__ == '__main__':
    main()
