from common import Doc
d = Doc("zh_hubei_future_industries_plan_20240820", "zh", "2024-08-20")
P = "湖北省"
for i in ["人形机器人", "智能传感器", "激光制造装备", "量子信息", "6G", "类脑智能", "第三代半导体材料", "高端碳纤维复合材料",
          "氢能与新型储能", "核聚变相关装备", "合成生物", "脑机接口", "细胞与基因治疗"]:
    d.P(P, i, "future", "high")
d.P(P, "商业航天", "future", "medium"); d.P(P, "深海装备", "future", "medium")
for i in ["量子信息", "6G", "脑机接口"]: d.P("武汉市", i, "future", "high")
d.P("襄阳市", "氢能装备", "future", "medium"); d.P("宜昌市", "新型储能材料", "future", "medium")
d.T(P, "future industries scale", 1e11, "CNY", "一千", "亿元", ">=", 2027, "到2027年，全省未来产业规模突破一千亿元")
d.T(P, "future-industry pilot zones", 10, "count", 10, "个", "about", 2027, "培育未来产业先导区10个左右")
d.T(P, "proof-of-concept and pilot platforms", 20, "count", 20, "个", ">=", 2027, "建设概念验证中心和中试平台20个以上")
d.T(P, "leading and gazelle firms", 200, "count", 200, "家", ">=", 2027, "集聚未来产业领军企业和\"瞪羚\"企业超过200家")
d.T(P, "future industries scale", 3e11, "CNY", 3000, "亿元", "about", 2030, "到2030年，未来产业规模达到3000亿元左右")
d.T(P, "nationally influential clusters", 2, "count", "2至3", "个", ">=", 2030, "形成2至3个具有全国影响力的未来产业集群", opt=True)
d.T(P, "top talent teams", 50, "count", 50, "个", "=", None, "五年内引进顶尖人才团队50个")
d.T(P, "future-industry loan growth", 15, "%", 15, "%", ">=", None, "力争相关贷款余额年均增长15%以上")
d.M(P, "fund", "联合社会资本设立总规模200亿元的湖北省未来产业投资基金，单个项目最高投资5亿元", 2e10)
d.M(P, "program", "每年发布未来产业应用场景清单")
d.M(P, "subsidy", "对首台（套）产品给予最高1000万元奖励", 1e7)
d.M(P, "innovation support", "支持建设未来产业技术研究院，对新认定的国家级平台给予最高3000万元支持", 3e7)
d.M(P, "program", "实施未来产业\"楚才\"专项，五年内引进顶尖人才团队50个")
d.M(P, "other", "鼓励银行设立未来产业专营机构")
d.M(P, "reform", "探索\"包容审慎\"的监管方式，在数据、空域、伦理审查等方面开展制度创新试点")
d.M(P, "other", "建立省未来产业发展工作专班", opt=True)
d.M("武汉市", "platform", "支持武汉市依托东湖新技术开发区（中国光谷）建设国家未来产业先导区")
d.M("襄阳市", "platform", "支持襄阳市、宜昌市分别围绕氢能装备、新型储能材料建设省级未来产业先导区")
d.M("宜昌市", "platform", "支持襄阳市、宜昌市分别围绕氢能装备、新型储能材料建设省级未来产业先导区")
d.D("共6个部分、22条具体措施", "count of plan sections/articles")
d.D("2023年全省战略性新兴产业增加值占地区生产总值的比重为17.3%", "past statistic")
d.D("高新技术企业数量突破2.5万家，居中部第一", "past statistic and ranking despite 突破")
d.D("（2024—2030年）", "plan period in title")
d.D("其他市州结合自身基础，差异化布局1至2个细分赛道", "generic instruction for unnamed cities, no region")
d.D("每两年动态调整重点方向清单", "review interval")
d.save("Written for blind testing (figures illustrative). Provincial future-industry plan summary: every named direction is tier future (document type and 未来X headings) -> high; "
       "商业航天、深海装备 are the 'N' tracked directions -> future/medium. The category headings 未来制造/未来信息/... are not industries. "
       "襄阳市/宜昌市 '分别' pairs one industry with each city. 2至3个 clusters: optional count with value 2. Talent (五年内) and loan growth (年均) targets have no single deadline -> year null. "
       "The per-project cap of 5亿元 is part of the fund measure, not a separate amount.")
