"""Policy facts a release added, removed and changed, from each area's `docs/<area>/facts.yml`.

A registry that changed is read at both commits with kb.facts.registry (area_facts_of_text)
and its facts compared by id: a fact changed when its kind or value did (a new label or
source wording alone is not a change of policy). The page shows a changed fact as "old →
new", each value rendered in the page's language and digits (kb.facts.localised.render).
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from typing import Literal

from kb.changes.history import FileChange
from kb.facts.registry import FACTS_FILE, AreaFacts, Fact, area_facts_of_text

FactChangeKind = Literal["added", "removed", "changed"]


@dataclass(frozen=True)
class FactChange:
    kind: FactChangeKind
    area: str
    fact: Fact  # as it is now, or as it was when removed
    old: Fact | None = None  # its value before (a changed or removed fact)


def compare_facts(area: str, old: AreaFacts, new: AreaFacts) -> list[FactChange]:
    """The facts of new that old did not have, those that changed, and those it lost."""
    changes = []
    for fact_id, fact in new.facts.items():
        before = old.facts.get(fact_id)
        if before is None:
            changes.append(FactChange("added", area, fact))
        elif (before.kind, before.value) != (fact.kind, fact.value):
            changes.append(FactChange("changed", area, fact, before))
    changes += [FactChange("removed", area, fact, fact) for fact_id, fact in old.facts.items() if fact_id not in new.facts]
    return changes


def fact_text_changes(
    files: Iterable[FileChange],
    *,
    docs: str,
    languages: Collection[str],
    before: Callable[[str], str | None],
    now: Callable[[str], str | None],
) -> list[FactChange]:
    """The fact changes of every area registry that changed; before and now read a file
    (relative to the project) at the previous release and at HEAD."""
    prefix = docs.rstrip("/") + "/"
    changes: list[FactChange] = []
    for change in files:
        relative = change.path[len(prefix) :] if change.path.startswith(prefix) else ""
        area, name = posixpath.split(relative)
        if name != FACTS_FILE or not area or "/" in area:
            continue
        old_path = change.old_path or change.path
        old_text = before(old_path) if change.status != "A" else None
        new_text = now(change.path) if change.status != "D" else None
        old = area_facts_of_text(old_text or "", area=area, display=old_path, languages=languages)
        new = area_facts_of_text(new_text or "", area=area, display=change.path, languages=languages)
        changes += compare_facts(area, old, new)
    return changes
