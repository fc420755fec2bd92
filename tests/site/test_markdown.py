"""The site's Markdown configuration, as mkdocs.yml sets it up."""

from __future__ import annotations

import markdown
import pytest
from mkdocs.config import load_config

from support.paths import REPO_ROOT


@pytest.fixture(scope="module")
def render() -> markdown.Markdown:
    config = load_config(str(REPO_ROOT / "mkdocs.yml"))
    return markdown.Markdown(extensions=config.markdown_extensions, extension_configs=config.mdx_configs)


@pytest.mark.parametrize(
    ("heading", "slug"),
    [
        ("Возврат товара", "возврат-товара"),
        ("بازگشت وجه", "بازگشت-وجه"),
        ("售后服务申请", "售后服务申请"),
        ("Atbildes termiņš", "atbildes-termiņš"),
        ("Where is my parcel?", "where-is-my-parcel"),
    ],
)
def test_headings_get_unicode_slugs(render: markdown.Markdown, heading: str, slug: str) -> None:
    # The default slugifier would turn the non-Latin headings into "_1".
    assert f'<h2 id="{slug}">' in render.reset().convert(f"## {heading}")


def test_explicit_heading_id_wins(render: markdown.Markdown) -> None:
    assert '<h2 id="refunds">' in render.reset().convert("## Возврат денег {#refunds}")


def test_headings_have_permalinks(render: markdown.Markdown) -> None:
    assert 'class="headerlink"' in render.reset().convert("## Статусы {#statuses}")


def test_abbreviations_become_tooltips(render: markdown.Markdown) -> None:
    html = render.reset().convert("Клиент обращается в ФМ.\n\n*[ФМ]: Фирменный магазин")
    assert '<abbr title="Фирменный магазин">ФМ</abbr>' in html
