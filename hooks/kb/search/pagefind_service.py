"""Pagefind's indexing service (its Python API), read as soon as it answers, on one processor.

pagefind 1.5.2's PagefindService waits 0.1 s before reading each answer of its indexer, so
indexing this KB's 1,000 pages and rows one request at a time took over 100 s instead of
about two. This service reads each answer as it comes, and fails every waiting request if
the indexer stops, so a build never hangs on it.

Its indexer runs on one processor. It writes the bundle's thousand small files from dozens
of threads at once, which on more than one processor mostly spin on the file system's
directory lock: at ×1 that was 0.7–1.2 s of its 2.6–4 s of CPU, with no faster bundle to show
for it (tests/benchmarks/build_scale.py). The build itself keeps every processor.
Everything else is Pagefind's own.
"""

from __future__ import annotations

import asyncio
import base64
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from pagefind.service import PagefindService
from pagefind.service.types import InternalResponseType


class IndexerError(RuntimeError):
    """What Pagefind's indexer said went wrong, or that it stopped answering."""


def _message_id(response: dict[str, Any]) -> int | None:
    """The request an answer is for; an answer to a request the indexer could not read names
    it only inside the echoed request."""
    if response.get("message_id") is not None:
        return int(response["message_id"])
    original = (response.get("payload") or {}).get("original_message")
    sent = json.loads(original) if original else None
    return int(sent["message_id"]) if isinstance(sent, dict) and sent.get("message_id") is not None else None


@contextmanager
def processes_started_on_one_processor() -> Iterator[None]:
    """While it lasts, the calling thread, and so each process it starts, runs on one of its
    processors: Linux gives a process the affinity of the thread that started it."""
    processors = os.sched_getaffinity(0)  # 0: the calling thread
    os.sched_setaffinity(0, {max(processors)})
    try:
        yield
    finally:
        os.sched_setaffinity(0, processors)


class PromptPagefindService(PagefindService):
    async def launch(self) -> PromptPagefindService:
        """Pagefind's indexer, started on one processor (see the module's docstring)."""
        with processes_started_on_one_processor():
            await super().launch()
        return self

    async def _wait_for_responses(self) -> None:
        stdout = self._backend.stdout
        if stdout is None:
            raise IndexerError("the indexer was started without an output to read")
        try:
            while True:
                answer = await stdout.readuntil(b",")
                response = json.loads(base64.b64decode(answer[:-1]))
                if not isinstance(response, dict):
                    continue
                message_id = _message_id(response)
                future = self._responses.get(message_id) if message_id is not None else None
                if future is None or future.done():
                    continue
                payload = response["payload"]
                if payload["type"] == InternalResponseType.ERROR.value:
                    future.set_exception(IndexerError(payload.get("message", "the indexer reported an error")))
                else:
                    future.set_result(payload)
        except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ValueError) as error:
            for future in self._responses.values():
                if not future.done():
                    future.set_exception(IndexerError(f"the indexer stopped answering: {error}"))
