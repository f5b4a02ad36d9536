"""Build set.jsonl for xset22 from questions.py and the gold cells in /work/blind/gold."""
import json, glob, os, re
from questions import ITEMS

GOLD = '/work/blind/gold'
G = {os.path.basename(f)[:-5]: json.load(open(f)) for f in glob.glob(GOLD + '/*.json')}
# writer's cross-format equivalences (2019+/trial cell -> pre-2019 统计表 cell)
PRE_MAP = {('T3', 'new_received', 'total'): ('stats', 'requests_total', 'this_year'),
           ('T3', 'granted', 'total'): ('stats', 'reply_full', 'this_year'),
           ('T3', 'partially_granted', 'total'): ('stats', 'reply_partial', 'this_year'),
           ('T4', 'cases', 'review.total'): ('stats', 'admin_review', 'this_year')}

def years(body):
    out = {}
    for stem in G:
        m = re.fullmatch(re.escape(body) + r'_(\d{4})', stem)
        if m: out[int(m.group(1))] = stem
    return dict(sorted(out.items()))

def get(stem, cell):
    t, r, c = cell
    v = G[stem]['cells'][t][r][c]
    if not isinstance(v, (int, float)) or isinstance(v, bool):
        raise ValueError(f'{stem} {cell} not a number: {v}')
    return v

def has(stem, cell):
    t, r, c = cell
    return c in G[stem]['cells'].get(t, {}).get(r, {})

def resolve(stem, cell):
    """cell to use for this report, or None when the row does not exist in its format."""
    if has(stem, cell): return cell
    if G[stem]['format'] == 'pre_2019' and cell in PRE_MAP and has(stem, PRE_MAP[cell]): return PRE_MAP[cell]
    return None

def rnd(x, d=None):
    return round(x, d) if d is not None else (int(x) if float(x).is_integer() else x)

def series(s):
    ys = years(s['body'])
    span = list(range(s['span'][0], s['span'][1] + 1)) if s['span'] else list(range(min(ys), max(ys) + 1))
    t, r, c = s['cell']
    vals, gaps, nc = {}, [], []
    for y in span:
        if y not in ys: gaps.append(y); continue
        cl = resolve(ys[y], s['cell'])
        if cl is None: nc.append(y); continue
        e = {'report': ys[y], 'value': get(ys[y], cl)}
        if cl != tuple(s['cell']): e.update(table=cl[0], row=cl[1], column=cl[2])
        vals[str(y)] = e
    pick = None
    if s['pick']:
        if s['pick'] == 'sum':
            pick = {'kind': 'sum', 'value': rnd(sum(v['value'] for v in vals.values())), 'year': None}
        else:
            f = max if s['pick'] == 'max' else min
            best = f(v['value'] for v in vals.values())
            ys_best = [int(y) for y, v in vals.items() if v['value'] == best]
            pick = {'kind': s['pick'], 'value': best, 'year': ys_best[0] if len(ys_best) == 1 else ys_best}
    exp = {'table': t, 'row': r, 'column': c, 'values': vals, 'gaps': gaps, 'not_comparable': nc, 'pick': pick}
    return {'kind': 'series', 'body': s['body'], 'span': s['span'], 'expected': exp}

def comparison(s):
    vals, forms = {}, []
    for st in s['reports']:
        if s['cell']:
            vals[st] = get(st, s['cell'])
        else:
            (n, d), dec = s['rate'], s['decimals']
            a, b = get(st, n), get(st, d)
            vals[st] = round(100 * a / b, dec)
            forms.append(f'{st}: {n[1]}.{n[2]} {a} / {d[1]}.{d[2]} {b} × 100')
    top = None
    if s['order']:
        f = max if s['order'] == 'desc' else min
        b = f(vals.values()); w = [k for k, v in vals.items() if v == b]
        top = w[0] if len(w) == 1 else None
    yrs = {G[st]['year'] for st in s['reports']}
    exp = {'values': vals, 'unit': s['unit'], 'formula': '; '.join(forms) if forms else None,
           'order': s['order'], 'top': top, 'decimals': s['decimals']}
    if len(yrs) > 1: exp['years_differ'] = True
    ref = {'cell': s['cell']} if s['cell'] else {'rate': s['rate']}
    return {'kind': 'comparison', 'reports': s['reports'], 'ref': ref, 'expected': exp}

def consistency(s):
    ys = years(s['body']); pairs = []
    for a, b in s['pairs']:
        fa, fb = ys[a], ys[b]
        if s['mode'] == 'carry':
            o = get(fa, ('T3', 'carried_to_next_year', s['column'])); i = get(fb, ('T3', 'carried_over_from_last_year', s['column']))
        else:
            o = get(fa, ('stats', s['row'], 'cumulative')) + get(fb, ('stats', s['row'], 'this_year'))
            i = get(fb, ('stats', s['row'], 'cumulative'))
        pairs.append({'from': fa, 'to': fb, 'column': s['column'], 'out': o, 'in': i, 'agree': o == i})
    d = {'kind': 'consistency', 'body': s['body'], 'mode': s['mode'], 'expected': {'pairs': pairs, 'all_agree': all(p['agree'] for p in pairs)}}
    if s['row']: d['row'] = s['row']
    return d

def noyear(s):
    ys = years(s['body']); stem = ys[max(ys)]
    if s['typ'] == 'cell':
        t, r, c = s['cell']; exp = {'type': 'cell', 'table': t, 'row': r, 'column': c, 'value': get(stem, s['cell'])}
    elif s['typ'] == 'derived':
        vs = [get(stem, c) for c in s['cells']]
        exp = {'type': 'derived', 'value': sum(vs), 'formula': ' + '.join(f'{c[2]} {v}' for c, v in zip(s['cells'], vs)), 'unit': '件',
               'cells': s['cells']}
    else:
        exp = {'type': 'narrative', 'substring': s['substring']}
    exp['report'] = stem
    return {'kind': 'noyear', 'report': stem, 'year': G[stem]['year'], 'expected': exp}

def nobody(s):
    return {'kind': 'nobody', 'expected': {'accept': ['grouped', 'ambiguous'], 'substrings': [x[1] for x in s['subs']],
                                           'reports': sorted({x[0] for x in s['subs']}), 'where': [list(x) for x in s['subs']]}}

def unans(s):
    return {'kind': 'unanswerable', 'report': None, 'year': None, 'expected': {'status': 'not_found', 'reason': s['reason']}}

def cellq(s):
    t, r, c = s['cell']
    return {'kind': 'cell', 'report': s['report'], 'year': G[s['report']]['year'],
            'expected': {'table': t, 'row': r, 'column': c, 'value': get(s['report'], s['cell'])}}

FN = {'series': series, 'comparison': comparison, 'consistency': consistency, 'noyear': noyear, 'nobody': nobody,
      'unanswerable': unans, 'cell': cellq}

def one(s):
    d = FN[s['kind']](s)
    out = {'kind': s['kind'], 'class': s['cls'] if 'cls' in s else 'followup-turn', 'question': s['question']}
    out.update(d)
    if s.get('note'): out['note'] = s['note']
    return out

lines = []
for n, s in enumerate(ITEMS, 1):
    iid = f'x22-{n:03d}'
    if s['kind'] == 'followup':
        turns = []
        for t in s['turns']:
            d = one(t); d.pop('kind')
            turns.append({'question': d.pop('question'), 'kind': t['kind'], 'class': d.pop('class'), **d})
        o = {'id': iid, 'kind': 'followup', 'class': s['cls'], 'turns': turns}
        if s.get('note'): o['note'] = s['note']
    else:
        o = {'id': iid, **one(s)}
    lines.append(o)
with open('set.jsonl', 'w', encoding='utf-8') as f:
    for o in lines: f.write(json.dumps(o, ensure_ascii=False) + '\n')
from collections import Counter
print(len(lines), Counter(o['kind'] for o in lines))
