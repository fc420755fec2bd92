"""MkDocs hook: registers the 'say this' script blocks (kb.say_blocks) with Markdown."""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig

from markdown_extensions import add_once
from kb.say_blocks import SayBlockExtension


def on_config(config: MkDocsConfig, /) -> MkDocsConfig:
    # Called once per language build: register once.
    return add_once(config, SayBlockExtension, SayBlockExtension)
