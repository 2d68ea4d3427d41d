from gb import Doc
d = Doc("zh_guizhou_15th_fyp_proposal_20251208", "zh", {
    "贵州省": ("Guizhou Province", "520000"), "遵义市": ("Zunyi City", "520300"),
    "贵阳市": ("Guiyang City", "520100"), "安顺市": ("Anshun City", "520400")},
    ["六盘水市", "毕节市"], "15th five-year plan proposal excerpt")
G = "贵州省"
d.P(G, "大数据电子信息|新能源电池及材料|新能源汽车|航空航天|生物医药", "emerging", "high")
d.P(G, "先进装备制造", "emerging", "low")
d.P(G, "现代化工", "traditional", "low")
d.P(G, "白酒|磷化工|煤化工|卷烟", "traditional", "high")
d.P(G, "人工智能|低空经济|生物制造|新型储能", "future", "high")
d.P("遵义市", "酱香白酒", "traditional", "medium")
d.P("贵阳市", "智能算力|数据标注", "emerging", "medium")
d.P("安顺市", "航空航天装备制造", "emerging", "medium")
d.T(G, "GDP average annual growth", 5.5, "%", "about", 2030, "全省地区生产总值年均增长5.5%左右",
    note="average over 2026-2030; deadline 2030")
d.T(G, "GDP", 3, "万亿元", "=", 2030, "到2030年经济总量迈上三万亿元台阶",
    note="三万亿元 = 3e12; 迈上…台阶 read as reach '=' (unsure: could be '>=')", w=("三", "万亿元"))
d.T(G, "industrial output above designated size", 2, "万亿元", ">=", 2030, "到2030年规模以上工业总产值突破两万亿元",
    note="两万亿元 = 2e12", w=("两", "万亿元"))
d.T(G, "digital economy share of GDP", 50, "%", "about", 2030, "数字经济增加值占地区生产总值比重达到50%左右")
d.T(G, "strategic emerging industries share of GDP", 20, "%", ">=", 2030,
    "战略性新兴产业增加值占地区生产总值比重提高到两成以上", note="两成以上 = >= 20%", w=("两成", ""))
d.T(G, "R&D intensity", 2, "%", "=", 2030, "全社会研发经费投入强度达到2%")
d.T(G, "computing capacity (EFLOPS)", 100, "EFLOPS", ">=", 2030, "全省算力规模达到100EFLOPS以上",
    opt=True, note="non-base unit")
d.T(G, "standard data-centre racks", 1000000, "count", ">=", 2030, "数据中心标准机架超过100万架",
    note="100万架 = 1,000,000 racks", w=("100", "万架"))
d.M(G, "program", "深入实施工业强省战略", opt=True)
d.M(G, "program", "推动“富矿精开”", opt=True)
d.M(G, "cluster", "实施集群培育工程,打造若干千亿级产业集群")
d.M(G, "platform", "建设未来产业先导区")
d.M(G, "innovation support", "在数据要素流通、算力网络等方向开展先行先试", opt=True)
d.M(G, "projects", "高水平建设全国一体化算力网络国家枢纽节点(贵州)")
d.M(G, "program", "深入实施“万企融合”赋能行动")
d.M(G, "reform", "深化要素市场化配置改革")
d.M(G, "fund", "设立省级“十五五”产业发展基金")
d.M(G, "enterprise", "完善“专精特新”企业梯度培育体系")
d.M(G, "other", "加大对制造业中长期贷款支持力度")
d.M(G, "opening", "高质量建设中国(贵州)内陆开放型经济试验区")
d.M(G, "opening", "积极承接东部地区产业梯度转移", opt=True)
d.M("遵义市", "cluster", "支持遵义市打造世界级酱香白酒产业基地")
d.M("贵阳市", "platform", "支持贵阳市建设全国算力调度中心")
d.D("全省地区生产总值年均增长5.6%左右", "past result (14th FYP period)")
d.D("数字经济增速连续多年位居全国前列", "past ranking")
d.D("本建议共分为十五个部分", "count of parts")
d.D("第二、第三部分", "part numbers")
d.D("千亿级产业集群", "size class of clusters, no count or deadline")
d.notes = ("Synthetic test text (blind6). 15th FYP proposal excerpt, 2030 targets. The opening industry list has no label: "
           "先进装备制造 emerging/low, 现代化工 traditional/low; the others are repeated later under explicit "
           "战略性新兴产业 / 传统产业 / 未来产业 labels (high). 六盘水/毕节 only named. "
           "Unsure: 迈上三万亿元台阶 comparator ('=' chosen).")
d.write()
