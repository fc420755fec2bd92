"""kb.components.say_blocks: the words to say are gathered for the copy button; translations are not."""

import markdown

from kb.components.say_blocks import SayBlockExtension


def render(text: str) -> str:
    return markdown.markdown(text, extensions=["admonition", "attr_list", SayBlockExtension()])


def test_script_words_are_wrapped_for_copying_and_the_meaning_is_not() -> None:
    html = render(
        '!!! say "Say (in Russian)"\n    Здравствуйте!\n\n    Чем могу помочь?\n\n    Hello! How can I help?\n    {: .kb-meaning }\n'
    )
    assert '<div class="kb-script-text" id="kb-script-1"><p>Здравствуйте!</p>\n<p>Чем могу помочь?</p>\n</div>' in html
    assert '<p class="kb-meaning">Hello! How can I help?</p>' in html
    assert 'data-clipboard-target="#kb-script-1" hidden="hidden"' in html


def test_each_script_on_a_page_has_its_own_target() -> None:
    html = render('!!! say "A"\n    Один.\n\n!!! say "B"\n    Два.\n')
    assert 'id="kb-script-1"' in html and 'id="kb-script-2"' in html


def test_other_admonitions_are_untouched() -> None:
    assert "kb-script" not in render('!!! note "N"\n    Текст.\n')


def test_a_script_on_a_page_in_another_language_says_its_language_and_direction() -> None:
    extension = SayBlockExtension()
    extension.begin_page(page_language="fa", script_language="ru")
    html = markdown.markdown(
        '!!! say "به روسی"\n    Здравствуйте!\n\n    سلام!\n    {: .kb-meaning }\n', extensions=["admonition", "attr_list", extension]
    )
    assert '<div class="kb-script-text" dir="ltr" id="kb-script-1" lang="ru"><p>Здравствуйте!</p>' in html
    extension.begin_page(page_language="ru", script_language="ru")
    assert "lang=" not in markdown.markdown('!!! say "Скажите"\n    Здравствуйте!\n', extensions=["admonition", extension])
