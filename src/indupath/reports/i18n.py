"""Report strings in Chinese and English."""

from __future__ import annotations

from indupath.reports.document import Lang

STRINGS: dict[str, dict[str, str]] = {
    "title": {"zh": "{region}产业发展概况", "en": "{region}: industrial development profile"},
    "subtitle": {
        "zh": "路线图、专业化、发展机会、路线图评估与产业链",
        "en": "Roadmap, specialisation, opportunities, roadmap audit and industrial chains",
    },
    "generated": {"zh": "生成时间", "en": "Generated"},
    "version": {"zh": "indupath 版本", "en": "indupath version"},
    "sources": {"zh": "数据来源", "en": "Data sources"},
    "contents": {"zh": "目录", "en": "Contents"},
    "source": {"zh": "来源", "en": "Source"},
    "page": {"zh": "第 {n} 页", "en": "Page {n}"},
    "no_data": {"zh": "暂无数据。", "en": "No data."},
    "map": {"zh": "位置", "en": "Location"},
}


def t(key: str, lang: Lang, **kwargs: object) -> str:
    """The string ``key`` in ``lang``, formatted with ``kwargs``."""
    return STRINGS[key][lang].format(**kwargs)
