"""Every string the dashboard shows, in Chinese and English.

The language comes from the ``lang`` query parameter (which also sets the
``lang`` cookie), else the cookie, else the browser's ``Accept-Language``.
Templates call ``t(key)``; the page's JavaScript reads the same table from a
JSON block, so each string exists once.
"""

from __future__ import annotations

from typing import Literal

Lang = Literal["zh", "en"]
LANGS: tuple[Lang, ...] = ("zh", "en")

STRINGS: dict[str, dict[str, str]] = {
    "app_name": {"zh": "产业路径", "en": "indupath"},
    "tagline": {
        "zh": "面向新兴与未来产业的地方产业发展规划",
        "en": "Planning local development around new industries",
    },
    "nav_map": {"zh": "地图", "en": "Map"},
    "nav_upload": {"zh": "文本抽取", "en": "Extract a text"},
    "nav_compare": {"zh": "地区比较", "en": "Compare regions"},
    "nav_documents": {"zh": "政策文件", "en": "Documents"},
    "nav_login": {"zh": "登录", "en": "Sign in"},
    "nav_logout": {"zh": "退出", "en": "Sign out"},
    "switch_lang": {"zh": "English", "en": "中文"},
    "indicator": {"zh": "指标", "en": "Indicator"},
    "year": {"zh": "年份", "en": "Year"},
    "map_title": {"zh": "各省指标分布", "en": "Provinces by indicator"},
    "map_hint": {"zh": "点击省份查看地区概况。", "en": "Click a province to open its profile."},
    "ranking": {"zh": "排名", "en": "Ranking"},
    "region": {"zh": "地区", "en": "Region"},
    "industry": {"zh": "产业", "en": "Industry"},
    "value": {"zh": "数值", "en": "Value"},
    "unit": {"zh": "单位", "en": "Unit"},
    "source": {"zh": "来源", "en": "Source"},
    "no_data": {"zh": "暂无数据", "en": "No data"},
    "loading": {"zh": "加载中…", "en": "Loading…"},
    "not_available": {"zh": "该功能尚未提供", "en": "Not available yet"},
    "profile": {"zh": "地区概况", "en": "Profile"},
    "code": {"zh": "代码", "en": "Code"},
    "level": {"zh": "层级", "en": "Level"},
    "parent": {"zh": "上级", "en": "Parent"},
    "trend": {"zh": "指标走势", "en": "Indicator over time"},
    "specialisation": {"zh": "专业化（区位商最高的产业）", "en": "Specialisation (top location quotients)"},
    "lq": {"zh": "区位商", "en": "Location quotient"},
    "opportunities": {
        "zh": "发展机会（可行性 × 吸引力）",
        "en": "Opportunities (feasibility × attractiveness)",
    },
    "feasibility": {"zh": "可行性", "en": "Feasibility"},
    "attractiveness": {"zh": "吸引力", "en": "Attractiveness"},
    "roadmap": {"zh": "产业路线图", "en": "Roadmap"},
    "priorities": {"zh": "重点产业", "en": "Priority industries"},
    "targets": {"zh": "目标", "en": "Targets"},
    "measures": {"zh": "政策措施", "en": "Measures"},
    "tier": {"zh": "层次", "en": "Tier"},
    "sentence": {"zh": "原文", "en": "Source sentence"},
    "metric": {"zh": "指标", "en": "Metric"},
    "target_value": {"zh": "目标值", "en": "Target"},
    "deadline": {"zh": "期限", "en": "Deadline"},
    "progress": {"zh": "进度", "en": "Progress"},
    "status": {"zh": "状态", "en": "Status"},
    "audit": {"zh": "路线图评估", "en": "Roadmap audit"},
    "verdict": {"zh": "结论", "en": "Verdict"},
    "reason": {"zh": "理由", "en": "Reason"},
    "where_strong": {"zh": "优势地区", "en": "Where it is strong"},
    "who_targets": {"zh": "将其列为重点的地区", "en": "Who targets it"},
    "overlap": {"zh": "同质化竞争", "en": "Overlap across regions"},
    "document": {"zh": "文件", "en": "Document"},
    "documents": {"zh": "政策文件", "en": "Documents"},
    "language": {"zh": "语言", "en": "Language"},
    "date": {"zh": "日期", "en": "Date"},
    "facts": {"zh": "抽取结果", "en": "Extracted facts"},
    "legend": {"zh": "图例", "en": "Legend"},
    "upload_title": {"zh": "上传政策文本并抽取", "en": "Upload a policy text and extract it"},
    "upload_help": {
        "zh": "粘贴中文或英文政策文本，或选择一个 .txt 文件。",
        "en": "Paste a Chinese or English policy text, or choose a .txt file.",
    },
    "text": {"zh": "文本", "en": "Text"},
    "file": {"zh": "文件", "en": "File"},
    "extract": {"zh": "抽取", "en": "Extract"},
    "save": {"zh": "保存到数据库", "en": "Save to the database"},
    "compare_title": {"zh": "两个地区的比较", "en": "Compare two regions"},
    "compare": {"zh": "比较", "en": "Compare"},
    "username": {"zh": "用户名", "en": "User name"},
    "password": {"zh": "密码", "en": "Password"},
    "signed_in_as": {"zh": "当前用户", "en": "Signed in as"},
    "edit": {"zh": "修改", "en": "Edit"},
    "save_short": {"zh": "保存", "en": "Save"},
    "reject": {"zh": "删除", "en": "Reject"},
    "add_priority": {"zh": "添加重点产业", "en": "Add a priority industry"},
    "saved": {"zh": "已保存", "en": "Saved"},
    "error": {"zh": "出错了", "en": "Error"},
    "forbidden": {"zh": "无权修改该地区", "en": "You may not edit this region"},
    "emerging": {"zh": "战略性新兴产业", "en": "Emerging"},
    "future": {"zh": "未来产业", "en": "Future"},
    "traditional": {"zh": "传统产业升级", "en": "Upgraded traditional"},
    "on_track": {"zh": "按计划", "en": "On track"},
    "at_risk": {"zh": "有风险", "en": "At risk"},
    "off_track": {"zh": "偏离", "en": "Off track"},
    "data_note": {
        "zh": "数据：国家统计局《中国高技术产业统计年鉴》等公开资料；地图：ECharts 4.9.0 中国地图数据（Apache-2.0）。",
        "en": "Data: NBS China Statistics Yearbook on High Technology Industry and other public sources; "
        "map: ECharts 4.9.0 China map data (Apache-2.0).",
    },
    "version": {"zh": "版本", "en": "Version"},
    "not_found": {"zh": "未找到", "en": "Not found"},
}


#: Display names of the metrics stored in ``observations`` (unknown metrics show their code).
METRICS: dict[str, dict[str, str]] = {
    "hightech_revenue": {"zh": "营业收入", "en": "Revenue"},
    "hightech_profit": {"zh": "利润总额", "en": "Total profit"},
    "hightech_enterprises": {"zh": "企业数", "en": "Enterprises"},
    "hightech_rd_expenditure": {"zh": "R&D经费内部支出", "en": "Intramural R&D spending"},
    "hightech_rd_fte": {"zh": "R&D人员全时当量", "en": "R&D personnel (FTE)"},
    "hightech_patent_applications": {"zh": "专利申请数", "en": "Patent applications"},
    "gross_output": {"zh": "总产出", "en": "Gross output"},
    "value_added": {"zh": "增加值", "en": "Value added"},
    "employment": {"zh": "就业人数", "en": "Employment"},
    "firms": {"zh": "企业数", "en": "Firms"},
    "listed_firms": {"zh": "上市公司数", "en": "Listed firms"},
}


def metric_label(metric: str, lang: Lang) -> str:
    """A metric's display name in ``lang`` (the code itself when unknown)."""
    forms = METRICS.get(metric)
    return forms[lang] if forms else metric


def pick_lang(query: str | None, cookie: str | None, accept_language: str | None) -> Lang:
    """The language for a request: query parameter, then cookie, then Accept-Language, then Chinese."""
    for value in (query, cookie):
        if value in LANGS:
            return value  # type: ignore[return-value]
    if accept_language and accept_language.lower().lstrip().startswith("en"):
        return "en"
    return "zh"


def table(lang: Lang) -> dict[str, str]:
    """All strings in ``lang``, for the page's JavaScript."""
    return {key: forms[lang] for key, forms in STRINGS.items()}


def translate(key: str, lang: Lang) -> str:
    """One string; unknown keys come back as themselves so a missing key shows, not crashes."""
    forms = STRINGS.get(key)
    return forms[lang] if forms else key
