"""Independent checker for xset22/set.jsonl: re-reads the gold JSON and corpus text, recomputes every value."""
import json, os, re, sys
GOLD, CORPUS = '/work/blind/gold', '/work/shared/corpus'
EXT = {f.rsplit('.', 1)[0]: f for f in os.listdir(CORPUS) if f.rsplit('.', 1)[-1] in ('txt', 'md', 'html', 'pdf')}
_g = {}
def gold(stem):
    if stem not in _g: _g[stem] = json.load(open(f'{GOLD}/{stem}.json'))
    return _g[stem]
def val(stem, t, r, c):
    v = gold(stem)['cells'][t][r][c]
    assert type(v) in (int, float), (stem, t, r, c, v)
    return v
def stems_of(body):
    return {int(f[len(body) + 1:-5]): f[:-5] for f in os.listdir(GOLD)
            if f.endswith('.json') and re.fullmatch(re.escape(body) + r'_\d{4}\.json', f)}
def line_has(stem, s):
    path = f'{CORPUS}/{EXT[stem]}'
    assert not path.endswith(('.pdf', '.html')), 'narratives only from txt/md here'
    return any(s in ln for ln in open(path, encoding='utf-8'))
errs = []
def bad(i, m): errs.append(f'{i}: {m}')

def chk(i, it):
    k, e = it['kind'], it['expected']
    if k == 'series':
        ys = stems_of(it['body'])
        span = range(it['span'][0], it['span'][1] + 1) if it['span'] else range(min(ys), max(ys) + 1)
        if set(map(int, e['values'])) | set(e['gaps']) | set(e['not_comparable']) != set(span): bad(i, 'span cover')
        if sorted(e['gaps']) != [y for y in span if y not in ys]: bad(i, 'gaps')
        for y, v in e['values'].items():
            if v['report'] != ys[int(y)]: bad(i, 'report')
            if val(v['report'], v.get('table', e['table']), v.get('row', e['row']), v.get('column', e['column'])) != v['value']: bad(i, f'value {y}')
            if 'row' in v and gold(v['report'])['format'] != 'pre_2019': bad(i, 'mapped non-pre2019')
        for y in e['not_comparable']:
            g = gold(ys[y])['cells']
            if e['column'] in g.get(e['table'], {}).get(e['row'], {}): bad(i, f'row exists in {y}')
        p = e['pick']
        if p:
            vs = {int(y): v['value'] for y, v in e['values'].items()}
            if p['kind'] == 'sum':
                if abs(sum(vs.values()) - p['value']) > 1e-9: bad(i, 'sum')
            else:
                b = (max if p['kind'] == 'max' else min)(vs.values())
                if b != p['value'] or vs.get(p['year']) != b: bad(i, 'pick')
    elif k == 'comparison':
        ref = it['ref']
        for st, v in e['values'].items():
            if 'cell' in ref:
                x = val(st, *ref['cell'])
            else:
                (n, d) = ref['rate']; x = round(val(st, *n) * 100 / val(st, *d), e['decimals'])
            if abs(x - v) > 1e-9: bad(i, f'value {st}')
        if e['order']:
            vs = e['values']; b = (max if e['order'] == 'desc' else min)(vs.values())
            w = [s for s in vs if vs[s] == b]
            if e['top'] != (w[0] if len(w) == 1 else None): bad(i, 'top')
        yd = len({gold(s)['year'] for s in it['reports']}) > 1
        if yd != bool(e.get('years_differ')): bad(i, 'years_differ')
    elif k == 'consistency':
        ok = True
        for p in e['pairs']:
            if gold(p['to'])['year'] != gold(p['from'])['year'] + 1: bad(i, 'not consecutive')
            if it['mode'] == 'carry':
                o = val(p['from'], 'T3', 'carried_to_next_year', p['column']); n = val(p['to'], 'T3', 'carried_over_from_last_year', p['column'])
            else:
                o = val(p['from'], 'stats', it['row'], 'cumulative') + val(p['to'], 'stats', it['row'], 'this_year'); n = val(p['to'], 'stats', it['row'], 'cumulative')
            if (o, n, o == n) != (p['out'], p['in'], p['agree']): bad(i, 'pair')
            ok &= o == n
        if ok != e['all_agree']: bad(i, 'all_agree')
    elif k == 'noyear':
        body = it['report'].rsplit('_', 1)[0]
        ys = stems_of(body)
        if ys[max(ys)] != it['report'] or e['report'] != it['report']: bad(i, 'not newest')
        if e['type'] == 'cell':
            if val(it['report'], e['table'], e['row'], e['column']) != e['value']: bad(i, 'cell')
        elif e['type'] == 'derived':
            if sum(val(it['report'], *c) for c in e['cells']) != e['value']: bad(i, 'derived')
        else:
            if not (6 <= len(e['substring']) <= 30 and line_has(it['report'], e['substring'])): bad(i, 'substring')
    elif k == 'cell':
        if val(it['report'], e['table'], e['row'], e['column']) != e['value']: bad(i, 'cell')
    elif k == 'nobody':
        for st, s in e['where']:
            if not (6 <= len(s) <= 30 and line_has(st, s)): bad(i, f'substring {s}')
        if set(e['substrings']) != {s for _, s in e['where']}: bad(i, 'subs')
    elif k == 'unanswerable':
        if e['reason'] not in ('body_not_indexed', 'year_not_indexed', 'no_such_figure', 'not_in_this_format'): bad(i, 'reason')
    else:
        bad(i, 'kind ' + k)

ids = set(); n = 0
for ln in open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'set.jsonl'), encoding='utf-8'):
    it = json.loads(ln); n += 1
    if it['id'] in ids or not it['id'].startswith('x22-'): bad(it['id'], 'id')
    ids.add(it['id'])
    if it['kind'] == 'followup':
        if not 2 <= len(it['turns']) <= 3 or it['turns'][0]['kind'] not in ('series', 'comparison'): bad(it['id'], 'followup shape')
        for j, t in enumerate(it['turns']): chk(f"{it['id']}#{j}", t)
    else:
        chk(it['id'], it)
print(n, 'items;', len(errs), 'errors'); [print(' ', e) for e in errs]
sys.exit(1 if errs or n < 110 else 0)
