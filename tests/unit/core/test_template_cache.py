"""kb.core.template_cache: templates compiled once per process, and again when edited."""

from __future__ import annotations

from jinja2 import DictLoader, Environment

from kb.core.template_cache import MemoryTemplateCache


def test_templates_are_compiled_once_and_again_when_changed() -> None:
    cache = MemoryTemplateCache()
    templates = {"page.html": "{{ 1 + 1 }} first"}

    def rendered() -> str:
        # MkDocs makes a new environment for every build; the cache outlives them.
        return Environment(loader=DictLoader(templates), bytecode_cache=cache, autoescape=True).get_template("page.html").render()

    assert rendered() == "2 first"
    compiled = dict(cache._compiled)
    assert len(compiled) == 1
    assert rendered() == "2 first"
    assert cache._compiled == compiled
    templates["page.html"] = "{{ 2 + 2 }} edited"
    assert rendered() == "4 edited"
    assert cache._compiled != compiled
    cache.clear()
    assert cache._compiled == {}
