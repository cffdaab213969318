"""The web UI in a real browser: headless Chromium (Debian's /usr/bin/chromium and
/usr/bin/chromedriver) driven by selenium against ``sukien serve``'s app under uvicorn.

Opens every page at desktop (1280 px) and phone (375 px) width, uses the filters, switches
the language, checks that article HTML stays text, and saves screenshots to
``build/screenshots/``. Skipped, with the reason, when the browser or selenium is missing
(``make test`` installs the browser with apt-get when it can).
"""

from __future__ import annotations

import shutil
import socket
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import web_db
from conftest import ROOT

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
SCREENSHOTS = ROOT / "build" / "screenshots"
WIDTHS = {"desktop": 1280, "phone": 375}

if not CHROMIUM.exists() or not CHROMEDRIVER.exists():
    pytest.skip(
        f"headless browser tests need {CHROMIUM} and {CHROMEDRIVER} "
        "(apt-get install chromium chromium-driver; `make test` tries it)",
        allow_module_level=True,
    )
try:
    from selenium import webdriver
    from selenium.common.exceptions import NoAlertPresentException, WebDriverException
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select, WebDriverWait
except ImportError:  # pragma: no cover - selenium is in the dev extra
    pytest.skip("selenium is not installed (pip install -e '.[dev]')", allow_module_level=True)

uvicorn = pytest.importorskip("uvicorn")

from sukien.api.app import create_app  # noqa: E402


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, pipeline: Any) -> Path:
    return web_db.build(tmp_path_factory.mktemp("browser"), pipeline)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def base_url(db: Path) -> Iterator[str]:
    """``sukien serve``'s app under uvicorn, in a thread, on a free localhost port."""
    port = free_port()
    config = uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    profile = tempfile.mkdtemp(prefix="sukien-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for argument in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={profile}",
        "--window-size=1280,900",
        "--lang=vi",
    ):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    try:
        driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    except WebDriverException as error:
        shutil.rmtree(profile, ignore_errors=True)
        pytest.skip(f"Chromium does not start: {error.msg or error}")
    driver.set_page_load_timeout(60)
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture()
def page(browser: Any, base_url: str) -> Iterator[Any]:
    """The browser at desktop width, in Vietnamese, before each test."""
    browser.set_window_size(WIDTHS["desktop"], 900)
    browser.get(base_url + "/?lang=vi")
    yield browser


def open_page(browser: Any, url: str) -> None:
    browser.get(url)
    assert browser.execute_script("return document.readyState") == "complete"


def follow(browser: Any, element: Any, wanted: str) -> None:
    """Click ``element`` (a link or a submit button) and wait for the page whose address
    holds ``wanted`` to be loaded."""
    element.click()
    WebDriverWait(browser, 20).until(
        lambda b: (
            wanted in b.current_url and b.execute_script("return document.readyState") == "complete"
        )
    )


def text(browser: Any, css: str) -> str:
    return str(browser.find_element(By.CSS_SELECTOR, css).text)


def total(browser: Any) -> int:
    raw = text(browser, "p.total strong")
    return int(raw.replace(".", "").replace(",", ""))


def set_width(browser: Any, width: int) -> None:
    """A window whose page is ``width`` CSS pixels wide (900 high)."""
    browser.set_window_size(width, 900)
    inner = browser.execute_script("return window.innerWidth")
    if inner != width:  # the window's frame
        browser.set_window_size(width + (width - inner), 900)


def overflow(browser: Any) -> int:
    """How much wider than the window the page is."""
    return int(
        browser.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
    )


def screenshot(browser: Any, name: str, width: int) -> Path:
    """The whole page at ``width`` (the window as tall as the page, at most 6000 px)."""
    set_width(browser, width)
    height = browser.execute_script("return document.documentElement.scrollHeight")
    browser.set_window_size(browser.get_window_size()["width"], min(int(height) + 40, 6000))
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}-{width}.png"
    assert browser.save_screenshot(str(path))
    browser.set_window_size(browser.get_window_size()["width"], 900)
    return path


PAGES = {
    "home": ("/", "h1", "Cơ sở tri thức sự kiện"),
    "search": ("/search?q=tap+can+binh", "p.total", "kết quả"),
    "article": ("/articles/01_xi_moscow_2023", "h1", "Tập Cận Bình"),
    "entity": ("/entities/person/xi-jinping", "h1", "Xi Jinping"),
    "events": ("/events?dyad=China,Russia", "#timeline", "China – Russia"),
}


@pytest.mark.parametrize("size", list(WIDTHS))
def test_every_page_renders_and_fits(page: Any, base_url: str, size: str) -> None:
    width = WIDTHS[size]
    for name, (url, css, expected) in PAGES.items():
        open_page(page, base_url + url)
        assert expected in text(page, css), name
        path = screenshot(page, name, width)
        assert path.stat().st_size > 10_000
        # no script error, nothing the content security policy refused, no missing file
        errors = [e for e in page.get_log("browser") if e["level"] == "SEVERE"]
        assert not errors, (name, errors)
        set_width(page, width)
        # nothing wider than the screen (wide tables scroll inside their own box)
        assert overflow(page) <= 1, (name, size)
    if size == "phone":
        # the events table turns into cards: no header row, a label before each value
        open_page(page, base_url + "/events")
        assert not page.find_element(By.CSS_SELECTOR, ".events-table thead").is_displayed()
        # and the smallest phones still fit
        set_width(page, 320)
        for url, _, _ in PAGES.values():
            open_page(page, base_url + url)
            assert overflow(page) <= 1, (url, 320)


def test_search_facet_filters(page: Any, base_url: str) -> None:
    open_page(page, base_url + "/")
    box = page.find_element(By.ID, "home-q")
    box.send_keys("tap can binh")
    follow(page, page.find_element(By.CSS_SELECTOR, ".search-form button"), "/search?q=")
    assert page.current_url.startswith(base_url + "/search?q=tap+can+binh")
    before = total(page)
    assert page.find_elements(By.CSS_SELECTOR, ".snippet mark")
    facet = page.find_element(By.CSS_SELECTOR, 'a.facet-link[data-facet="month"]')
    follow(page, facet, "month=")
    assert 0 < total(page) < before
    assert page.find_element(By.CSS_SELECTOR, ".active-filters .chip").is_displayed()
    screenshot(page, "search-filtered", WIDTHS["desktop"])


def test_events_filter_form_sort_and_timeline(page: Any, base_url: str) -> None:
    open_page(page, base_url + "/events")
    before = total(page)
    Select(page.find_element(By.NAME, "type")).select_by_value("CONSULT")
    follow(page, page.find_element(By.CSS_SELECTOR, "#event-filters button"), "type=CONSULT")
    after = total(page)
    assert 0 < after < before
    types = {el.text for el in page.find_elements(By.CSS_SELECTOR, ".events-table .etype")}
    assert types == {"CONSULT"}
    # sort by score: click the column header twice (descending, then ascending)
    follow(page, page.find_element(By.LINK_TEXT, "Điểm"), "sort=score")
    follow(page, page.find_element(By.PARTIAL_LINK_TEXT, "Điểm"), "order=asc")
    scores = [
        float(el.text.replace(",", ".").replace("−", "-"))
        for el in page.find_elements(By.CSS_SELECTOR, ".events-table .score")
    ]
    assert scores == sorted(scores) and total(page) == after
    # a dyad's timeline: the monthly score chart with its zero line
    field = page.find_element(By.NAME, "dyad")
    field.clear()
    field.send_keys("China,Russia")
    follow(page, page.find_element(By.CSS_SELECTOR, "#event-filters button"), "dyad=China")
    assert page.find_element(By.CSS_SELECTOR, "svg.chart-score line.zero")
    assert "China – Russia" in text(page, "#timeline")
    screenshot(page, "events-filtered", WIDTHS["desktop"])
    screenshot(page, "events-filtered", WIDTHS["phone"])


def test_bad_parameter_and_unknown_id_pages(page: Any, base_url: str) -> None:
    open_page(page, base_url + "/events?since=2023-13")
    assert "422" in text(page, "h1") and "since" in text(page, ".reason")
    open_page(page, base_url + "/articles/no-such-article")
    assert "404" in text(page, "h1")
    screenshot(page, "error-404", WIDTHS["phone"])


def test_language_switch(page: Any, base_url: str) -> None:
    open_page(page, base_url + "/entities/person/xi-jinping")
    assert "Tên gọi khác" in page.page_source
    follow(page, page.find_element(By.CSS_SELECTOR, '.lang a[hreflang="en"]'), "lang=en")
    assert "Aliases" in page.page_source
    assert page.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en"
    follow(page, page.find_element(By.LINK_TEXT, "Events"), "/events")  # kept by the cookie
    assert text(page, "h1") == "Events"
    screenshot(page, "events-en", WIDTHS["phone"])
    follow(page, page.find_element(By.CSS_SELECTOR, '.lang a[hreflang="vi"]'), "lang=vi")
    assert text(page, "h1") == "Sự kiện"


def test_article_html_is_text_and_the_legend_toggles(page: Any, base_url: str) -> None:
    open_page(page, base_url + f"/articles/{web_db.XSS_ID}")
    with pytest.raises(NoAlertPresentException):
        page.switch_to.alert.text  # noqa: B018 - no script ran
    assert web_db.XSS in text(page, "h1")
    assert "<b>đậm</b>" in text(page, "#article-text")
    assert not page.find_elements(
        By.CSS_SELECTOR, "#article-text b, h1 script, #article-text script"
    )
    # tooltips
    entity = page.find_element(By.CSS_SELECTOR, "#article-text a.m-entity")
    assert entity.get_attribute("title").startswith("Thực thể: ")
    event = page.find_element(By.CSS_SELECTOR, "#article-text .m-event")
    assert "CONSULT" in event.get_attribute("title")
    # a tap on a highlight shows its tooltip in a box (static/app.js), as text
    set_width(page, WIDTHS["phone"])
    time_mark = page.find_element(By.CSS_SELECTOR, "#article-text span.m-time")
    time_mark.click()
    tip = page.find_element(By.ID, "tip")
    assert tip.is_displayed() and tip.text == time_mark.get_attribute("title")
    assert tip.text.startswith("Thời gian: 2024-06-0")
    screenshot(page, "article-tap", WIDTHS["phone"])
    page.find_element(By.TAG_NAME, "h1").click()
    assert not tip.is_displayed()
    set_width(page, WIDTHS["desktop"])
    # the legend's checkboxes hide and show a layer (static/app.js)
    box = page.find_element(By.CSS_SELECTOR, '#legend input[data-layer="entity"]')
    box.click()
    assert "hide-entity" in page.find_element(By.TAG_NAME, "body").get_attribute("class")
    box.click()
    assert "hide-entity" not in page.find_element(By.TAG_NAME, "body").get_attribute("class")
    screenshot(page, "article-xss", WIDTHS["desktop"])
