"""kb.site.i18n: the site's languages as mkdocs.yml declares them."""

from __future__ import annotations

import os
from pathlib import Path

from mkdocs.config import load_config

from kb.site.i18n import configured_languages

CONFIG = """site_name: Languages
plugins:
  - i18n:
      languages:
        - locale: en
          default: true
          name: English
{others}
"""
LANGUAGE = """        - locale: {code}
          name: {code}
"""


def _write(config_file: Path, *others: str) -> None:
    config_file.write_text(CONFIG.format(others="".join(LANGUAGE.format(code=code) for code in others)), encoding="utf-8")


def test_the_languages_are_read_again_after_the_file_changes(tmp_path: Path) -> None:
    # An edit of mkdocs.yml made while serving is seen, whichever of its time or size changed.
    config_file = tmp_path / "mkdocs.yml"
    (tmp_path / "docs").mkdir()
    _write(config_file, "ru")
    config = load_config(str(config_file))
    assert (configured_languages(config).codes, configured_languages(config).default) == (("en", "ru"), "en")
    modified = config_file.stat().st_mtime_ns
    _write(config_file, "ru", "lv")
    os.utime(config_file, ns=(modified, modified))  # the same time: the size still tells
    assert configured_languages(config).codes == ("en", "ru", "lv")
    _write(config_file, "ru", "zh")
    os.utime(config_file, ns=(modified + 1_000_000, modified + 1_000_000))  # the same size: the time tells
    assert configured_languages(config).codes == ("en", "ru", "zh")
