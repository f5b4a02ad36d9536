"use strict";
// Tables laid out as in the national format (labels from GET /api/format), every cell showing its kind.

const KIND_TEXT = { number: "", zero: "", blank: "空白", slash: "/", dash: "—", none: "无", unresolved: "待定", merged: "合并" };
let reports = [];
let format = null;
const issuerSelect = document.getElementById("issuer");
const yearSelect = document.getElementById("year");
const otherSelect = document.getElementById("other");

function mode() {
  return document.querySelector("input[name=mode]:checked").value;
}

function current() {
  return reports.find((r) => r.issuer === issuerSelect.value && String(r.year) === yearSelect.value);
}

function fillYears() {
  const years = reports.filter((r) => r.issuer === issuerSelect.value).map((r) => r.year).sort();
  yearSelect.replaceChildren(...years.map((y) => el("option", { value: y, text: `${y}年` })));
  yearSelect.value = years[years.length - 1];
}

function fillOther() {
  const report = current();
  const m = mode();
  otherSelect.disabled = m === "none";
  let options = [];
  if (m === "year") options = reports.filter((r) => r.issuer === report.issuer && r.year !== report.year);
  if (m === "issuer") options = reports.filter((r) => r.year === report.year && r.issuer !== report.issuer);
  otherSelect.replaceChildren(...options.map((r) => el("option", { value: r.report_id, text: m === "year" ? `${r.year}年` : r.issuer })));
}

function cellText(cell) {
  if (!cell) return "";
  if (cell.kind === "number" || cell.kind === "zero") return String(cell.value);
  if (cell.kind === "unresolved") return cell.candidates.length ? `待定（${cell.candidates.slice(0, 4).join("/")}…）` : "待定";
  return KIND_TEXT[cell.kind];
}

function cellNode(cell, report, label) {
  const button = el("button", { type: "button", class: `cell kind-${cell ? cell.kind : "missing"}`, "data-testid": "cell",
    "data-row": cell ? cell.row : "", "data-column": cell ? cell.column : "", text: cellText(cell),
    title: cell ? `${label}：${cell.kind}` : "缺失" });
  if (cell) button.addEventListener("click", () => showSource(report.report_id, cell.line_number, cell.source_line, `${report.issuer} ${report.year}年 · ${label}`));
  return button;
}

function diffNode(a, b) {
  if (!a || !b || a.value === null || b.value === null) return el("span", { class: "diff", text: "" });
  const d = Math.round((b.value - a.value) * 1e6) / 1e6;
  return el("span", { class: `diff ${d > 0 ? "up" : d < 0 ? "down" : ""}`, "data-testid": "diff", text: d > 0 ? `+${d}` : String(d) });
}

function renderTable(table, report, cells, other, otherCells) {
  const wrap = el("section", { class: "table-wrap" });
  wrap.append(el("h2", { text: table.heading }));
  wrap.append(el("a", { class: "download", "data-testid": `csv-${table.id}`, href: `/api/reports/${encodeURIComponent(report.report_id)}/cells.csv?table=${table.id}`, download: "", text: "下载 CSV" }));
  const t = el("table", { class: "national", "data-table": table.id });
  const key = (row, col) => cells[`${table.id}|${row}|${col}`];
  const okey = (row, col) => otherCells && otherCells[`${table.id}|${row}|${col}`];
  if (table.id === "T4") {
    const head1 = el("tr", {}, ...table.column_groups.map((g) => el("th", { colspan: String(g.span), scope: "colgroup", text: g.label })));
    const head2 = el("tr", {}, ...table.columns.map((c) => el("th", { scope: "col", text: c.label })));
    const row = el("tr", {}, ...table.columns.map((c) => el("td", {}, cellNode(key("cases", c.key), report, `${c.group} · ${c.label}`),
      other ? el("span", { class: "other", text: cellText(okey("cases", c.key)) }) : null, other ? diffNode(okey("cases", c.key), key("cases", c.key)) : null)));
    t.append(el("thead", {}, head1, head2), el("tbody", {}, row));
  } else {
    const columns = table.columns;
    const head = el("tr", {}, el("th", { scope: "col", text: table.row_header }));
    if (table.id === "T3") columns.forEach((c) => head.append(el("th", { scope: "col", text: c.label })));
    else head.append(el("th", { scope: "col", colspan: "3", text: "数量" }));
    const body = el("tbody");
    let lastGroup = null;
    let lastSub = null;
    const valueRow = (row) => {
      const tr = el("tr", {}, el("th", { scope: "row", text: row.label }));
      for (const colKey of row.columns) {
        const column = columns.find((c) => c.key === colKey);
        tr.append(el("td", {}, cellNode(key(row.key, colKey), report, `${row.label} · ${column.label}`),
          other ? el("span", { class: "other", text: cellText(okey(row.key, colKey)) }) : null,
          other ? diffNode(okey(row.key, colKey), key(row.key, colKey)) : null));
      }
      return tr;
    };
    for (const row of table.rows) {
      if (row.subtable && row.subtable !== lastSub) {
        lastSub = row.subtable;
        const colsLabel = row.columns.map((k) => columns.find((c) => c.key === k).label).join(" / ");
        body.append(el("tr", { class: "subhead" }, el("th", { colspan: "8", scope: "rowgroup", text: `${row.subtable}（${colsLabel}）` })));
      }
      if (row.group && row.group !== lastGroup) {
        lastGroup = row.group;
        body.append(el("tr", { class: "group" }, el("th", { colspan: "8", scope: "rowgroup", text: row.group })));
        // a group the report printed as one merged row: its printed value, above the sub-rows it stands for
        const merged = (table.group_rows || []).find((g) => g.label === row.group && key(g.key, g.columns[0]));
        if (merged) body.append(valueRow({ ...merged, label: `${merged.label}（合并打印）` }));
      }
      body.append(valueRow(row));
    }
    t.append(el("thead", {}, head), body);
  }
  wrap.append(el("div", { class: "scroll" }, t));
  return wrap;
}

function index(cells) {
  const out = {};
  for (const c of cells) out[`${c.table}|${c.row}|${c.column}`] = c;
  return out;
}

async function render() {
  const report = current();
  if (!report) return;
  const detail = await getJSON(`/api/reports/${encodeURIComponent(report.report_id)}`);
  const cells = index(detail.tables);
  let other = null;
  let otherCells = null;
  if (mode() !== "none" && otherSelect.value) {
    other = reports.find((r) => r.report_id === otherSelect.value);
    otherCells = index((await getJSON(`/api/reports/${encodeURIComponent(other.report_id)}`)).tables);
  }
  const tables = document.getElementById("tables");
  const fmt = format[detail.format];
  document.getElementById("summary").textContent = `${detail.issuer} ${detail.year}年（格式 ${detail.format}）：${detail.tables.length} 个单元格` +
    (other ? `；灰色小字为${mode() === "year" ? other.year + "年" : other.issuer}的数字，箭头为本报告减去对比对象` : "");
  tables.replaceChildren(...(fmt.tables.length ? fmt.tables.map((t) => renderTable(t, detail, cells, other, otherCells))
    : [el("p", { text: "该报告为2019年以前的格式，没有全国统一的统计表。" })]));
  const checks = document.getElementById("checks");
  checks.replaceChildren(...detail.checks.filter((c) => c.status !== "passed").map((c) =>
    el("li", { class: `check-${c.status}` }, checkMark(c.status), ` ${c.description}：${c.details}`)));
  const passed = detail.checks.filter((c) => c.status === "passed").length;
  checks.prepend(el("li", {}, checkMark("passed"), ` ${passed} 项核对通过`));
  renderSeriesChecks(report.issuer);
  const charts = document.getElementById("charts");
  charts.replaceChildren();
  if (fmt.tables.length) {
    for (const kind of ["applicants", "outcomes"]) {
      charts.append(el("img", { src: `/api/reports/${encodeURIComponent(report.report_id)}/charts/${kind}.svg`, alt: kind === "applicants" ? "申请人构成" : "办理结果" }));
    }
    charts.append(el("img", { src: `/api/charts/trend.svg?issuer=${encodeURIComponent(report.issuer)}`, alt: "历年新收申请" }));
  }
}

// Consecutive reports of the body agree? (GET /api/series): disagreements first, then the count that agree.
async function renderSeriesChecks(issuer) {
  const list = document.getElementById("series-checks");
  const query = `body=${encodeURIComponent(issuer)}`;
  document.getElementById("series-csv").href = `/api/series.csv?${query}`;
  let series;
  try {
    series = await getJSON(`/api/series?${query}`);
  } catch (error) {
    list.replaceChildren(el("li", { text: error.message }));
    return;
  }
  const shown = series.checks.filter((c) => c.agrees !== true);
  const agree = series.checks.length - shown.length;
  list.replaceChildren(
    ...shown.map((c) => el("li", { class: c.agrees === false ? "check-failed" : "check-partly_checked" },
      checkMark(c.agrees === false ? "failed" : "partly_checked"),
      ` ${c.from_year}→${c.to_year} ${c.label}：${c.carried_out ?? "—"} / ${c.carried_in ?? "—"}`)),
    el("li", {}, checkMark("passed"), series.checks.length ? ` ${agree} 项一致` : " 没有相邻两年的报告可以核对"));
}

async function start() {
  [reports, format] = await Promise.all([getJSON("/api/reports"), getJSON("/api/format")]);
  const issuers = [...new Set(reports.map((r) => r.issuer))];
  issuerSelect.replaceChildren(...issuers.map((i) => el("option", { value: i, text: i })));
  const params = new URLSearchParams(location.search);
  if (params.get("issuer")) issuerSelect.value = params.get("issuer");
  fillYears();
  if (params.get("year")) yearSelect.value = params.get("year");
  fillOther();
  await render();
}

issuerSelect.addEventListener("change", () => { fillYears(); fillOther(); render(); });
yearSelect.addEventListener("change", () => { fillOther(); render(); });
otherSelect.addEventListener("change", render);
for (const radio of document.querySelectorAll("input[name=mode]")) radio.addEventListener("change", () => { fillOther(); render(); });
start().catch((error) => { document.getElementById("summary").textContent = `无法加载：${error.message}`; });
