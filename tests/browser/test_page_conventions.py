"""Scripts, tooltips and page metadata in real Chromium."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, expect

from support.browser import wcag_violations

pytestmark = pytest.mark.browser


def test_copy_button_is_labelled_and_copies_the_script(browser: Browser, content_site_url: str) -> None:
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(f"{content_site_url}shop/greeting/")
    button = page.locator(".say .kb-script-copy")
    expect(button).to_be_visible()
    expect(button).to_have_attribute("aria-label", "Copy to clipboard")
    button.click()
    expect(page.locator(".md-dialog")).to_contain_text("Copied to clipboard")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == "Здравствуйте, Отдел поддержки клиентов, меня зовут … Чем могу Вам помочь?"
    context.close()


def test_copy_button_speaks_the_page_language(browser: Browser, content_site_url: str) -> None:
    page = browser.new_page()
    page.goto(f"{content_site_url}ru/shop/greeting/")
    expect(page.locator(".say .kb-script-copy")).to_have_attribute("aria-label", "Копировать в буфер")
    page.close()


def test_without_javascript_there_is_no_dead_copy_button(browser: Browser, content_site_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{content_site_url}shop/greeting/")
    expect(page.locator(".say .kb-script-copy")).to_be_hidden()
    expect(page.locator(".say .kb-script-text")).to_be_visible()
    context.close()


@pytest.mark.parametrize("path", ["shop/greeting/", "ru/shop/draft-article/", "ru/glossary/"])
def test_convention_pages_meet_wcag(browser: Browser, content_site_url: str, path: str) -> None:
    page = browser.new_page()
    page.goto(f"{content_site_url}{path}", wait_until="networkidle")
    assert wcag_violations(page) == []
    page.close()
