"use strict";

const EXAMPLES = [
  "虹口区2021年收到多少政府信息公开申请？",
  "其中自然人申请了多少件？",
  "平潭2022年和2023年新收申请相比增加了多少？",
  "2025年哪个机关收到的政府信息公开申请最多？",
  "淮安市2024年予以公开率是多少？",
  "虹口区有哪些政务公开创新做法？",
];

let conversationId = null;
const log = document.getElementById("log");
const form = document.getElementById("ask");
const input = document.getElementById("question");

function figureCard(figure) {
  const title = `${figure.issuer} ${figure.year}年`;
  const card = el("button", { type: "button", class: "figure-card", "data-testid": "figure-card",
    "aria-label": `${figure.label} ${formatValue(figure.value)}${figure.unit}，查看原文` },
    el("span", { class: "figure-value", "data-testid": "figure-value", text: formatValue(figure.value) }),
    el("span", { class: "figure-unit", text: figure.value === null ? "" : figure.unit }),
    el("span", { class: "figure-label", text: figure.label }),
    el("span", { class: "figure-meta" }, title, " · ", figure.table, " ", checkMark(figure.checks)),
  );
  if (figure.derived && figure.formula) {
    card.append(el("span", { class: "formula", "data-testid": "formula", text: `计算：${figure.formula}` }));
  }
  if (figure.kind === "unresolved" && figure.candidates.length) {
    card.append(el("span", { class: "formula", text: `无法唯一确定，可能为：${figure.candidates.join("、")}` }));
  }
  card.addEventListener("click", () => {
    if (figure.derived) {
      showDerived(figure);
    } else {
      showSource(figure.report_id, figure.line_number, figure.source, `${title} · ${figure.label}`);
    }
  });
  return card;
}

function showDerived(figure) {
  const dialog = document.getElementById("detail");
  document.getElementById("detail-title").textContent = `${figure.issuer} ${figure.year}年 · ${figure.label}`;
  const list = el("ul", { class: "inputs" });
  for (const input of figure.inputs) {
    list.append(el("li", { text: `${input.year ? input.year + "年 " : ""}${input.row} · ${input.column}：${formatValue(input.value)}` }));
  }
  document.getElementById("detail-body").replaceChildren(
    el("p", { text: `计算方法：${figure.formula || "—"}` }), el("p", { text: "使用的报告单元格：" }), list,
    el("p", { class: "muted", text: figure.source ? `原文：${figure.source}` : "" }),
  );
  dialog.showModal();
}

function passageList(passages, answerText) {
  const list = el("ol", { class: "citations", "aria-label": "引用段落" });
  passages.forEach((passage, i) => {
    const button = el("button", { type: "button", class: "citation", "data-testid": "citation",
      text: `[${i + 1}] ${passage.issuer} ${passage.year}年 · ${passage.section}` });
    button.addEventListener("click", () => showPassage(passage, answerText, i + 1));
    list.append(el("li", {}, button));
  });
  return list;
}

function showPassage(passage, answerText, number) {
  const dialog = document.getElementById("detail");
  document.getElementById("detail-title").textContent = `[${number}] ${passage.issuer} ${passage.year}年 · ${passage.section}`;
  const paragraph = el("p", { class: "passage" });
  const quoted = (answerText.match(/“([^”]+)”/) || [])[1] || "";
  const at = quoted ? passage.text.indexOf(quoted.slice(0, 40)) : -1;
  if (at >= 0) {
    const end = Math.min(passage.text.length, at + quoted.length);
    paragraph.append(passage.text.slice(0, at), el("mark", { "data-testid": "highlight", text: passage.text.slice(at, end) }), passage.text.slice(end));
  } else {
    paragraph.textContent = passage.text;
  }
  document.getElementById("detail-body").replaceChildren(paragraph);
  dialog.showModal();
}

function addTurn(question) {
  document.getElementById("welcome").hidden = true;
  const item = el("li", { class: "turn" },
    el("p", { class: "question", "data-testid": "question", text: question }),
  );
  const answer = el("div", { class: "answer", "data-testid": "answer" },
    el("p", { class: "answer-text", "data-testid": "answer-text", text: "" }),
  );
  item.append(answer);
  log.append(item);
  item.scrollIntoView({ block: "end" });
  return answer;
}

async function ask(question) {
  const box = addTurn(question);
  const text = box.querySelector(".answer-text");
  text.classList.add("pending");
  form.querySelector("#send").disabled = true;
  let final = null;
  try {
    const response = await fetch("/api/chat/stream", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ question, conversation_id: conversationId }),
    });
    if (!response.ok) {
      const detail = (await response.json().catch(() => ({}))).detail;
      throw new Error(typeof detail === "string" ? detail : "请求失败，请稍后再试");
    }
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let buffer = "";
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let split;
      while ((split = buffer.indexOf("\n\n")) >= 0) {
        const block = buffer.slice(0, split);
        buffer = buffer.slice(split + 2);
        const event = (block.match(/^event: (.*)$/m) || [])[1];
        // lines split on "\n" only: a regular expression would also end a line at U+2028 inside the JSON
        const dataLine = block.split("\n").find((line) => line.startsWith("data: "));
        const data = JSON.parse(dataLine ? dataLine.slice(6) : "null");
        if (event === "text") text.textContent += data.delta;
        else if (event === "answer") final = data;
      }
    }
  } catch (error) {
    text.textContent = error.message;
    box.classList.add("error");
  } finally {
    text.classList.remove("pending");
    form.querySelector("#send").disabled = false;
  }
  if (!final) return;
  conversationId = final.conversation_id;
  text.textContent = final.answer;
  box.dataset.status = final.status;
  if (final.table) {
    // A series, comparison or check: a table and a chart; each value's source cell folds away beneath.
    box.append(tableView(final.table));
    if (final.figures.length) {
      const more = el("div", { class: "figures" });
      final.figures.forEach((f) => more.append(figureCard(f)));
      box.append(el("details", { class: "inputs-cells" }, el("summary", { text: `每个数字的来源（${final.figures.length}）` }), more));
    }
  } else if (final.figures.length) {
    // A derived figure leads; the stored cells it was computed from fold away under it.
    const leading = final.figures[0].derived ? final.figures.filter((f) => f.derived) : final.figures;
    const inputs = final.figures[0].derived ? final.figures.filter((f) => !f.derived) : [];
    const cards = el("div", { class: "figures" });
    leading.forEach((f) => cards.append(figureCard(f)));
    box.append(cards);
    if (inputs.length) {
      const more = el("div", { class: "figures" });
      inputs.forEach((f) => more.append(figureCard(f)));
      box.append(el("details", { class: "inputs-cells" }, el("summary", { text: `计算所用的报告单元格（${inputs.length}）` }), more));
    }
  }
  if (final.status === "not_found" && final.reason) box.append(understoodNote(final));
  if (final.passages.length) box.append(passageList(final.passages, final.answer));
  if (final.choices && final.choices.length) {
    const choices = el("div", { class: "choices" });
    for (const choice of final.choices.slice(0, 12)) {
      choices.append(el("button", { type: "button", class: "chip", text: `${choice.issuer} ${choice.year}年`,
        onclick: () => ask(`${choice.issuer}${choice.year}年${question}`) }));
    }
    box.append(choices);
  }
}

function tableView(table) {
  const head = el("tr", {}, ...table.columns.map((c) => el("th", { scope: "col", text: c })));
  const body = table.rows.map((row) => el("tr", {}, ...row.map((cell, i) => el(i === 0 ? "th" : "td", { text: cell }))));
  const wrap = el("figure", { class: "answer-table", "data-testid": "answer-table" },
    el("figcaption", { text: table.title }),
    el("div", { class: "scroll" }, el("table", { class: "national" }, el("thead", {}, head), el("tbody", {}, ...body))));
  if (table.chart && table.chart.values.some((v) => v !== null)) wrap.append(chartSvg(table.chart, table.unit));
  return wrap;
}

// A small bar chart drawn here: no chart library, no network. A missing value leaves its slot empty.
function chartSvg(chart, unit) {
  const NS = "http://www.w3.org/2000/svg";
  const svgEl = (tag, attrs, text) => {
    const node = document.createElementNS(NS, tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const n = chart.labels.length, slot = 64, height = 180, top = 20, bottom = 44;
  const width = Math.max(320, n * slot + 20);
  const max = Math.max(...chart.values.filter((v) => v !== null), 0) || 1;
  const svg = svgEl("svg", { viewBox: `0 0 ${width} ${height}`, width: "100%", role: "img", class: "answer-chart", "data-testid": "answer-chart",
    "aria-label": chart.labels.map((l, i) => `${l} ${chart.values[i] ?? "—"}${unit}`).join("，") });
  svg.append(svgEl("line", { x1: 10, x2: width - 10, y1: height - bottom, y2: height - bottom, stroke: "#d9dee7" }));
  chart.labels.forEach((label, i) => {
    const x = 10 + i * slot + 8, value = chart.values[i];
    if (value !== null) {
      const h = Math.round((height - top - bottom) * value / max);
      svg.append(svgEl("rect", { x, y: height - bottom - h, width: slot - 16, height: h, fill: "#2a6fdb", rx: 3 }));
      svg.append(svgEl("text", { x: x + (slot - 16) / 2, y: height - bottom - h - 4, "text-anchor": "middle", "font-size": 11 }, String(value)));
    }
    svg.append(svgEl("text", { x: x + (slot - 16) / 2, y: height - bottom + 14, "text-anchor": "middle", "font-size": 10, fill: "#5d6677" },
      label.length > 8 ? label.slice(0, 8) + "…" : label));
  });
  return svg;
}

// Why nothing was found, and what the question was understood to ask: the user can see which word to change.
const REASONS = {
  body_not_indexed: "没有收录这个机关的报告",
  year_not_indexed: "没有收录这一年的报告",
  no_such_figure: "报告里没有这项数字",
  not_in_this_format: "该年报告的表格格式没有这一项",
};
function understoodNote(final) {
  const u = final.understood || {};
  const parts = [];
  if (u.body) parts.push(`机关：${u.body}`);
  if (u.year) parts.push(`年份：${u.year}`);
  if (u.figure) parts.push(`数字：${u.figure}`);
  const text = `${REASONS[final.reason] || final.reason}` + (parts.length ? `（理解为 ${parts.join("；")}）` : "");
  return el("p", { class: "understood", text });
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const question = input.value.trim();
  if (!question) return;
  input.value = "";
  ask(question);
});
input.addEventListener("keydown", (event) => {
  if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    form.requestSubmit();
  }
});
document.getElementById("reset").addEventListener("click", () => {
  conversationId = null;
  log.replaceChildren();
  document.getElementById("welcome").hidden = false;
  input.focus();
});

for (const example of EXAMPLES) {
  document.getElementById("examples").append(el("button", { type: "button", class: "chip", role: "listitem", text: example,
    onclick: () => ask(example) }));
}
getJSON("/api/reports").then((reports) => {
  const byIssuer = {};
  for (const r of reports) (byIssuer[r.issuer] ||= []).push(r.year);
  const parts = Object.entries(byIssuer).map(([issuer, years]) => `${issuer}（${years.sort().join("、")}）`);
  document.getElementById("indexed").textContent = parts.length ? `已收录：${parts.join("；")}` : "尚未收录报告。";
}).catch(() => {});
input.focus();
