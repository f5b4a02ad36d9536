# -*- coding: utf-8 -*-
"""Independent checker for xset7/set.jsonl.

Recomputes every expected value from the gold cells (/work/blind/gold) with its own code, deciding which rows exist in
which format from template.json (not from the gold files), and checks every narrative / nobody substring occurs
verbatim on one line of the report file in /work/shared/corpus (all substrings used come from .txt/.md files; no
HTML/PDF text is used). Exits non-zero on any mismatch.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = '/work/blind/gold'
CORPUS = '/work/shared/corpus'
sys.path.insert(0, HERE)
import questions as Q  # noqa: E402

errors = []


def err(*a):
    errors.append(' '.join(str(x) for x in a))


TPL = json.load(open(os.path.join(CORPUS, 'template.json'), encoding='utf-8'))


def tpl_keys():
    """format -> table -> set of (row, column) pairs that exist in that format."""
    out = {}
    tabs = {t['id']: t for t in TPL['tables']}
    # 2021
    k21 = {'T2': set(), 'T3': set(), 'T4': set()}
    for st in tabs['T2']['subtables']:
        for r in st['rows']:
            for col in st['columns']:
                k21['T2'].add((r['key'], col['key']))
    t3cols = [col['key'] for col in tabs['T3']['columns']]
    for r in tabs['T3']['rows']:
        for col in t3cols:
            k21['T3'].add((r['key'], col))
    for col in tabs['T4']['columns']:
        k21['T4'].add(('cases', col['key']))
    out['2021'] = k21
    v = TPL['versions']['2019_trial']
    k19 = {'T2': set(), 'T3': set(), 'T4': set(k21['T4'])}
    for st in v['T2']['subtables']:
        for r in st['rows']:
            for col in st['columns']:
                k19['T2'].add((r['key'], col['key']))
    for r in v['T3']['rows']:
        for col in t3cols:
            k19['T3'].add((r['key'], col))
    out['2019_trial'] = k19
    return out


KEYS = tpl_keys()

# reports in the corpus (file stems), each must have a gold file
REPORTS = {}
for fn in os.listdir(CORPUS):
    stem, ext = os.path.splitext(fn)
    if ext in ('.txt', '.md', '.html', '.pdf') and fn != 'SOURCES.md':
        REPORTS[stem] = fn
GOLDS = {}
for stem in REPORTS:
    p = os.path.join(GOLD, stem + '.json')
    if not os.path.exists(p):
        err('no gold for', stem)
        continue
    GOLDS[stem] = json.load(open(p, encoding='utf-8'))


def body_years(body):
    r = []
    for stem in REPORTS:
        i = stem.rfind('_')
        if stem[:i] == body:
            r.append(int(stem[i + 1:]))
    return sorted(r)


def fmt_of(stem):
    y = int(stem.rsplit('_', 1)[1])
    if y < 2019:
        return 'pre_2019'
    if y < 2021:
        return '2019_trial'
    return '2021'


def exists(stem, cell):
    t, r, col = cell
    f = fmt_of(stem)
    if f != GOLDS[stem]['format']:
        err('format mismatch', stem)
    if t == 'stats':
        return f == 'pre_2019' and r in GOLDS[stem].get('labels', {}) and col in ('this_year', 'cumulative')
    if f == 'pre_2019':
        return False
    return (r, col) in KEYS[f][t]


def val(stem, cell):
    t, r, col = cell
    v = GOLDS[stem]['cells'][t][r][col]
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        err('non-numeric gold cell used', stem, cell, v)
        return 0
    return v


def same(a, b):
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) < 1e-9
    return a == b


def chk_series(sp, exp, where):
    ys = body_years(sp['body'])
    if sp['span']:
        span = list(range(sp['span'][0], sp['span'][1] + 1))
    else:
        span = ys
    vals, gaps, nc = {}, [], []
    for y in span:
        if y not in ys:
            gaps.append(y)
            continue
        stem = sp['body'] + '_' + str(y)
        cell = tuple(sp['map'].get(fmt_of(stem), sp['cell']))
        if not exists(stem, cell):
            nc.append(y)
            continue
        vals[str(y)] = (stem, val(stem, cell), cell)
    if gaps != exp['gaps']:
        err(where, 'gaps', gaps, exp['gaps'])
    if nc != exp['not_comparable']:
        err(where, 'not_comparable', nc, exp['not_comparable'])
    if sorted(vals) != sorted(exp['values']):
        err(where, 'years', sorted(vals), sorted(exp['values']))
    for y, (stem, v, cell) in vals.items():
        e = exp['values'].get(y, {})
        if e.get('report') != stem or not same(e.get('value'), v):
            err(where, 'value', y, stem, v, e)
        if tuple(cell) != tuple(sp['cell']) and (e.get('table'), e.get('row'), e.get('column')) != tuple(cell):
            err(where, 'mapped cell not named', y)
    if (exp['table'], exp['row'], exp['column']) != tuple(sp['cell']):
        err(where, 'cell')
    p = exp['pick']
    if sp['pick'] is None:
        if p is not None:
            err(where, 'pick should be null')
    else:
        items = [(v, int(y)) for y, (_, v, _) in vals.items()]
        if sp['pick'] == 'sum':
            want = {'kind': 'sum', 'value': sum(v for v, _ in items), 'year': None}
        else:
            fn = max if sp['pick'] == 'max' else min
            b = fn(v for v, _ in items)
            yy = [y for v, y in items if v == b]
            if len(yy) != 1:
                err(where, 'pick tie')
            want = {'kind': sp['pick'], 'value': b, 'year': yy[0]}
        if p is None or p['kind'] != want['kind'] or not same(p['value'], want['value']) or p['year'] != want['year']:
            err(where, 'pick', p, want)


def chk_comparison(sp, exp, where):
    vals = {}
    for stem in sp['reports']:
        if stem not in GOLDS:
            err(where, 'unknown report', stem)
            continue
        for cl in sp['num'] + (sp['den'] or []):
            if not exists(stem, cl):
                err(where, 'cell not in format', stem, cl)
        n = 0
        for cl in sp['num']:
            n += val(stem, cl)
        if sp['den']:
            d = 0
            for cl in sp['den']:
                d += val(stem, cl)
            vals[stem] = round(100.0 * n / d, sp['decimals'])
        else:
            vals[stem] = n
    if list(exp['values']) != list(vals):
        err(where, 'reports', list(exp['values']))
    for s, v in vals.items():
        if not same(exp['values'].get(s), v):
            err(where, 'value', s, v, exp['values'].get(s))
    if sp['order']:
        srt = sorted(vals.items(), key=lambda kv: -kv[1] if sp['order'] == 'desc' else kv[1])
        if len(srt) > 1 and srt[0][1] == srt[1][1]:
            err(where, 'tie at top')
        if exp['top'] != srt[0][0] or exp['order'] != sp['order']:
            err(where, 'top/order', exp['top'], srt[0][0])
    elif exp['top'] is not None or exp['order'] is not None:
        err(where, 'order should be null')
    years = {GOLDS[s]['year'] for s in sp['reports']}
    if (len(years) > 1) != bool(exp.get('years_differ', False)):
        err(where, 'years_differ flag wrong', years)
    if exp['unit'] != sp['unit'] or exp.get('decimals') != sp['decimals']:
        err(where, 'unit/decimals')


def chk_consistency(sp, exp, where):
    ys = body_years(sp['body'])
    if len(exp['pairs']) != len(sp['pairs']):
        err(where, 'pair count')
    ok_all = True
    for (y0, y1), p in zip(sp['pairs'], exp['pairs']):
        if y1 - y0 != 1 or y0 not in ys or y1 not in ys:
            err(where, 'pair not consecutive/indexed', y0, y1)
        a, b = '%s_%d' % (sp['body'], y0), '%s_%d' % (sp['body'], y1)
        if sp['mode'] == 'carry':
            o = val(a, ('T3', 'carried_to_next_year', sp['col']))
            i = val(b, ('T3', 'carried_over_from_last_year', sp['col']))
        else:
            o = val(a, ('stats', sp['row'], 'cumulative')) + val(b, ('stats', sp['row'], 'this_year'))
            i = val(b, ('stats', sp['row'], 'cumulative'))
        ag = (o == i)
        ok_all = ok_all and ag
        if (p['from'], p['to']) != (a, b) or not same(p['out'], o) or not same(p['in'], i) or p['agree'] != ag:
            err(where, 'pair', p, o, i, ag)
    if exp['all_agree'] != ok_all:
        err(where, 'all_agree')


def on_one_line(stem, s):
    fn = REPORTS[stem]
    if not (fn.endswith('.txt') or fn.endswith('.md')):
        err('substring from non-text file', stem)
        return False
    with open(os.path.join(CORPUS, fn), encoding='utf-8') as f:
        return any(s in line for line in f.read().split('\n'))


def chk_substring(stem, s, where):
    if not (6 <= len(s) <= 30):
        err(where, 'substring length', len(s), s)
    if not on_one_line(stem, s):
        err(where, 'substring not on one line', stem, s)


def chk_noyear(sp, rec, where):
    stem = '%s_%d' % (sp['body'], body_years(sp['body'])[-1])
    exp = rec['expected']
    if rec.get('report') != stem or exp.get('report') != stem:
        err(where, 'newest report', stem, rec.get('report'))
    if sp['sub'] == 'narrative':
        if exp.get('substring') != sp['substring']:
            err(where, 'substring differs')
        chk_substring(stem, sp['substring'], where)
    else:
        v = 0
        for cl in sp['cells']:
            if not exists(stem, cl):
                err(where, 'cell not in format', cl)
            v += val(stem, cl)
        if not same(exp.get('value'), v):
            err(where, 'value', v, exp.get('value'))


def chk_turn(sp, rec, where):
    exp = rec['expected']
    k = sp['kind']
    if rec.get('kind') != k:
        err(where, 'turn kind')
    if k == 'series':
        chk_series(sp, exp, where)
    elif k == 'comparison':
        chk_comparison(sp, exp, where)
    elif k == 'consistency':
        chk_consistency(sp, exp, where)
    elif k == 'unanswerable':
        if exp != {'status': 'not_found', 'reason': sp['reason']}:
            err(where, 'unanswerable')
    elif k == 'cell':
        if not exists(sp['report'], sp['cell']) or not same(exp.get('value'), val(sp['report'], sp['cell'])):
            err(where, 'cell value')
        if exp.get('report') != sp['report'] or exp.get('year') != GOLDS[sp['report']]['year']:
            err(where, 'cell report/year')


REASONS = {'body_not_indexed', 'year_not_indexed', 'no_such_figure', 'not_in_this_format'}


def main():
    recs = [json.loads(l) for l in open(os.path.join(HERE, 'set.jsonl'), encoding='utf-8')]
    if len(recs) < 110:
        err('fewer than 110 items')
    if len(recs) != len(Q.ITEMS):
        err('item count differs from questions.py')
    ids = [r['id'] for r in recs]
    if len(set(ids)) != len(ids) or not all(i.startswith('x7-') for i in ids):
        err('ids')
    for n, (sp, rec) in enumerate(zip(Q.ITEMS, recs), 1):
        where = rec['id']
        if rec['id'] != 'x7-%03d' % n or rec['kind'] != sp['kind'] or not rec.get('class'):
            err(where, 'header')
        k = sp['kind']
        if k != 'followup' and rec.get('question') != sp['question']:
            err(where, 'question text')
        if k == 'series':
            chk_series(sp, rec['expected'], where)
        elif k == 'comparison':
            chk_comparison(sp, rec['expected'], where)
        elif k == 'consistency':
            chk_consistency(sp, rec['expected'], where)
        elif k == 'noyear':
            chk_noyear(sp, rec, where)
        elif k == 'nobody':
            exp = rec['expected']
            if exp['accept'] != ['grouped', 'ambiguous']:
                err(where, 'accept')
            for stem, s in sp['subs']:
                chk_substring(stem, s, where)
                if s not in exp['substrings'] or stem not in exp['reports']:
                    err(where, 'nobody lists')
        elif k == 'unanswerable':
            if rec['expected'] != {'status': 'not_found', 'reason': sp['reason']} or sp['reason'] not in REASONS:
                err(where, 'unanswerable')
        elif k == 'followup':
            if not (2 <= len(rec['turns']) <= 3) or len(rec['turns']) != len(sp['turns']):
                err(where, 'turn count')
            if sp['turns'][0]['kind'] not in ('series', 'comparison'):
                err(where, 'first turn must be series or comparison')
            for j, (ts, tr) in enumerate(zip(sp['turns'], rec['turns']), 1):
                if tr.get('question') != ts['question']:
                    err(where, 'turn question', j)
                chk_turn(ts, tr, '%s/t%d' % (where, j))
        else:
            err(where, 'unknown kind', k)
    if errors:
        print('\n'.join(errors))
        print('FAIL: %d problem(s)' % len(errors))
        sys.exit(1)
    from collections import Counter
    print('OK', len(recs), dict(Counter(r['kind'] for r in recs)))


if __name__ == '__main__':
    main()
