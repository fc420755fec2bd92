"""The theme's templates compiled once per process, not once per build.

MkDocs makes a new Jinja environment for every build: static-i18n's five language builds and
every `mkdocs serve` rebuild compiled Material's and the overrides' templates again, a few
seconds of each build. Every environment is handed this one cache; Jinja compares each
template's source with the compiled copy's checksum, so an edited template is compiled again.
"""

from __future__ import annotations

from jinja2.bccache import Bucket, BytecodeCache


class MemoryTemplateCache(BytecodeCache):
    """Compiled templates kept in memory for the life of the process."""

    def __init__(self) -> None:
        self._compiled: dict[str, bytes] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        compiled = self._compiled.get(bucket.key)
        if compiled is not None:
            bucket.bytecode_from_string(compiled)

    def dump_bytecode(self, bucket: Bucket) -> None:
        self._compiled[bucket.key] = bucket.bytecode_to_string()

    def clear(self) -> None:
        self._compiled.clear()


COMPILED_TEMPLATES = MemoryTemplateCache()
