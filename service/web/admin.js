"use strict";
// Upload a report with the admin token and show its parse summary; the token stays in this tab only.

const tokenInput = document.getElementById("token");
tokenInput.value = sessionStorage.getItem("reportqa-token") || "";

function authHeaders() {
  sessionStorage.setItem("reportqa-token", tokenInput.value);
  return { Authorization: `Bearer ${tokenInput.value}` };
}

function showSummary(summary) {
  const result = document.getElementById("result");
  const failed = el("ul", { class: "checks" }, ...summary.failed.map((c) => el("li", { class: "check-failed" }, checkMark("failed"), ` ${c.description}：${c.details}`)));
  result.replaceChildren(
    el("h2", { "data-testid": "upload-title", text: `${summary.issuer} ${summary.year}年（格式 ${summary.format}）${summary.changed ? "已收录" : "内容未变，未改动"}` }),
    el("p", { "data-testid": "upload-counts", text: `${summary.cells} 个单元格，${summary.unresolved} 个待定，${summary.failed_checks} 项核对未通过，${summary.passages} 个段落` }),
    summary.warnings.length ? el("p", { class: "muted", text: `提示：${summary.warnings.join("；")}` }) : null,
    failed,
    summary.alert ? el("p", { class: "error", "data-testid": "upload-alert", text: summary.alert }) : null,
    summary.replaced ? changedCells(summary) : null,
    el("p", {}, el("a", { href: `/figures?issuer=${encodeURIComponent(summary.issuer)}&year=${summary.year}`, text: "查看数据表" })),
  );
}

// A replacement's diff against the version it replaced, with a button that brings that version back.
function changedCells(summary) {
  const changed = summary.replaced.changed_cells;
  return el("div", { "data-testid": "upload-diff" },
    el("p", { text: changed.length ? `与上一版本相比，${changed.length} 个单元格有变化：` : "与上一版本相比，表格数字没有变化。" }),
    el("ul", {}, ...changed.slice(0, 50).map((c) => el("li", { text: `${c.label}：${formatValue(c.old)} → ${formatValue(c.new)}` }))),
    el("button", { type: "button", class: "chip", text: "恢复上一版本", onclick: async () => {
      const response = await fetch(`/api/reports/${encodeURIComponent(summary.report_id)}/restore`, { method: "POST", headers: authHeaders() });
      const data = await response.json().catch(() => ({ detail: response.statusText }));
      alert(response.ok ? `已恢复上一版本（${data.cells} 个单元格）` : data.detail);
      listReports();
    } }));
}

async function listReports() {
  const reports = await getJSON("/api/reports");
  document.getElementById("reports").replaceChildren(...reports.map((r) => el("li", {},
    `${r.issuer} ${r.year}年 · ${r.cells} 个单元格 · ${r.failed_checks} 项未通过 `,
    el("button", { type: "button", class: "chip", text: "删除", onclick: async () => {
      if (!confirm(`删除 ${r.issuer} ${r.year}年 的报告？`)) return;
      const response = await fetch(`/api/reports/${encodeURIComponent(r.report_id)}`, { method: "DELETE", headers: authHeaders() });
      if (!response.ok) alert((await response.json()).detail);
      listReports();
    } }))));
}

document.getElementById("upload").addEventListener("submit", async (event) => {
  event.preventDefault();
  const file = document.getElementById("file").files[0];
  const result = document.getElementById("result");
  result.replaceChildren(el("p", { text: "解析中…" }));
  const body = new FormData();
  body.append("file", file);
  const response = await fetch("/api/reports", { method: "POST", headers: authHeaders(), body });
  const data = await response.json().catch(() => ({ detail: response.statusText }));
  if (!response.ok) {
    result.replaceChildren(el("p", { class: "error", "data-testid": "upload-error", text: typeof data.detail === "string" ? data.detail : JSON.stringify(data.detail) }));
    return;
  }
  showSummary(data);
  listReports();
});
listReports().catch(() => {});
