"""MkDocs hook: registers the 'say this' script blocks (kb.say_blocks) with Markdown."""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig

from kb.say_blocks import SayBlockExtension


def on_config(config: MkDocsConfig, /) -> MkDocsConfig:
    # Called once per language build: register once.
    if not any(isinstance(item, SayBlockExtension) for item in config.markdown_extensions):
        config.markdown_extensions.append(SayBlockExtension())
    return config
