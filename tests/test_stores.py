"""The indexing job on real SQLite, Chroma and BM25 stores, over the whole shared corpus."""

from __future__ import annotations

from indexing.pipeline import index_paths
from tests.conftest import SEED_REPORT, shared_report_files


def test_whole_corpus_indexes(indexed):
    stores, summary = indexed
    assert summary.reports == len(shared_report_files())
    counts = stores.tables.counts()
    assert counts["reports"] == summary.reports
    assert counts["passages"] == summary.passages == stores.bm25.size()
    narrative = [p for p in stores.tables.passages() if p["kind"] == "narrative"]
    assert stores.vectors.count() == len(narrative) < counts["passages"]  # table rows are found by BM25 alone
    assert counts["cells"] == summary.cells


def test_reindexing_changes_no_count(indexed):
    stores, _ = indexed
    before = (stores.tables.counts(), stores.vectors.count(), stores.bm25.size())
    again = index_paths([SEED_REPORT], stores, force=True)
    assert again.ok and again.reports == 1
    assert (stores.tables.counts(), stores.vectors.count(), stores.bm25.size()) == before
    unchanged = index_paths([SEED_REPORT], stores)
    assert unchanged.unchanged == 1 and unchanged.reports == 0
    assert stores.tables.counts() == before[0]


def test_bad_input_changes_nothing(indexed, tmp_path):
    stores, _ = indexed
    before = (stores.tables.counts(), stores.vectors.count())
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x00\x00\x00binary")
    gbk = tmp_path / "gbk.txt"
    gbk.write_bytes("上海市虹口区政府 2021 年政府信息公开工作年度报告".encode("gbk"))
    summary = index_paths([empty, binary, gbk, tmp_path / "missing.txt", tmp_path / "x.pdf"], stores)
    assert not summary.ok and summary.reports == 0
    messages = "\n".join(summary.errors)
    for name in ("empty.txt", "image.txt", "gbk.txt", "missing.txt"):
        assert name in messages
    assert (stores.tables.counts(), stores.vectors.count()) == before


def test_exact_cells_with_provenance(indexed):
    stores, _ = indexed
    [cell] = stores.tables.cells(issuer="虹口区", year=2021, table="T3", row="new_received", column="total")
    assert cell.value == 74 and cell.kind == "number" and cell.issuer == "上海市虹口区人民政府"
    assert "74" in cell.source_line
    unresolved = stores.tables.cells(issuer="平潭综合实验区", year=2021, table="T2", row="normative_documents")
    assert {c.kind for c in unresolved} == {"unresolved"}
    assert all(len(c.candidates) > 1 for c in unresolved)


def test_checks_are_stored(indexed):
    stores, _ = indexed
    report = next(r for r in stores.tables.reports() if r["issuer"] == "平潭综合实验区" and r["year"] == 2020)
    assert report["failed_checks"] == 2
    detail = stores.tables.report(report["report_id"])
    failed = [c for c in detail["checks"] if c["status"] == "failed"]
    assert any("27" in c["details"] for c in failed)


def test_passages_carry_sections_and_table_sentences(indexed):
    stores, _ = indexed
    passages = stores.tables.passages()
    seed = [p for p in passages if p["issuer"] == "上海市虹口区人民政府"]
    assert any(p["section"] == "一、总体情况 > （二）依申请公开方面" for p in seed)
    row = next(p for p in seed if p["kind"] == "table" and p["row"] == "new_received")
    assert "本年新收政府信息公开申请数量" in row["text"] and "自然人 71 件" in row["text"]


def test_hybrid_retrieval_finds_the_right_passage(indexed):
    stores, _ = indexed
    seed_id = next(r["report_id"] for r in stores.tables.reports() if r["issuer_short"] == "虹口区")
    lexical = stores.bm25.search("信息处理费", top_k=5, report_ids={seed_id})
    assert lexical and all(pid.startswith(seed_id) for pid, _ in lexical)
    texts = {p["passage_id"]: p["text"] for p in stores.tables.passages()}
    assert any("信息处理费" in texts[pid] for pid, _ in lexical)
    dense = stores.vectors.search("区政府收了多少信息公开处理费用", top_k=5, report_ids=[seed_id])
    assert dense and all(texts[pid] for pid, _ in dense)
    assert any("处理费" in texts[pid] for pid, _ in dense)


def test_report_cells_match_the_store_and_stay_bounded(indexed):
    from indexing.stores.table_store import ReportCells

    stores, _ = indexed
    tables = stores.tables
    reports = [r["report_id"] for r in tables.reports() if r["cells"]][:4]
    first = len(tables.cells(report_id=reports[0]))
    cells = ReportCells(tables, max_cells=first + 1)  # room for one report's cells at a time
    for report_id in reports:
        for table in ("T2", "T3", "T4", "TS"):
            assert cells.of(report_id, table) == tables.cells(report_id=report_id, table=table)
        assert cells.of(report_id, "T3", "new_received") == tables.cells(
            report_id=report_id, table="T3", row="new_received"
        )
        assert cells.reports_kept == 1
    assert cells.of("no-such-report", "T3") == []


def test_generation_reads_an_index_added_to_older_stores(tmp_path):
    from sqlalchemy import inspect, text

    from indexing.stores.table_store import TableStore

    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    store = TableStore(url)
    with store.engine.begin() as connection:  # a store written before the index existed
        connection.execute(text("DROP INDEX ix_reports_indexed_at"))
    store.dispose()
    reopened = TableStore(url)
    indexes = inspect(reopened.engine).get_indexes("reports")
    assert any(i["column_names"] == ["indexed_at"] for i in indexes)
    assert reopened.generation() == (0, "None")
