from gb import Doc
d = Doc("zh_hunan_econwork_conference_20241216", "zh", {
    "湖南省": ("Hunan Province", "430000"), "长沙市": ("Changsha City", "430100"),
    "株洲市": ("Zhuzhou City", "430200"), "湘潭市": ("Xiangtan City", "430300"),
    "岳阳市": ("Yueyang City", "430600")}, ["衡阳市", "常德市"], "provincial economic work conference news")
H = "湖南省"
d.P(H, "新一代信息技术|新能源|新材料|生物医药", "emerging", "high")
d.P(H, "人形机器人|量子科技|生物制造", "future", "high")
d.P(H, "钢铁|有色|石化", "traditional", "high")
d.P(H, "工程机械|轨道交通装备|中小航空发动机", "emerging", "low", opt=True)
d.P("长沙市", "工程机械", "traditional", "low")
d.P("长沙市", "计算产业|音视频产业", "emerging", "medium")
d.P("株洲市", "轨道交通装备|航空动力|中小航空发动机", "emerging", "low")
d.P("湘潭市", "精品钢材", "traditional", "medium")
d.P("湘潭市", "智能装备制造", "emerging", "medium")
d.P("岳阳市", "石化产业", "traditional", "medium")
d.P("岳阳市", "绿色化工", "traditional", "low")
d.P("岳阳市", "化工新材料", "emerging", "low")
d.T(H, "GDP growth", 5.5, "%", "about", 2025, "地区生产总值增长5.5%左右",
    note="also in the headline; count once")
d.T(H, "industrial value added above designated size growth", 6.5, "%", ">=", 2025, "规模以上工业增加值增长6.5%以上")
d.T(H, "R&D expenditure growth", 12, "%", ">=", 2025, "全社会研发经费投入增长12%以上")
d.T(H, "strategic emerging industries share of GDP", 20, "%", "=", 2027, "全省战略性新兴产业增加值占地区生产总值比重达到20%")
d.T(H, "advanced manufacturing cluster scale", 3, "万亿元", ">=", 2027, "先进制造业集群规模突破3万亿元")
d.T("长沙市", "industrial value added above designated size growth", 8, "%", "about", 2025, "力争明年规模以上工业增加值增长8%左右")
d.T("岳阳市", "new chemical materials output", 1000, "亿元", "=", 2025, "明年化工新材料产值力争达到一千亿元",
    note="Chinese numeral 一千亿元 = 1e11", w=("一千", "亿元"))
d.M(H, "fund", "新设总规模500亿元的省级产业发展母基金", 5e10, "500亿元")
d.M(H, "program", "实施制造业重大项目“千项攻坚”行动")
d.M(H, "cluster", "支持长株潭都市圈联合创建国家级先进制造业集群")
d.M(H, "reform", "深化“一件事一次办”改革,持续优化营商环境")
d.M(H, "opening", "依托中国(湖南)自由贸易试验区深化制度型开放")
d.M(H, "opening", "办好中国—非洲经贸博览会", opt=True)
d.M(H, "other", "推动以旧换新政策扩围提质", opt=True)
d.M(H, "enterprise", "支持民营企业参与重大项目建设", opt=True)
d.M("岳阳市", "cluster", "打造绿色化工产业集群")
d.M("株洲市", "cluster", "推动中小航空发动机产业集群向世界级迈进", opt=True)
d.D("预计全年地区生产总值增长4.8%左右", "this-year estimate (2024), not a target")
d.D("规模以上工业增加值增长7.1%", "this-year result (2024)")
d.D("三大产业集群规模合计超过6000亿元", "past result")
d.D("共出台稳增长政策文件43份", "count of policy documents")
d.D("推出具体措施160余条", "count of measures")
d.D("在中部六省中排名第二", "ranking attributed to a third party")
d.D("“十五五”", "plan number")
d.notes = ("Synthetic test text (blind6). Provincial economic work conference in December 2024: 明年 = 2025. "
           "Province-level priorities carry explicit tier labels (high). The three existing clusters named in the "
           "review paragraph are optional province-level priorities. City paragraphs give city-level priorities "
           "and two city targets (长沙 8% about; 岳阳 一千亿元 =, 力争达到 -> '='). 衡阳 and 常德 named in passing.")
d.write()
