"""The KB's own interface words in each site language: decision tables and page metadata."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class UiText:
    # Decision tables
    filter_label: str
    filter_placeholder: str
    clear: str
    # {shown} and {total} are filled in by the browser, in the page's digits.
    row_count: str
    row_link: str
    details: str
    any_value: str
    # Page metadata
    owner: str
    last_reviewed: str
    review_by: str
    status: str
    draft: str
    published: str
    draft_notice: str
    original_language: str
    language_names: dict[str, str]
    # Translation status ({language} is a language name, {date} the source's review date)
    outdated_notice: str
    missing_notice: str
    read_original: str
    state_names: dict[str, str]
    page_column: str
    total_row: str


UI_TEXT: dict[str, UiText] = {
    "en": UiText(
        filter_label="Filter rows",
        filter_placeholder="Type a status, a method or a number",
        clear="Clear",
        row_count="{shown} of {total} rows",
        row_link="Link to this row",
        details="Details",
        any_value="any",
        owner="Owner",
        last_reviewed="Last reviewed",
        review_by="Review by",
        status="Status",
        draft="Draft",
        published="Published",
        draft_notice="This page is incomplete and not yet approved.",
        original_language="Original language",
        language_names={"en": "English", "ru": "Russian", "fa": "Persian", "lv": "Latvian", "zh": "Chinese"},
        outdated_notice="The {language} original changed on {date}; this translation may be out of date.",
        missing_notice="This page is not yet translated into {language}; you are reading the {shown} version.",
        read_original="Read the original",
        state_names={"source": "original", "up-to-date": "up to date", "outdated": "outdated", "missing": "missing"},
        page_column="Page",
        total_row="Up to date",
    ),
    "ru": UiText(
        filter_label="Фильтр строк",
        filter_placeholder="Введите статус, способ или число",
        clear="Очистить",
        row_count="Показано строк: {shown} из {total}",
        row_link="Ссылка на эту строку",
        details="Подробнее",
        any_value="любой",
        owner="Владелец",
        last_reviewed="Последняя проверка",
        review_by="Проверить до",
        status="Статус",
        draft="Черновик",
        published="Опубликовано",
        draft_notice="Страница неполная и ещё не утверждена.",
        original_language="Язык оригинала",
        language_names={"en": "английский", "ru": "русский", "fa": "персидский", "lv": "латышский", "zh": "китайский"},
        outdated_notice="Оригинал на языке «{language}» изменён {date}; перевод может быть устаревшим.",
        missing_notice="Страница ещё не переведена на язык «{language}»; показана версия на языке «{shown}».",
        read_original="Читать оригинал",
        state_names={"source": "оригинал", "up-to-date": "актуален", "outdated": "устарел", "missing": "нет"},
        page_column="Страница",
        total_row="Актуально",
    ),
    "fa": UiText(
        filter_label="فیلتر ردیف‌ها",
        filter_placeholder="وضعیت، روش یا عدد را وارد کنید",
        clear="پاک کردن",
        row_count="نمایش {shown} ردیف از {total}",
        row_link="پیوند به این ردیف",
        details="جزئیات",
        any_value="هر مقدار",
        owner="مالک",
        last_reviewed="آخرین بازبینی",
        review_by="بازبینی بعدی تا",
        status="وضعیت",
        draft="پیش‌نویس",
        published="منتشرشده",
        draft_notice="این صفحه کامل نیست و هنوز تأیید نشده است.",
        original_language="زبان اصلی",
        language_names={"en": "انگلیسی", "ru": "روسی", "fa": "فارسی", "lv": "لتونیایی", "zh": "چینی"},
        outdated_notice="متن اصلی به زبان {language} در تاریخ {date} تغییر کرده است؛ ممکن است این ترجمه به‌روز نباشد.",
        missing_notice="این صفحه هنوز به زبان {language} ترجمه نشده است؛ نسخهٔ {shown} را می‌خوانید.",
        read_original="خواندن متن اصلی",
        state_names={"source": "متن اصلی", "up-to-date": "به‌روز", "outdated": "قدیمی", "missing": "موجود نیست"},
        page_column="صفحه",
        total_row="به‌روز",
    ),
    "lv": UiText(
        filter_label="Filtrēt rindas",
        filter_placeholder="Ierakstiet statusu, veidu vai skaitli",
        clear="Notīrīt",
        row_count="Parādītas rindas: {shown} no {total}",
        row_link="Saite uz šo rindu",
        details="Sīkāk",
        any_value="jebkurš",
        owner="Atbildīgais",
        last_reviewed="Pēdējoreiz pārskatīts",
        review_by="Pārskatīt līdz",
        status="Statuss",
        draft="Melnraksts",
        published="Publicēts",
        draft_notice="Šī lapa nav pilnīga un vēl nav apstiprināta.",
        original_language="Oriģināla valoda",
        language_names={"en": "angļu", "ru": "krievu", "fa": "persiešu", "lv": "latviešu", "zh": "ķīniešu"},
        outdated_notice="Oriģināls {language} valodā mainīts {date}; šis tulkojums var būt novecojis.",
        missing_notice="Šī lapa vēl nav pārtulkota {language} valodā; jūs lasāt versiju {shown} valodā.",
        read_original="Lasīt oriģinālu",
        state_names={"source": "oriģināls", "up-to-date": "aktuāls", "outdated": "novecojis", "missing": "nav"},
        page_column="Lapa",
        total_row="Aktuāli",
    ),
    "zh": UiText(
        filter_label="筛选行",
        filter_placeholder="输入状态、方式或数字",
        clear="清除",
        row_count="显示 {shown} / {total} 行",
        row_link="链接到此行",
        details="详情",
        any_value="任意",
        owner="负责团队",
        last_reviewed="最近审核",
        review_by="审核截止",
        status="状态",
        draft="草稿",
        published="已发布",
        draft_notice="本页内容尚不完整，且尚未批准。",
        original_language="原文语言",
        language_names={"en": "英文", "ru": "俄文", "fa": "波斯文", "lv": "拉脱维亚文", "zh": "中文"},
        outdated_notice="{language}原文已于 {date} 更改；本译文可能已过时。",
        missing_notice="本页尚未译成{language}；您正在阅读{shown}版本。",
        read_original="阅读原文",
        state_names={"source": "原文", "up-to-date": "最新", "outdated": "已过时", "missing": "缺失"},
        page_column="页面",
        total_row="最新",
    ),
}


def ui_text(language: str) -> UiText:
    """The interface words for a language, English for one without its own."""
    return UI_TEXT.get(language, UI_TEXT["en"])
