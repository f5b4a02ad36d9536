// Shared helpers. Text from reports and questions is always set with textContent, never parsed as HTML.
"use strict";

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value);
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

async function getJSON(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error((await response.json().catch(() => ({}))).detail || response.statusText);
  return response.json();
}

function formatValue(value) {
  if (value === null || value === undefined) return "—";
  return String(value);
}

const CHECK_TEXT = {
  passed: ["✓", "报告自身的勾稽关系核对通过"],
  failed: ["⚠", "报告自身的勾稽关系不成立，数字按原样列出"],
  partly_checked: ["◐", "部分核对（有单元格无法确定）"],
  not_checked: ["·", "该表没有勾稽关系可核对"],
};

function checkMark(status) {
  const [mark, title] = CHECK_TEXT[status] || ["·", status];
  return el("span", { class: `check check-${status}`, title, "aria-label": title, text: mark });
}

// One dialog, shared by both pages, for source lines, passages and formulas.
document.body.append(el("dialog", { id: "detail", "aria-labelledby": "detail-title" },
  el("form", { method: "dialog", class: "dialog-close" }, el("button", { "aria-label": "关闭", text: "×" })),
  el("h2", { id: "detail-title" }),
  el("div", { id: "detail-body" })));

// Show the source line of a cell in context, inside the shared dialog.
async function showSource(reportId, lineNumber, snippet, heading) {
  const dialog = document.getElementById("detail");
  document.getElementById("detail-title").textContent = heading;
  const body = document.getElementById("detail-body");
  body.replaceChildren(el("p", { text: "加载中…" }));
  dialog.showModal();
  try {
    const params = new URLSearchParams({ snippet: snippet || "" });
    if (lineNumber) params.set("line", lineNumber);
    const ctx = await getJSON(`/api/reports/${encodeURIComponent(reportId)}/source?${params}`);
    const pre = el("pre", { class: "source" });
    for (const line of ctx.before) pre.append(el("span", { class: "context", text: line + "\n" }));
    pre.append(el("mark", { class: "source-line", text: ctx.line }));
    for (const line of ctx.after) pre.append(el("span", { class: "context", text: "\n" + line }));
    body.replaceChildren(el("p", { class: "muted", text: ctx.line_number ? `原文第 ${ctx.line_number} 行` : "原文摘录" }), pre);
  } catch (error) {
    body.replaceChildren(el("p", { class: "error", text: `无法读取原文：${error.message}` }));
  }
}
