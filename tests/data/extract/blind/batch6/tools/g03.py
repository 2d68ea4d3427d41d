from gb import Doc
d = Doc("zh_changxing_county_gwr_20260120", "zh", {"长兴县": ("Changxing County, Huzhou", "330522")},
        ["湖州市", "上海市", "苏州市"], "county government work report excerpt")
X = "长兴县"
d.P(X, "新能源电池|智能装备|新材料", "emerging", "medium")
d.P(X, "钠离子电池|储能系统集成|工业机器人|高端数控机床|高性能纤维|电子化学品", "emerging", "low", opt=True)
d.P(X, "纺织|耐火材料|非金属矿", "traditional", "high")
d.P(X, "低空经济|氢能", "emerging", "medium")
d.T(X, "GDP growth", 6, "%", "about", 2026, "地区生产总值增长6%左右")
d.T(X, "industrial value added above designated size growth", 8, "%", "=", 2026, "规模以上工业增加值增长8%")
d.T(X, "digital economy core industries value added growth", 10, "%", ">=", 2026, "数字经济核心产业增加值增长10%以上")
d.T(X, "fixed-asset investment growth", 5, "%", "=", 2026, "固定资产投资增长5%")
d.T(X, "new energy battery industry output growth", 15, "%", "=", 2026, "力争全年新能源电池产业产值增长15%")
d.T(X, "digital transformation coverage of above-size firms", 90, "%", ">=", 2026,
    "今年完成规上企业数字化改造覆盖率达到九成以上", note="九成以上 = >= 90%", w=("九成", ""))
d.T(X, "idle industrial land revitalised (mu)", 3000, "亩", ">=", 2026, "今年盘活低效工业用地3000亩以上",
    opt=True, note="area in mu, no base unit")
d.T(X, "new high-level talents", 600, "名", ">=", 2026, "全年新引进高层次人才600名以上")
d.T(X, "R&D intensity", 3.8, "%", "=", 2026, "全社会研发投入强度力争达到3.8%")
d.T(X, "county key projects", 150, "个", "=", 2026, "今年实施县重点项目150个")
d.T(X, "annual investment in key projects", 320, "亿元", "about", 2026, "完成年度投资320亿元左右")
d.T(X, "manufacturing share of key-project investment", 40, "%", ">=", 2026, "制造业投资占比不低于四成",
    note="不低于四成 = >= 40%", w=("四成", ""))
d.T(X, "foreign trade growth", 5, "%", "about", 2026, "力争外贸进出口总额增长5%左右")
d.T(X, "GDP", 1300, "亿元", ">=", 2030, "全县地区生产总值突破一千三百亿元",
    note="“十五五”末 = 2030; 一千三百亿元 = 1.3e11", w=("一千三百", "亿元"))
d.T(X, "new energy industry cluster scale", 1000, "亿元", ">=", 2030, "新能源产业集群规模超过一千亿元",
    note="一千亿元 = 1e11", w=("一千", "亿元"))
d.T(X, "strategic emerging industries share of industrial value added", 50, "%", "about", 2030,
    "战略性新兴产业增加值占规上工业增加值比重提高到五成左右", note="五成左右 = about 50%", w=("五成", ""))
d.M(X, "platform", "全面推进长兴经济技术开发区、长兴太湖科技城“双核”建设")
d.M(X, "platform", "建设长三角(长兴)新能源产业创新中心")
d.M(X, "cluster", "争创国家级新型储能产业集群")
d.M(X, "fund", "设立总规模20亿元的县产业引导基金", 2e9, "20亿元")
d.M(X, "reform", "深化“亩均论英雄”改革")
d.M(X, "program", "实施“太湖英才”计划")
d.M(X, "subsidy", "对新引进的顶尖人才给予最高200万元购房补贴", 2e6, "200万元", detail="talent housing subsidy (<=)")
d.M(X, "enterprise", "培育一批专精特新“小巨人”企业")
d.M(X, "opening", "支持企业在海外布局生产基地和营销网络")
d.M(X, "opening", "深化与上海、苏州等地的产业协作", opt=True)
d.M(X, "other", "积极融入长三角一体化发展", opt=True)
d.M(X, "program", "全面推进数字化改造", opt=True)
d.M(X, "projects", "推动太湖图影旅游度假区开通低空旅游航线", opt=True)
d.M(X, "projects", "加快钠离子电池、储能系统集成等项目建设", opt=True)
d.D("全县地区生产总值达到926亿元,增长6.3%", "past result (2025)")
d.D("新能源电池产业产值突破600亿元", "past result (2025)")
d.D("全国县域新能源产业竞争力榜单第5位", "ranking")
d.D("工业投资增幅已连续三年居全市首位", "past ranking attributed to the city statistics bureau")
d.D("三大主导产业", "count")
d.notes = ("Synthetic test text (blind6). County government work report (Changxing, Huzhou, Zhejiang) dated 2026-01-20: "
           "今年/全年 = 2026; “十五五”末 = 2030. Plain numbers (8%, 5%) -> '='; 不低于/以上/超过/突破 -> '>='. "
           "The three leading industries have no tier label: emerging/medium by convention; sub-products optional. "
           "低空经济 and 氢能 are called 新兴赛道 -> emerging/medium. The land target is in 亩 and optional.")
d.write()
