"""Questions across reports: one body's figure over its years (a series), several bodies side by side (a
comparison), and whether a body's consecutive reports agree (this year's 上年结转 = last year's 结转下年度).

Every value is a stored cell or computed from stored cells of one report, exactly as a single-report answer would
give it; this module only chooses the reports, lays the values side by side and says what is missing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from indexing import national_format as nf
from indexing.numbers import format_number
from service.computed import NOT_IN_FORMAT, NUMERIC, Computed, IndexedReport, ReportRef, clean_number
from service.formulas import Formula
from service.schemas import CarryCheck, CellSeries, Chart, Figure, Reply, SeriesPoint, TableView
from service.understanding import (
    METRIC_CATEGORIES,
    PUNCTUATION,
    WHICH_YEAR,
    Metric,
    SeriesAsk,
    adapt_to_format,
    find_terms,
)

if TYPE_CHECKING:  # the answerer owns the stores and the cell arithmetic; this module only arranges its results
    from service.answering import Answerer, Conversation

MEAN_WORDS = ("平均每年", "年均", "每年平均", "平均一年", "平均下来")
SUM_OVER_YEARS_WORDS = (
    "共几",  # 到2025年共几件
    "共多少",
    "加起来",
    "合计",
    "一共",
    "总共",
    "共计",
    "累计",
    "之和",
    "总和",
    "总数是多少",
    "加总",
    "合起来",
    "相加",
    "加在一起",
)
FEWER_WORDS = ("最少", "更少", "谁少", "较少", "最低", "更低", "少一些", "升序", "从少到多", "从低到高")
BARE_SUPERLATIVE = re.compile(r"(?:最多|最少|最高|最低)(?!的?(?:机关|单位|是哪个|是谁|一家))")
# 加在一起 / 一共 / 合计 over several bodies: their sum (谁多 / 比 rank or subtract instead)
BODIES_SUMMED = re.compile(r"加在一起|加起来|合起来|一共|总共|合计|共计|总和|之和|加总")
EACH_BODY = re.compile(r"各自|分别|各是|各有|每个|每家|各家")
# 哪年有 / 有的是哪几年: the years whose figure is not 0
YEARS_WITH_ANY = re.compile(
    r"哪(?:一|几|些)?个?年[份度]?(?:有|出现|发生)(?!多少|几)|有(?:的)?(?:是)?哪(?:几|一|些)?个?年"
)
# 最多的那一年是多少件 / 给出那一年的件数: the picked year's figure, not the year
ASKS_VALUE_OF_PICKED_YEAR = re.compile(
    r"那(?:一)?年[^，,。]*?(?:多少|几)|(?:给出|说出|写出|报出)(?:那|这|该)(?:一)?年的?(?:件数|数量|数字|数)"
    r"|(?:最多|最少|最高|最低)(?:的)?(?:是|有|为)?(?:多少|几)"  # 哪一年最多？最多是多少件
)

NOT_COMPARABLE = "该年报告格式没有这一项"


# 这些年一共每年有多少: each year's own figure — a bare 一共 beside 每年 does not add the years up (加起来 does)
EACH_YEAR_WORDS = ("每年", "每一年", "各年", "逐年")


def sums_the_years(question: str) -> bool:
    """加起来 / 合计 over a series' years — unless the word joins the parts of the figure itself (直接起诉和复议后起诉
    合计: each year's sum of two figures) or is the 统计表's 历年累计 column."""
    text = question.replace("历年累计", "")
    for clause in re.split(r"[，,；;。？?！!（）()]", text):
        summing = [w for w in SUM_OVER_YEARS_WORDS if w in clause]
        if summing and not (set(summing) <= {"一共", "总共"} and any(w in clause for w in EACH_YEAR_WORDS)):
            named = {(c, k) for _, _, c, k in find_terms(PUNCTUATION.sub("", clause)) if c in METRIC_CATEGORIES}
            named -= {("t4part", "total"), ("t3col", "total")}
            # two of one kind (two blocks, two rows, two columns) are the parts summed; a block and its column
            # (行政复议 其他结果 合计) are one figure
            categories = [c for c, _ in named]
            if not any(categories.count(c) >= 2 for c in categories):
                return True
    return False


@dataclass
class Entry:
    """One report's value in a cross-report answer; ``ref`` is None where the corpus has no report."""

    year: int
    body: str
    ref: ReportRef | None
    computed: Computed | None

    @property
    def ok(self) -> bool:
        return self.computed is not None and self.computed.ok

    @property
    def value(self) -> float | int | None:
        return self.computed.value if self.computed is not None else None

    @property
    def number(self) -> float | int:
        """The value of an entry known to be ``ok``."""
        assert self.computed is not None
        return self.computed.number

    @property
    def label(self) -> str:
        return self.computed.label if self.computed is not None else "这一项"


@dataclass
class CarryPair:
    """A body's carried-over applications between two consecutive reports, for one applicant column (or, for the
    pre-2019 统计表, one row's 历年累计 chain)."""

    from_ref: ReportRef
    to_ref: ReportRef
    column: str
    label: str
    carried_out: float | int | None  # 结转下年度 of the earlier year (or its 历年累计 + the later 本年度)
    carried_in: float | int | None  # 上年结转 of the later year (or its 历年累计)

    @property
    def agrees(self) -> bool | None:
        if self.carried_out is None or self.carried_in is None:
            return None
        return self.carried_out == self.carried_in


class CrossReports:
    def __init__(self, answerer: Answerer) -> None:
        self.answerer = answerer

    # --- values ----------------------------------------------------------------------------------------

    def _ref(self, report: IndexedReport) -> ReportRef:
        return ReportRef.of(report)

    def _value(self, metric: Metric, formula: Formula | None, ref: ReportRef) -> Computed:
        if formula is not None:
            return self.answerer.compute_formula(formula, ref)
        return self.answerer.compute(adapt_to_format(metric, ref.format_version), ref)

    def _figure(self, entry: Entry, metric: Metric, formula: Formula | None) -> Figure:
        assert entry.ref is not None and entry.computed is not None
        figure = self.answerer.figure(entry.computed, metric, entry.ref)
        if formula is not None:
            figure.row = f"formula:{formula.kind}"
        return figure

    # --- one body over its years ---------------------------------------------------------------------

    def series_years(self, body: str, ask: SeriesAsk) -> list[int]:
        indexed = sorted({r["year"] for r in self.answerer.reports_of(body)})
        newest = indexed[-1]
        if ask.recent:
            first, last = newest - ask.recent + 1, newest
        else:
            first, last = ask.first or indexed[0], ask.last or newest
        return list(ask.listed) or list(range(first, last + 1))

    def series(
        self,
        question: str,
        metric: Metric,
        formula: Formula | None,
        body: str,
        ask: SeriesAsk,
        conv: Conversation,
        legacy: Metric | None = None,
    ) -> Reply:
        """Every year's figure (the years asked, or every indexed year), gaps and rows another format lacks named;
        a sum or the year that ranks first where the question asks for one. ``legacy`` is the 统计表 row the
        question's own words name, asked of the reports before 2019 instead of the national row's equivalent."""
        display = self.answerer.body_display(body)
        by_year = {r["year"]: r for r in self.answerer.reports_of(body)}
        years = self.series_years(body, ask)
        if not years:  # 平潭县2020年以后: the span begins after the body's newest report
            asked_years = [y for y in (ask.first, ask.last) if y is not None]
            # 那平潭综合实验区呢，2020到2025 next asks the same figure over years of another body
            conv.issuers, conv.metric, conv.mode = [body], metric, "series"
            conv.span = [ask.first, ask.last] if ask.first and ask.last else []
            return self.answerer.not_found(
                self.answerer.missing_text([body], asked_years), reason="year_not_indexed", understood={"body": display}
            )
        entries = []
        for year in years:
            report = by_year.get(year)
            if report is None:
                entries.append(Entry(year, body, None, None))
                continue
            ref = self._ref(report)
            asked = legacy if legacy is not None and ref.format_version == nf.FORMAT_PRE_2019 else metric
            entries.append(Entry(year, body, ref, self._value(asked, formula, ref)))
        present = [e for e in entries if e.ref is not None]
        conv.issuers, conv.metric, conv.mode = [body], metric, "series"
        conv.span = [years[0], years[-1]]
        if not present:
            return self.answerer.not_found(
                self.answerer.missing_text([body], [years[0], years[-1]]),
                reason="year_not_indexed",
                understood={"body": display},
            )
        conv.year = present[-1].year
        gaps = [e.year for e in entries if e.ref is None]
        comparable = [e for e in present if e.computed is not None and e.computed.note != NOT_IN_FORMAT]
        if not comparable:
            label = present[-1].label
            return self.answerer.not_found(
                f"{display}{years[0]}—{years[-1]}年的报告格式中都没有“{label}”这一项。",
                reason="not_in_this_format",
                understood={"body": display},
            )
        label = next((e.label for e in reversed(comparable) if e.ok), comparable[-1].label)
        unit = next((e.computed.unit for e in comparable if e.computed is not None and e.ok), "件")
        figures = [self._figure(e, metric, formula) for e in comparable]
        if len(present) == 1 and ask.first is not None and ask.last is not None and ask.last > ask.first:
            # 2020年到2024年每年的变化, with 2024 alone indexed: one year is no series — said, its figure shown
            only = present[0]
            reply = self.answerer.not_found(
                f"{years[0]}—{years[-1]}年中只收录了{display}{only.year}年的报告，其他年份没有收录，看不出各年的变化。"
                f"{only.year}年的{label}：{self._entry_text(only, unit)}。",
                reason="year_not_indexed",
                understood={"body": display},
            )
            return reply.model_copy(update={"figures": figures})
        # Years whose format lacks the row are named once, not listed: the series runs over the comparable years
        other_format = [e.year for e in present if e not in comparable]
        shown = [e for e in entries if e in comparable or (e.ref is None and e.year > comparable[0].year)]
        gaps = [e.year for e in shown if e.ref is None]
        lines, table_rows = [], []
        for e in shown:
            status = self._entry_text(e, unit)
            if e.ref is not None:  # gaps are named once below
                lines.append(f"{e.year}年 {status}")
            table_rows.append([f"{e.year}", status])
        first, last = shown[0].year, shown[-1].year
        # 历年 with one report indexed: said as such, not as a span of one year
        opening = f"{first}—{last}年的{label}" if last > first else f"只收录了{first}年的报告，{label}"
        if ask.listed and last > first:  # 2014年和2016年分别: the years named, not a span
            opening = "、".join(str(e.year) for e in shown) + f"年的{label}"
        text = f"{display}{opening}：" + "；".join(lines) + "。"
        if gaps:
            text += f"（未收录{self._years_text(gaps)}的报告。）"
        if other_format:
            text += f"（{self._years_text(other_format)}的报告格式没有这一项，不可比。）"
        text += self._format_notes(comparable, label)
        head = self._pick_over_years(question, comparable, label, unit, metric, formula)
        if head is not None:
            pick_figure, pick_text, picked_year = head
            figures = [pick_figure, *figures]
            text = pick_text + text
            if picked_year is not None:
                conv.year = picked_year  # 那年…呢 next: the year just picked
        chart = Chart(type="line", labels=[str(e.year) for e in shown], values=[e.value for e in shown])
        table = TableView(
            kind="series",
            title=f"{display} · {label}",
            unit=unit,
            columns=["年份", label],
            rows=table_rows,
            chart=chart,
        )
        return Reply(status="answered", answer=text, figures=figures, passages=[], table=table)

    @staticmethod
    def _years_text(years: list[int]) -> str:
        """2011、2012、2013、2014、2016、2018 → 2011—2014、2016、2018年"""
        runs: list[list[int]] = []
        for y in sorted(years):
            if runs and y == runs[-1][-1] + 1:
                runs[-1].append(y)
            else:
                runs.append([y])
        return "、".join(f"{r[0]}—{r[-1]}" if len(r) > 2 else "、".join(map(str, r)) for r in runs) + "年"

    def _entry_text(self, entry: Entry, unit: str) -> str:
        if entry.ref is None:
            return "未收录"
        computed = entry.computed
        assert computed is not None
        if computed.note == NOT_IN_FORMAT:
            return "该年格式无此项"
        if not computed.ok:
            return f"无法确定（{computed.note}）" if computed.note else "无法确定"
        return f"{format_number(computed.number)}{computed.unit or unit}"

    def _format_notes(self, entries: list[Entry], label: str) -> str:
        """Where the table format changed inside the series, the rows are the formats' nearest equivalents."""
        formats = {e.ref.format_version for e in entries if e.ref}
        if len(formats) < 2:
            return ""
        notes = []
        if nf.FORMAT_PRE_2019 in formats:
            legacy = [e for e in entries if e.ref and e.ref.format_version == nf.FORMAT_PRE_2019 and e.computed]
            if legacy and legacy[0].computed and legacy[0].computed.label != label:
                years = f"{legacy[0].year}—{legacy[-1].year}"
                notes.append(f"{years}年的报告用旧版统计表，对应项为“{legacy[0].computed.label}”，口径不完全相同")
        if nf.FORMAT_2019 in formats and nf.FORMAT_2021 in formats:
            notes.append("2019、2020年为试行格式，2021年起为现行格式")
        return f"（注：{'；'.join(notes)}。）" if notes else ""

    def _pick_over_years(
        self, question: str, entries: list[Entry], label: str, unit: str, metric: Metric, formula: Formula | None
    ) -> tuple[Figure, str, int | None] | None:
        """加起来 → the sum; 哪一年最多 → the year (or, 那一年是多少, its value), and the one year picked (for 那年…
        next). None when neither is asked."""
        # (平潭 行政强制 2021-2025 历年 最少: a superlative said over a series picks among its years)
        which = WHICH_YEAR.search(question) or BARE_SUPERLATIVE.search(question)
        with_any = YEARS_WITH_ANY.search(question) if not which else None
        if with_any is not None and all(e.ok for e in entries):
            return self._years_with_any(entries, label, unit, metric, formula)
        wants_mean = any(w in question for w in MEAN_WORDS) and not which
        wants_sum = sums_the_years(question) and not which and not wants_mean
        if not which and not wants_sum and not wants_mean:
            return None
        unclear = [e.year for e in entries if not e.ok]
        base = self._figure(entries[-1], metric, formula)
        span = f"{entries[0].year}—{entries[-1].year}年"

        def head(**update: object) -> Figure:  # the last year's figure, as the years' derived figure
            return base.model_copy(
                update={"kind": "derived", "derived": True, "row": f"years:{base.row}", "inputs": [], **update}
            )

        if unclear:
            years = "、".join(map(str, unclear))
            unknown = head(value=None, label=f"{label}（{span}）", formula=None)
            return unknown, f"{years}年的数字无法确定，不能{'合计' if wants_sum else '比较'}。", None
        values = [e.number for e in entries]
        listing = " + ".join(format_number(v) for v in values)
        if wants_mean:  # 平均每年: the indexed years only, and the answer says how many
            mean = clean_number(round(sum(values) / len(values), 2))
            shown = f"({listing}) ÷ {len(values)} = {format_number(mean)}"
            label = f"{label}（{span}已收录{len(values)}年的年均值）"
            figure = head(value=mean, unit=unit, label=label, formula=shown)
            return figure, f"已收录的{len(values)}年平均每年{format_number(mean)}{unit}（{shown}）。", None
        if wants_sum:
            total = clean_number(round(sum(values), 6))
            figure = head(value=total, unit=unit, label=f"{label}（{span}合计）", formula=f"{listing} = {total}")
            return figure, f"合计{format_number(total)}{unit}。", None
        assert which is not None
        lowest = any(w in which.group(0) for w in ("最少", "最低", "最小"))
        best_value = min(values) if lowest else max(values)
        best = [e.year for e in entries if e.number == best_value]
        word = "最少" if lowest else "最多"
        years = "、".join(map(str, best))
        # the picked year's own unit: a 统计表 counts 条 where the national tables count 件
        unit = next((e.computed.unit for e in entries if e.year == best[0] and e.computed and e.computed.unit), unit)
        formula_text = "；".join(f"{e.year}年 {format_number(e.number)}" for e in entries)
        picked_entry = next(e for e in entries if e.year == best[0])
        if ASKS_VALUE_OF_PICKED_YEAR.search(question):
            # 那一年收了多少件: the picked year's own cell, with its report's provenance
            figure = self._figure(picked_entry, metric, formula).model_copy(
                update={
                    "kind": "derived",  # a cell, chosen by comparing the years' cells (the formula lists them)
                    "derived": True,
                    "row": f"years:{base.row}",
                    "label": f"{label}（{word}的{best[0]}年）",
                    "formula": formula_text,
                }
            )
        else:  # the year, with the provenance of the report whose figure made it the pick
            figure = self._figure(picked_entry, metric, formula).model_copy(
                update={
                    "kind": "derived",
                    "derived": True,
                    "row": f"years:{base.row}",
                    "inputs": [],
                    "value": best[0],
                    "unit": "年",
                    "label": f"{label}{word}的年份",
                    "formula": formula_text,
                }
            )
        picked = best[0] if len(best) == 1 else None
        return figure, f"{word}的是{years}年（{format_number(best_value)}{unit}）。", picked

    def _years_with_any(
        self, entries: list[Entry], label: str, unit: str, metric: Metric, formula: Formula | None
    ) -> tuple[Figure, str, int | None] | None:
        """哪年有: the years whose figure is not 0; where there is one, it leads as the year picked."""
        having = [e for e in entries if e.number]
        if not having:
            return None  # every year 0: the series itself says so
        listing = "、".join(f"{e.year}年（{format_number(e.number)}{unit}）" for e in having)
        one = len(having) == 1
        base = self._figure(having[-1], metric, formula)
        figure = base.model_copy(
            update={
                "kind": "derived",
                "derived": True,
                "row": f"years:{base.row}",
                "inputs": [],
                # one year: that year; several: how many (the answer lists them)
                "value": having[0].year if one else len(having),
                "unit": "年" if one else "个年份",
                "label": f"{label}不为0的年份" + ("" if one else "数"),
                "formula": "；".join(f"{e.year}年 {format_number(e.number)}" for e in entries),
            }
        )
        return (
            figure,
            (f"只有{listing}不为0。" if one else f"不为0的年份：{listing}。"),
            having[0].year if one else None,
        )

    # --- several bodies side by side ------------------------------------------------------------------

    def comparison(
        self,
        question: str,
        metric: Metric,
        formula: Formula | None,
        bodies: list[str],
        years: list[int],
        conv: Conversation,
        body_years: dict[str, list[int]] | None = None,
    ) -> Reply:
        """Each body's figure for the year asked (or each body's newest report, or the year the question gives that
        body: 平潭2025年和淮安2024年), sorted as asked; a difference where two bodies are compared with 多多少."""
        entries: list[Entry] = []
        missing: list[str] = []
        for body in bodies:
            reports = sorted(self.answerer.reports_of(body), key=lambda r: r["year"])
            wanted = (body_years or {}).get(body) or years
            chosen = [r for r in reports if r["year"] in wanted] if wanted else reports[-1:]
            if not chosen:
                missing.append(body)
                continue
            ref = self._ref(chosen[0])
            entries.append(Entry(ref.year, body, ref, self._value(metric, formula, ref)))
        conv.issuers, conv.metric, conv.mode = list(bodies), metric, "comparison"
        conv.year = years[0] if len(years) == 1 else None
        names = {b: self.answerer.body_display(b) for b in bodies}
        if not entries:
            return self.answerer.not_found(
                self.answerer.missing_text(bodies, years),
                reason="year_not_indexed",
                understood={"body": "、".join(names.values()), "year": years[0] if years else None},
            )
        not_in_format = [e for e in entries if e.computed and e.computed.note == NOT_IN_FORMAT]
        entries = [e for e in entries if e not in not_in_format]
        if not entries:
            label = not_in_format[0].label
            return self.answerer.not_found(
                f"这些机关的报告格式中没有“{label}”这一项。",
                reason="not_in_this_format",
                understood={"body": "、".join(names.values())},
            )
        fewer_first = any(w in question for w in FEWER_WORDS)
        ranked = sorted(
            [e for e in entries if e.ok],
            key=lambda e: (e.number if fewer_first else -e.number, names[e.body]),
        )
        unclear = [e for e in entries if not e.ok]
        label = next((e.label for e in ranked), entries[0].label)
        unit = next((e.computed.unit for e in ranked if e.computed is not None), "件")
        years_differ = len({e.year for e in entries}) > 1
        lines, table_rows = [], []
        for e in ranked + unclear:
            value = self._entry_text(e, unit)
            lines.append(f"{names[e.body]}（{e.year}年）{value}")
            table_rows.append([names[e.body], f"{e.year}", value])
        text = f"{label}：" + "；".join(lines) + "。"
        if len(ranked) >= 2 and not unclear:
            top = ranked[0]
            same = [e for e in ranked if e.number == top.number]
            if len(same) > 1:
                text = f"{'、'.join(names[e.body] for e in same)}相同。" + text
            else:  # 更多 of two, 最多 of three; 高/低 for a rate
                few, many = ("低", "高") if unit == "%" else ("少", "多")
                degree = "更" if len(ranked) == 2 else "最"
                text = f"{names[top.body]}{degree}{few if fewer_first else many}。" + text
        elif unclear:
            text += f"（{'、'.join(names[e.body] for e in unclear)}的数字无法确定，不参与比较。）"
        if years_differ:
            text += (
                "（注意：各机关的报告年份不同，"
                + ("未指明年份，按各自最新的报告比较" if not years else "按问题所列年份")
                + "。）"
            )
        if missing:
            year_text = "、".join(f"{y}年" for y in years)
            text += f"（没有收录{'、'.join(names[b] for b in missing)}{year_text}的报告。）"
        if not_in_format:
            text += f"（{'、'.join(names[e.body] for e in not_in_format)}的报告格式没有这一项。）"
        figures = [self._figure(e, metric, formula) for e in ranked + unclear]
        difference = self._difference(question, ranked, label, unit, names) if len(bodies) == 2 else None
        if difference is not None:  # 甲比乙多多少: the difference leads, the two figures follow
            figures = [difference[0], *figures]
            text = difference[1] + text.split("。", 1)[1]
        elif unit != "%" and not unclear and BODIES_SUMMED.search(question) and not EACH_BODY.search(question):
            # 沭阳县和平潭加在一起: the bodies' figures added, the sum leading
            total = clean_number(round(sum(e.number for e in ranked), 6))
            listing = " + ".join(format_number(e.number) for e in ranked)
            head = figures[0].model_copy(
                update={
                    "kind": "derived",
                    "derived": True,
                    "row": "bodies:sum",
                    "value": total,
                    "label": f"{label}（{'、'.join(names[e.body] for e in ranked)}合计）",
                    "formula": f"{listing} = {format_number(total)}",
                    "inputs": [],
                }
            )
            figures = [head, *figures]
            text = f"合计{format_number(total)}{unit}（{listing}）。" + text
        chart = Chart(
            type="bar", labels=[f"{names[e.body]}（{e.year}）" for e in ranked], values=[e.value for e in ranked]
        )
        table = TableView(
            kind="comparison", title=label, unit=unit, columns=["机关", "年份", label], rows=table_rows, chart=chart
        )
        return Reply(status="answered", answer=text, figures=figures, passages=[], table=table)

    def _difference(
        self, question: str, ranked: list[Entry], label: str, unit: str, names: dict[str, str]
    ) -> tuple[Figure, str] | None:
        """甲比乙多多少 / 差多少: the first-named body's figure minus the other's."""
        if len(ranked) != 2 or not re.search(
            r"(?:多|少)[^，,。？?]{0,6}?(?:多少|几)|差了?多少|差几|相差|差距", question
        ):
            return None
        order = sorted(ranked, key=lambda e: question.find(names[e.body][:2]) % 10_000)
        first, second = order
        if re.search(r"少[^，,。？?]{0,4}?(?:多少|几)", question) and not re.search(
            r"多[^，,。？?]{0,4}?(?:多少|几)", question
        ):
            first, second = second, first  # 沭阳县比淮安市少多少: by how much the first named is less
        a, b = first.number, second.number
        value = clean_number(round(a - b, 6))
        gap = re.search(r"相差|差距|差(?:了|是)?(?:多少|几)", question) and not re.search(
            r"[多少](?:了|出)?(?:多少|几)", question
        )
        if gap:  # 相差多少 asks the gap, however it runs (the first-named body's figure leads)
            value = abs(value)
        assert first.computed is not None and first.ref is not None  # ranked entries have both
        figure = self.answerer.figure(first.computed, Metric("T3"), first.ref).model_copy(
            update={
                "kind": "derived",
                "derived": True,
                "row": "bodies:difference",
                "value": value,
                "unit": unit,
                "label": f"{label}（{names[first.body]} − {names[second.body]}）",
                "formula": (
                    f"|{format_number(a)} − {format_number(b)}|" if gap else f"{format_number(a)} − {format_number(b)}"
                )
                + f" = {format_number(value)}",
                "inputs": [],
            }
        )
        direction = "多" if a >= b else "少"
        return figure, f"{names[first.body]}比{names[second.body]}{direction}{format_number(abs(value))}{unit}。"

    # --- consecutive reports agree? -------------------------------------------------------------------

    def carry_pairs(self, body: str, column: str | None = None) -> list[CarryPair]:
        """For each two consecutive indexed years of a body: 上年结转 of the later report against 结转下年度 of the
        earlier one, per applicant column; for two pre-2019 reports, 历年累计 of the later against the earlier's
        历年累计 plus the later's 本年度."""
        reports = sorted(self.answerer.reports_of(body), key=lambda r: r["year"])
        pairs: list[CarryPair] = []
        for earlier, later in zip(reports, reports[1:], strict=False):
            if later["year"] != earlier["year"] + 1:
                continue
            a, b = self._ref(earlier), self._ref(later)
            legacy = {a.format_version, b.format_version} == {nf.FORMAT_PRE_2019}
            if legacy:
                pairs += self._cumulative_pairs(a, b)
            elif nf.FORMAT_PRE_2019 not in (a.format_version, b.format_version):
                out_cells = self.answerer.cells_of(a, "T3", "carried_to_next_year")
                in_cells = self.answerer.cells_of(b, "T3", "carried_over_from_last_year")
                for col in nf.T3_COLUMNS:
                    if column and col.key != column:
                        continue
                    out_cell = out_cells.get(("carried_to_next_year", col.key))
                    in_cell = in_cells.get(("carried_over_from_last_year", col.key))
                    pairs.append(
                        CarryPair(
                            a,
                            b,
                            col.key,
                            col.label,
                            out_cell.value if out_cell and out_cell.kind in NUMERIC else None,
                            in_cell.value if in_cell and in_cell.kind in NUMERIC else None,
                        )
                    )
        return pairs

    def _cumulative_pairs(self, a: ReportRef, b: ReportRef) -> list[CarryPair]:
        fmt = nf.report_format(nf.FORMAT_PRE_2019)
        earlier, later = self.answerer.cells_of(a, "TS"), self.answerer.cells_of(b, "TS")
        pairs = []
        for row in fmt.table("TS").rows:
            before = earlier.get((row.key, "cumulative"))
            this_year = later.get((row.key, "this_year"))
            after = later.get((row.key, "cumulative"))
            if not (before and this_year and after):
                continue
            total_before, added, total_after = (
                c.value if c.kind in NUMERIC else None for c in (before, this_year, after)
            )
            out = None if total_before is None or added is None else round(total_before + added, 6)
            pairs.append(CarryPair(a, b, f"{row.key}.cumulative", nf.strip_numbering(row.label), out, total_after))
        return pairs

    def consistency(
        self, body: str, column: str | None, years: list[int], conv: Conversation, legacy_row: str | None = None
    ) -> Reply:
        display = self.answerer.body_display(body)
        pairs = self.carry_pairs(body, column)
        if legacy_row:  # 主动公开的历年累计对得上吗: that row's chain
            pairs = [p for p in pairs if not p.column.endswith(".cumulative") or p.column == f"{legacy_row}.cumulative"]
        if len(years) >= 2:  # 2012年和2013年 / 2019到2025年: the pairs within the years
            pairs = [p for p in pairs if p.from_ref.year in years and p.to_ref.year in years]
        elif years:  # 2020年的结转对得上吗: the pairs that year is part of
            pairs = [p for p in pairs if years[0] in (p.from_ref.year, p.to_ref.year)]
        conv.issuers, conv.mode = [body], "consistency"
        if years:
            conv.span = [min(years), max(years)]
        if not pairs:
            indexed = "、".join(str(r["year"]) for r in sorted(self.answerer.reports_of(body), key=lambda r: r["year"]))
            return self.answerer.not_found(
                f"{display}没有格式相同、年份相连的两份报告可以核对结转数（已收录 {indexed}年）。",
                reason="year_not_indexed",
                understood={"body": display},
            )
        rows, lines = [], []
        for p in pairs:
            verdict = {True: "一致", False: "不一致", None: "无法核对"}[p.agrees]
            legacy = p.column.endswith(".cumulative")
            out_name = (
                f"{p.from_ref.year}年历年累计 + {p.to_ref.year}年本年度" if legacy else f"{p.from_ref.year}年结转下年度"
            )
            in_name = f"{p.to_ref.year}年历年累计" if legacy else f"{p.to_ref.year}年上年结转"
            out_text = format_number(p.carried_out) if p.carried_out is not None else "—"
            in_text = format_number(p.carried_in) if p.carried_in is not None else "—"
            rows.append([f"{p.from_ref.year}→{p.to_ref.year}", p.label, out_text, in_text, verdict])
            asked_row = legacy_row is not None and p.column == f"{legacy_row}.cumulative"
            if p.agrees is not True or p.column == "total" or asked_row:  # the totals, the row asked, and any
                # column that does not agree
                lines.append(f"{p.label}：{out_name} {out_text}，{in_name} {in_text}，{verdict}")
        agreeing = [p for p in pairs if p.agrees and p.column != "total" and p.column != f"{legacy_row}.cumulative"]
        if agreeing:
            lines.append(f"其余{len(agreeing)}项一致")
        disagree = [p for p in pairs if p.agrees is False]
        spans = sorted({f"{p.from_ref.year}→{p.to_ref.year}" for p in pairs})
        what = "历年累计数" if all(p.column.endswith(".cumulative") for p in pairs) else "结转数"
        if disagree:
            head = f"{display}的{what}有{len(disagree)}处对不上（核对了{'、'.join(spans)}）。"
        elif all(p.agrees for p in pairs):
            head = f"{display}的{what}前后对得上（核对了{'、'.join(spans)}）。"
        else:
            head = f"{display}的{what}部分无法核对（核对了{'、'.join(spans)}）。"
        figures = []
        for p in pairs:
            for ref, row in ((p.from_ref, "carried_to_next_year"), (p.to_ref, "carried_over_from_last_year")):
                if p.column.endswith(".cumulative"):
                    continue
                cell = self.answerer.cells_of(ref, "T3", row).get((row, p.column))
                if cell is not None and (p.agrees is not True or p.column == "total"):
                    figures.append(self.answerer.cell_figure(cell, ref))
        table = TableView(
            kind="consistency",
            title=f"{display} · 结转衔接核对",
            unit="件",
            columns=["年份", "申请人", "前一年结转下年度", "后一年上年结转", "核对"],
            rows=rows,
            chart=None,
        )
        return Reply(
            status="answered", answer=head + "；".join(lines) + "。", figures=figures, passages=[], table=table
        )

    # --- staff: one cell over a body's years -----------------------------------------------------------

    def cell_series(self, body_text: str, table: str, row: str, column: str) -> CellSeries:
        """Every indexed year's stored cell (table, row, column) of one body, the years between with no report,
        and the consistency checks between its consecutive reports — for /api/series. Raises LookupError with a
        message saying what to write when the name fits no body or several."""
        resolution = self.answerer.resolve_body(body_text)
        if len(resolution) != 1:
            raise LookupError(
                f"“{body_text}”对应{'多个' if resolution else '没有'}已收录的机关；"
                f"{self.answerer.catalogue()}请写出机关全称。"
            )
        body = resolution[0]
        reports = sorted(self.answerer.reports_of(body), key=lambda r: r["year"])
        points: list[SeriesPoint] = []
        for report in reports:
            ref = self._ref(report)
            cell = self.answerer.cells_of(ref, table, row).get((row, column))
            points.append(
                SeriesPoint(
                    year=ref.year,
                    report_id=ref.report_id,
                    issuer=ref.issuer,
                    format=ref.format_version,
                    value=cell.value if cell is not None and cell.kind in NUMERIC else None,
                    kind=cell.kind if cell is not None else "absent",
                    candidates=cell.candidates if cell is not None else [],
                    source=cell.source_line if cell is not None else "",
                    line_number=cell.line_number if cell is not None else None,
                )
            )
        years = [p["year"] for p in points]
        gaps = [y for y in range(years[0], years[-1] + 1) if y not in years] if years else []
        checks = [
            CarryCheck(
                from_year=p.from_ref.year,
                to_year=p.to_ref.year,
                column=p.column,
                label=p.label,
                carried_out=p.carried_out,
                carried_in=p.carried_in,
                agrees=p.agrees,
            )
            for p in self.carry_pairs(body)
        ]
        return CellSeries(
            body=self.answerer.body_display(body),
            table=table,
            row=row,
            column=column,
            points=points,
            gaps=gaps,
            checks=checks,
        )
