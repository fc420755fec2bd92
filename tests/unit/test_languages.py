"""kb.languages: a page file's language under the suffix layout."""

from kb.languages import file_language, neutral_path

LANGUAGES = ("en", "ru", "fa", "lv", "zh")


def test_file_language() -> None:
    assert file_language("area/page.ru.md", languages=LANGUAGES, unsuffixed="en") == "ru"
    assert file_language("area/page.md", languages=LANGUAGES, unsuffixed="en") == "en"
    assert file_language("area/v1.2.md", languages=LANGUAGES, unsuffixed="en") == "en"


def test_neutral_path() -> None:
    assert neutral_path("area/page.fa.md", languages=LANGUAGES) == "area/page.md"
    assert neutral_path("page.md", languages=LANGUAGES) == "page.md"
