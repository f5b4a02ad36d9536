"""Make the 'text I read' for the two rendered reports (one paragraph / table row per line).

- shuyang-fgj_2023.html: the report body (<ucapcontent>) with tags stripped, one <p> / <tr> per line,
  table cells separated by tabs. Checked by eye against the chromium screenshot (see NOTES.md).
- hongze-district_2023.pdf: pdftotext -layout, page footers dropped, wrapped prose lines joined into
  paragraphs (a paragraph starts at an indented line). Checked by eye against pdftoppm pages.
Writes gold/shuyang-fgj_2023.read.txt and gold/hongze-district_2023.read.txt.
"""
import html, re, subprocess, pathlib
HERE = pathlib.Path(__file__).resolve().parent
CORPUS = pathlib.Path('/work/shared/corpus')

def html_text():
    s = (CORPUS / 'shuyang-fgj_2023.html').read_text(encoding='utf-8')
    title = re.search(r'<ucaptitle>(.*?)</ucaptitle>', s, re.S).group(1)
    body = re.search(r'<ucapcontent>(.*?)</ucapcontent>', s, re.S).group(1)
    body = re.sub(r'<!--.*?-->', '', body, flags=re.S)
    body = re.sub(r'\s*\n\s*', '', body)          # source newlines are layout only
    body = re.sub(r'(?i)<br\s*/?>', '\n', body)
    body = re.sub(r'(?i)</p>|</tr>|</h\d>', '\n', body)
    body = re.sub(r'(?i)</t[dh]>', '\t', body)
    body = re.sub(r'<[^>]+>', '', body)
    body = html.unescape(body).replace('\xa0', ' ')
    lines = [re.sub(r'[ \u3000]+', ' ', l).strip(' \t') for l in body.split('\n')]
    lines = [l for l in lines if l.strip()]
    out = [title.strip()] + lines
    (HERE / 'shuyang-fgj_2023.read.txt').write_text('\n'.join(out) + '\n', encoding='utf-8')

def pdf_text():
    t = subprocess.run(['pdftotext', '-layout', str(CORPUS / 'hongze-district_2023.pdf'), '-'],
                       capture_output=True, text=True).stdout
    paras, cur = [], ''
    for raw in t.split('\n'):
        line = raw.replace('\x0c', '')
        if re.fullmatch(r'\s*-\s*\d+\s*-\s*', line) or not line.strip():
            continue
        indented = re.match(r'\s{3,}', line) is not None
        s = line.strip()
        if indented or re.search(r'\s{4,}', s):     # new paragraph, heading or table row
            if cur: paras.append(cur)
            cur = re.sub(r'\s{2,}', '\t', s)
        else:
            cur += s
    if cur: paras.append(cur)
    # join CJK text broken by pdftotext's spacing (e.g. "2023 年") is NOT done: kept as extracted
    (HERE / 'hongze-district_2023.read.txt').write_text('\n'.join(paras) + '\n', encoding='utf-8')

if __name__ == '__main__':
    html_text(); pdf_text()
