# -*- coding: utf-8 -*-
"""Build set.jsonl for xset7 from questions.py and the gold cells in /work/blind/gold (no typed numbers)."""
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import questions as Q  # noqa: E402

GOLD = '/work/blind/gold'
CORPUS = '/work/shared/corpus'

gold = {}
for f in glob.glob(os.path.join(GOLD, '*.json')):
    gold[os.path.basename(f)[:-5]] = json.load(open(f, encoding='utf-8'))


def years_of(body):
    ys = []
    for stem in gold:
        b, _, y = stem.rpartition('_')
        if b == body:
            ys.append(int(y))
    return sorted(ys)


def get(stem, cell):
    """Return a resolved number, or raise KeyError when the row/column is absent in that report's format."""
    t, r, col = cell
    v = gold[stem]['cells'][t][r][col]
    if not isinstance(v, (int, float)) or isinstance(v, bool):
        raise ValueError('unusable gold cell %s %s: %r' % (stem, cell, v))
    return v


def has(stem, cell):
    t, r, col = cell
    return t in gold[stem]['cells'] and r in gold[stem]['cells'][t] and col in gold[stem]['cells'][t][r]


def num(x):
    if isinstance(x, float) and x.is_integer():
        return int(x)
    return x


def build_series(sp):
    body = sp['body']
    have = years_of(body)
    span = list(range(sp['span'][0], sp['span'][1] + 1)) if sp['span'] else have
    values, gaps, nc = {}, [], []
    t0, r0, c0 = sp['cell']
    for y in span:
        if y not in have:
            gaps.append(y)
            continue
        stem = '%s_%d' % (body, y)
        fmt = gold[stem]['format']
        cell = tuple(sp['map'].get(fmt, sp['cell']))
        if not has(stem, cell):
            nc.append(y)
            continue
        e = {'report': stem, 'value': num(get(stem, cell))}
        if cell != (t0, r0, c0):
            e.update({'table': cell[0], 'row': cell[1], 'column': cell[2]})
        values[str(y)] = e
    assert values, sp['question']
    pick = None
    if sp['pick']:
        vals = [(e['value'], int(y)) for y, e in values.items()]
        if sp['pick'] == 'sum':
            pick = {'kind': 'sum', 'value': num(round(sum(v for v, _ in vals), 6)), 'year': None}
        else:
            best = max(v for v, _ in vals) if sp['pick'] == 'max' else min(v for v, _ in vals)
            ys = [y for v, y in vals if v == best]
            assert len(ys) == 1, ('tie in pick', sp['question'], ys)
            pick = {'kind': sp['pick'], 'value': best, 'year': ys[0]}
    exp = {'table': t0, 'row': r0, 'column': c0, 'values': values, 'gaps': gaps, 'not_comparable': nc, 'pick': pick}
    return exp


def label(cell):
    return '%s.%s.%s' % cell


def build_comparison(sp):
    vals, parts = {}, []
    for stem in sp['reports']:
        n = sum(get(stem, cl) for cl in sp['num'])
        ntxt = '+'.join(str(num(get(stem, cl))) for cl in sp['num'])
        if sp['den']:
            d = sum(get(stem, cl) for cl in sp['den'])
            dtxt = '+'.join(str(num(get(stem, cl))) for cl in sp['den'])
            v = round(n / d * 100, sp['decimals'])
            parts.append('%s: (%s)/(%s)*100 = %s' % (stem, ntxt, dtxt, v))
        else:
            v = num(round(n, 6))
            if len(sp['num']) > 1:
                parts.append('%s: %s = %s' % (stem, ntxt, v))
        vals[stem] = v
    formula = None
    if sp['den']:
        formula = '(%s) / (%s) * 100; ' % (' + '.join(map(label, sp['num'])), ' + '.join(map(label, sp['den']))) + '; '.join(parts)
    elif len(sp['num']) > 1:
        formula = ' + '.join(map(label, sp['num'])) + '; ' + '; '.join(parts)
    order, top = sp['order'], None
    if order:
        best = max(vals.values()) if order == 'desc' else min(vals.values())
        tops = [s for s, v in vals.items() if v == best]
        assert len(tops) == 1, ('tie', sp['question'])
        top = tops[0]
        assert len(set(vals.values())) == len(vals), ('tie in order', sp['question'])
    exp = {'values': vals, 'unit': sp['unit'], 'formula': formula, 'order': order, 'top': top,
           'decimals': sp['decimals']}
    if sp['years_differ']:
        exp['years_differ'] = True
    return exp


def build_consistency(sp):
    pairs = []
    have = years_of(sp['body'])
    for y0, y1 in sp['pairs']:
        assert y1 == y0 + 1 and y0 in have and y1 in have
        a, b = '%s_%d' % (sp['body'], y0), '%s_%d' % (sp['body'], y1)
        if sp['mode'] == 'carry':
            out = get(a, ('T3', 'carried_to_next_year', sp['col']))
            inn = get(b, ('T3', 'carried_over_from_last_year', sp['col']))
            pairs.append({'from': a, 'to': b, 'column': sp['col'], 'out': out, 'in': inn, 'agree': out == inn})
        else:
            out = get(a, ('stats', sp['row'], 'cumulative')) + get(b, ('stats', sp['row'], 'this_year'))
            inn = get(b, ('stats', sp['row'], 'cumulative'))
            pairs.append({'from': a, 'to': b, 'column': 'cumulative', 'row': sp['row'], 'out': out, 'in': inn,
                          'agree': out == inn})
    return {'pairs': pairs, 'all_agree': all(p['agree'] for p in pairs)}


def line_has(stem, s):
    f = [p for p in glob.glob(os.path.join(CORPUS, stem + '.*'))][0]
    return any(s in line for line in open(f, encoding='utf-8').read().split('\n'))


def build_noyear(sp):
    stem = '%s_%d' % (sp['body'], years_of(sp['body'])[-1])
    if sp['sub'] == 'narrative':
        assert line_has(stem, sp['substring']), sp['substring']
        return {'substring': sp['substring'], 'report': stem}, 'narrative'
    if sp['sub'] == 'cell':
        t, r, col = sp['cells'][0]
        return {'table': t, 'row': r, 'column': col, 'value': num(get(stem, sp['cells'][0])), 'report': stem}, 'cell'
    vs = [num(get(stem, cl)) for cl in sp['cells']]
    return {'value': num(sum(vs)), 'formula': ' + '.join('%s(%s)' % (label(cl), v) for cl, v in zip(sp['cells'], vs)),
            'unit': sp['unit'], 'report': stem}, 'derived'


def build_nobody(sp):
    for stem, s in sp['subs']:
        assert line_has(stem, s), (stem, s)
    subs = []
    for _, s in sp['subs']:
        if s not in subs:
            subs.append(s)
    return {'accept': ['grouped', 'ambiguous'], 'substrings': subs,
            'reports': sorted(set(stem for stem, _ in sp['subs']))}


def build_turn(sp):
    k = sp['kind']
    if k == 'series':
        return dict(body=sp['body'], expected=build_series(sp))
    if k == 'comparison':
        return dict(reports=sp['reports'], expected=build_comparison(sp))
    if k == 'consistency':
        return dict(body=sp['body'], expected=build_consistency(sp))
    if k == 'unanswerable':
        return dict(expected={'status': 'not_found', 'reason': sp['reason']})
    if k == 'cell':
        t, r, col = sp['cell']
        return dict(report=sp['report'], year=gold[sp['report']]['year'],
                    expected={'table': t, 'row': r, 'column': col, 'value': num(get(sp['report'], sp['cell'])),
                              'report': sp['report'], 'year': gold[sp['report']]['year']})
    raise ValueError(k)


def main():
    out = []
    for i, sp in enumerate(Q.ITEMS, 1):
        rec = {'id': 'x7-%03d' % i, 'kind': sp['kind'], 'class': sp['cls']}
        k = sp['kind']
        if k == 'followup':
            turns = []
            for t in sp['turns']:
                d = {'kind': t['kind'], 'question': t['question']}
                d.update(build_turn(t))
                if t.get('note'):
                    d['note'] = t['note']
                turns.append(d)
            rec['turns'] = turns
        else:
            rec['question'] = sp['question']
            if k == 'series':
                rec['body'] = sp['body']
                rec['expected'] = build_series(sp)
            elif k == 'comparison':
                rec['reports'] = sp['reports']
                rec['expected'] = build_comparison(sp)
            elif k == 'consistency':
                rec['body'] = sp['body']
                rec['expected'] = build_consistency(sp)
            elif k == 'noyear':
                exp, sub = build_noyear(sp)
                rec['body'] = sp['body']
                rec['report'] = exp['report']
                rec['year'] = gold[exp['report']]['year']
                rec['answer_kind'] = sub
                rec['expected'] = exp
            elif k == 'nobody':
                rec['report'] = None
                rec['year'] = None
                rec['expected'] = build_nobody(sp)
            elif k == 'unanswerable':
                rec['report'] = None
                rec['year'] = None
                rec['expected'] = {'status': 'not_found', 'reason': sp['reason']}
        if sp.get('note'):
            rec['note'] = sp['note']
        out.append(rec)
    with open(os.path.join(HERE, 'set.jsonl'), 'w', encoding='utf-8') as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    from collections import Counter
    print(len(out), dict(Counter(r['kind'] for r in out)))


if __name__ == '__main__':
    main()
