"""Adapter shared by the hooks: add a KB Markdown extension to MkDocs once, and find it again.

Not a hook itself. MkDocs runs on_config once per language build (static-i18n), so a
hook registering an extension instance must not add a second one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from markdown.extensions import Extension
from mkdocs.config.defaults import MkDocsConfig

ExtensionType = TypeVar("ExtensionType", bound=Extension)


def add_once(config: MkDocsConfig, kind: type[ExtensionType], make: Callable[[], ExtensionType]) -> MkDocsConfig:
    """Append make() to the Markdown extensions unless an instance of kind is there."""
    if not any(isinstance(item, kind) for item in config.markdown_extensions):
        config.markdown_extensions.append(make())
    return config


def registered(config: MkDocsConfig, kind: type[ExtensionType]) -> ExtensionType:
    """The instance of kind among the Markdown extensions."""
    return next(item for item in config.markdown_extensions if isinstance(item, kind))
