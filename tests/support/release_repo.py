"""A real git repository with two releases, for the release-notes tests (kb.changes).

v1.0: pages area/index, area/kept (changed in 1.1 in Russian only), area/gone (removed in
1.1, redirected), area/old-name (moved to area/new-name in 1.1); a decision table shown on
area/kept whose row `late` changes in 1.1; a fact `reply` of 24 working hours that becomes 48.
v1.1 also adds area/added and a change fragment.
"""

from __future__ import annotations

from pathlib import Path

from support.git_repo import git

LANGUAGES = ("en", "ru", "fa")

FACTS = """facts:
  - id: reply
    kind: duration
    value: {{amount: {amount}, unit: working-hour}}
    label: {{en: Reply deadline, ru: Срок ответа, fa: مهلت پاسخ}}
"""

TABLE = """id: replies
source_language: en
caption: {{en: Replies, ru: Ответы, fa: پاسخ‌ها}}
hit_policy: unique
columns:
  - key: situation
    kind: condition
    label: {{en: Situation, ru: Ситуация, fa: موقعیت}}
  - key: answer
    kind: output
    label: {{en: Answer, ru: Ответ, fa: پاسخ}}
rows:
  - id: late
    situation: {{en: "No reply within {{{{fact:reply}}}}", ru: "Нет ответа за {{{{fact:reply}}}}", fa: "پاسخی در {{{{fact:reply}}}} نیامد"}}
    answer: {{en: "{answer}", ru: "{answer} (ru)", fa: "{answer} (fa)"}}
  - id: early
    situation: {{en: Replied, ru: Ответил, fa: پاسخ داد}}
    answer: {{en: Close, ru: Закрыть, fa: بستن}}
"""

FRAGMENT = """type: changed
area: area
text:
  en: "Sellers have 48 working hours to reply."
  ru: "У продавцов 48 рабочих часов на ответ."
  fa: "فروشندگان ۴۸ ساعت کاری برای پاسخ دارند."
"""


def page(title: str, body: str = "Text.") -> str:
    return f"---\ntitle: {title}\n---\n\n# {title}\n\n{body}\n"


def write(root: Path, files: dict[str, str]) -> None:
    for relative, text in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def commit_and_tag(repo: Path, message: str, tag: str | None = None) -> None:
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", message)
    if tag:
        git(repo, "tag", tag)


def release_project(tmp_path: Path) -> Path:
    """The repository at v1.1 (HEAD), tagged v1.0 and v1.1."""
    repo = tmp_path / "kb"
    files = {"mkdocs.yml": "site_name: Test\n", "docs/area/facts.yml": FACTS.format(amount=24)}
    for language in LANGUAGES:
        suffix = "" if language == "en" else f".{language}"
        files |= {
            f"docs/area/index{suffix}.md": page(f"Area ({language})"),
            f"docs/area/kept{suffix}.md": page(f"Kept ({language})", "::: decision-table replies.table.yml"),
            f"docs/area/gone{suffix}.md": page(f"Gone ({language})"),
            f"docs/area/old-name{suffix}.md": page(f"Moving ({language})", "A long enough text that git sees the move as a rename."),
        }
    files["docs/area/replies.table.yml"] = TABLE.format(answer="Escalate")
    write(repo, files)
    git(repo, "init", "-q", "-b", "main")
    commit_and_tag(repo, "1.0", "v1.0")
    write(repo, {"docs/area/facts.yml": FACTS.format(amount=48), "docs/area/replies.table.yml": TABLE.format(answer="Escalate now")})
    write(repo, {"docs/area/kept.ru.md": page("Kept (ru)", "::: decision-table replies.table.yml\n\nNew Russian words.")})
    write(repo, {"docs/area/added.md": page("Added (en)"), "changes/longer-reply.yml": FRAGMENT})
    for language in LANGUAGES:
        suffix = "" if language == "en" else f".{language}"
        (repo / f"docs/area/gone{suffix}.md").unlink()
        (repo / f"docs/area/old-name{suffix}.md").rename(repo / f"docs/area/new-name{suffix}.md")
    commit_and_tag(repo, "1.1", "v1.1")
    return repo
