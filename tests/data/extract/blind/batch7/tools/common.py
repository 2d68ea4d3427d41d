"""Helpers to write blind7 gold records in the corpus gold format."""
import json
from pathlib import Path

CODES = {
    "宜宾市": ("511500", "Yibin"), "翠屏区": ("511502", "Cuiping District"), "叙州区": ("511504", "Xuzhou District"),
    "南溪区": ("511503", "Nanxi District"), "屏山县": ("511529", "Pingshan County"), "江安县": ("511523", "Jiang'an County"),
    "长宁县": ("511524", "Changning County"), "高县": ("511525", "Gao County"), "四川省": ("510000", "Sichuan Province"),
    "鸠江区": ("340207", "Jiujiang District, Wuhu"), "芜湖市": ("340200", "Wuhu"),
    "湖北省": ("420000", "Hubei Province"), "武汉市": ("420100", "Wuhan"), "襄阳市": ("420600", "Xiangyang"), "宜昌市": ("420500", "Yichang"),
    "吉林省": ("220000", "Jilin Province"), "长春市": ("220100", "Changchun"),
    "江苏省": ("320000", "Jiangsu Province"), "浙江省": ("330000", "Zhejiang Province"), "苏州市": ("320500", "Suzhou"), "宁波市": ("330200", "Ningbo"),
    "贵州省": ("520000", "Guizhou Province"), "贵阳市": ("520100", "Guiyang"), "遵义市": ("520300", "Zunyi"), "安顺市": ("520400", "Anshun"),
    "合肥市": ("340100", "Hefei"), "无锡市": ("320200", "Wuxi"), "西安市": ("610100", "Xi'an"), "安徽省": ("340000", "Anhui Province"),
    "陕西省": ("610000", "Shaanxi Province"),
    "厦门市": ("350200", "Xiamen"), "福建省": ("350000", "Fujian Province"),
    "黄岛区": ("370211", "Huangdao District (Qingdao West Coast New Area)"), "青岛市": ("370200", "Qingdao"), "崂山区": ("370212", "Laoshan District"),
    "湖南省": ("430000", "Hunan Province"), "长沙市": ("430100", "Changsha"), "株洲市": ("430200", "Zhuzhou"), "湘潭市": ("430300", "Xiangtan"),
}


class Doc:
    """One gold record under construction."""

    def __init__(self, name: str, lang: str, date: str) -> None:
        self.d = {"document": name + ".txt", "language": lang, "date": date, "split": "blind7",
                  "regions": [], "region_names": {}, "regions_mentioned_only": [],
                  "priorities": [], "targets": [], "measures": [], "distractors": [], "notes": ""}
        self.name = name
        self.text = Path(f"/tmp/blind7/texts/{name}.txt").read_text()

    def _reg(self, r: str) -> dict:
        code, en = CODES[r]
        if r not in self.d["regions"]:
            self.d["regions"].append(r)
            self.d["region_names"][r] = {"en": en, "adcode": code}
        return {"region": r, "region_code": code, "region_en": en}

    def _check(self, s: str) -> None:
        flat = self.text.replace("\n", " ")
        assert s in self.text or s in flat, (self.name, s)

    def P(self, r: str, industry: str, tier: str, conf: str = "high", opt: bool = False) -> None:
        self._check(industry)
        self.d["priorities"].append({**self._reg(r), "industry": industry, "tier": tier, "tier_confidence": conf, "optional": opt})

    def T(self, r, metric, value, unit, vaw, uaw, comp, year, text, opt=False) -> None:
        self._check(text)
        self.d["targets"].append({**self._reg(r), "metric": metric, "value": value, "unit": unit,
                                  "value_as_written": vaw, "unit_as_written": uaw, "comparator": comp,
                                  "year": year, "text": text, "optional": opt})

    def M(self, r, kind, text, amount=None, opt=False) -> None:
        self._check(text)
        self.d["measures"].append({**self._reg(r), "kind": kind, "text": text, "amount": amount, "optional": opt})

    def D(self, text, why) -> None:
        self._check(text)
        self.d["distractors"].append({"text": text, "why": why})

    def mention(self, *rs) -> None:
        self.d["regions_mentioned_only"].extend(rs)

    def save(self, notes: str) -> None:
        self.d["notes"] = notes
        Path(f"/tmp/blind7/gold/{self.name}.json").write_text(json.dumps(self.d, ensure_ascii=False, indent=1) + "\n")
