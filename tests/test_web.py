"""The web pages in a real browser (Debian's chromium, driven by Playwright) against a real uvicorn on loopback."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import pytest

from tests.conftest import SEED_REPORT
from tests.servers import TOKEN as ADMIN_TOKEN
from tests.servers import uvicorn_in_thread

ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
pytestmark = [pytest.mark.browser, pytest.mark.slow]
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


@pytest.fixture(scope="module")
def base_url(answerer):
    from service.app import create_app
    from service.settings import Settings

    with uvicorn_in_thread(create_app(Settings(admin_token=ADMIN_TOKEN), answerer=answerer)) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(
            "chromium is not installed: run `make test` (it installs Debian's chromium) or apt-get install chromium"
        )
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1100, "height": 900}, accept_downloads=True)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    yield page
    context.close()
    assert not errors, errors


def ask(page, question: str) -> None:
    before = page.locator("[data-testid=answer]").count()
    page.fill("#question", question)
    page.keyboard.press("Enter")  # keyboard alone
    page.wait_for_function(
        "n => document.querySelectorAll('[data-testid=answer]').length > n"
        " && !document.querySelector('.answer-text.pending')",
        arg=before,
    )


def last_answer(page):
    return page.locator("[data-testid=answer]").last


def test_chat_figure_card_follow_up_and_citation(page, base_url):
    page.goto(base_url + "/")
    assert page.locator("#examples .chip").count() >= 4  # examples for first-time visitors
    page.screenshot(path=str(ARTIFACTS / "chat-welcome.png"))
    ask(page, "虹口区2021年收到多少政府信息公开申请？")
    assert last_answer(page).locator("[data-testid=figure-value]").first.inner_text() == "74"
    ask(page, "其中自然人多少？")
    assert last_answer(page).locator("[data-testid=figure-value]").first.inner_text() == "71"
    # a card opens its source line in context
    last_answer(page).locator("[data-testid=figure-card]").first.click()
    assert "71" in page.locator("#detail mark.source-line").inner_text()
    page.keyboard.press("Escape")
    ask(page, "虹口区在哪些商圈推动信息公开？")
    last_answer(page).locator("[data-testid=citation]").first.click()
    assert "商圈" in page.locator("#detail [data-testid=highlight]").inner_text()
    page.keyboard.press("Escape")
    page.screenshot(path=str(ARTIFACTS / "chat.png"), full_page=True)


def test_derived_card_shows_formula(page, base_url):
    page.goto(base_url + "/")
    ask(page, "淮安市2024年予以公开率是多少？")
    answer = last_answer(page)
    assert answer.locator("[data-testid=figure-value]").first.inner_text() == "44.66"
    assert "1362 ÷ 3050" in answer.locator("[data-testid=formula]").first.inner_text()


def test_series_answer_shows_a_table_and_a_chart(page, base_url):
    page.goto(base_url + "/")
    ask(page, "平潭2019到2025年每年自然人提出的申请有多少")
    table = last_answer(page).locator("[data-testid=answer-table]")
    assert "2024" in table.inner_text() and "217件" in table.inner_text()
    assert last_answer(page).locator("[data-testid=answer-chart] rect").count() == 7  # one bar per year
    page.screenshot(path=str(ARTIFACTS / "chat-series.png"), full_page=True)


def test_figures_page_shows_whether_consecutive_reports_agree(page, base_url):
    page.goto(base_url + "/figures?issuer=" + "平潭综合实验区" + "&year=2022")
    page.wait_for_selector("[data-testid=series-checks] li")
    assert "项一致" in page.locator("[data-testid=series-checks]").inner_text()


def test_not_found_lists_what_is_indexed_and_new_conversation(page, base_url):
    page.goto(base_url + "/")
    ask(page, "黄浦区2022年收到多少申请？")
    text = last_answer(page).locator("[data-testid=answer-text]").inner_text()
    assert "已收录" in text and "虹口区" in text
    page.click("#reset")
    assert page.locator("[data-testid=answer]").count() == 0 and page.locator("#welcome").is_visible()


def test_hostile_text_is_rendered_as_text(page, base_url):
    page.goto(base_url + "/")
    hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>虹口区2021年收到多少申请'
    ask(page, hostile)
    assert page.locator("[data-testid=question]").last.inner_text() == hostile
    assert page.evaluate("window.__pwned") is None
    assert page.locator(".log img").count() == 0 and page.locator(".log script").count() == 0


def test_phone_screen(browser, base_url):
    context = browser.new_context(viewport={"width": 390, "height": 820})
    page = context.new_page()
    page.goto(base_url + "/")
    ask(page, "平潭2022年收到多少政府信息公开申请？")
    assert last_answer(page).locator("[data-testid=figure-value]").first.inner_text() == "74"
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    page.screenshot(path=str(ARTIFACTS / "chat-phone.png"))
    context.close()


def test_figures_view_cells_compare_and_csv(page, base_url, tmp_path):
    page.goto(base_url + "/figures?issuer=平潭综合实验区&year=2023")
    cell = page.locator("table[data-table=T3] [data-row=new_received][data-column=total]")
    assert cell.inner_text() == "81"
    cell.click()
    assert "本年新收" in page.locator("#detail").inner_text()
    page.keyboard.press("Escape")
    assert "待定" in page.locator("table[data-table=T2] [data-row=normative_documents]").first.inner_text()
    assert page.locator("#checks li").count() >= 1
    page.screenshot(path=str(ARTIFACTS / "figures.png"), full_page=True)
    # compare with another year of the same issuer
    page.check("input[name=mode][value=year]")
    page.select_option("#other", label="2022年")
    page.wait_for_selector("table[data-table=T3] [data-testid=diff]")
    row = page.locator("table[data-table=T3] tr", has=page.locator("[data-row=new_received][data-column=total]"))
    assert "+7" in row.inner_text()  # 81 − 74
    page.screenshot(path=str(ARTIFACTS / "figures-compare.png"), full_page=True)
    with page.expect_download() as download_info:
        page.click("[data-testid=csv-T3]")
    path = tmp_path / "t3.csv"
    download_info.value.save_as(path)
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
    assert len(rows) == 175
    assert next(r for r in rows if r["row"] == "new_received" and r["column"] == "total")["value"] == "81"
    assert page.locator("#charts img").count() == 3


def test_staff_upload_page(page, base_url, tmp_path):
    page.goto(base_url + "/admin")
    page.fill("#token", ADMIN_TOKEN)
    page.set_input_files("#file", str(SEED_REPORT))  # already indexed: the same text changes nothing
    page.click("#upload button[type=submit]")
    page.wait_for_selector("[data-testid=upload-title]")
    assert "内容未变" in page.inner_text("[data-testid=upload-title]")
    assert "200 个单元格" in page.inner_text("[data-testid=upload-counts]")
    memo = tmp_path / "memo.txt"
    memo.write_text("会议通知：周五开会。", encoding="utf-8")
    page.set_input_files("#file", str(memo))
    page.click("#upload button[type=submit]")
    page.wait_for_selector("[data-testid=upload-error]")
    assert "memo.txt" in page.inner_text("[data-testid=upload-error]")
    page.screenshot(path=str(ARTIFACTS / "admin.png"), full_page=True)
