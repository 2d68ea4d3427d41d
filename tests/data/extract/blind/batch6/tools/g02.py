from gb import Doc
d = Doc("zh_changzhou_newenergy_presser_20250422", "zh", {
    "常州市": ("Changzhou City", "320400"), "武进区": ("Wujin District, Changzhou", "320412"),
    "新北区": ("Xinbei District, Changzhou", "320411")}, ["溧阳市", "金坛区", "江苏省"],
    "city government press conference with Q&A")
C = "常州市"
d.P(C, "动力电池|光伏|新型储能|氢能|智能电网装备", "emerging", "medium")
d.P(C, "固态电池|钙钛矿电池", "future", "high")
d.P(C, "新能源产业", "emerging", "medium", opt=True)
d.P("武进区", "光伏|储能装备", "emerging", "medium")
d.P("新北区", "动力电池|新能源汽车零部件", "emerging", "medium")
d.T(C, "new energy industry output", 1, "万亿元", ">=", 2027, "全市新能源产业产值突破1万亿元")
d.T(C, "above-designated-size firms in battery, PV and storage chains", 1200, "家", ">=", 2027,
    "动力电池、光伏、新型储能三条产业链规上企业数量超过1200家")
d.T(C, "new energy industry R&D intensity", 3.5, "%", ">=", 2027, "新能源产业研发投入强度不低于3.5%",
    note="不低于 = at least -> '>='")
d.T(C, "major new energy projects", 120, "个", "=", 2025, "今年全市计划实施新能源重大项目120个")
d.T(C, "annual planned investment in major projects", 600, "亿元", ">=", 2025, "年度计划投资超过600亿元")
d.M(C, "fund", "设立规模100亿元的新能源产业专项母基金", 1e10, "100亿元")
d.M(C, "subsidy", "对新建投产的用户侧储能项目,按实际放电量给予每千瓦时0.3元补贴,单个项目每年补贴最高300万元",
    3e6, "300万元", detail="cap per project per year (<=)")
d.M(C, "innovation support", "对新认定的国家级制造业创新中心给予最高2000万元奖励", 2e7, "2000万元")
d.M(C, "innovation support", "对省级创新中心给予最高500万元奖励", 5e6, "500万元", opt=True)
d.M(C, "special policy", "每年安排不少于2亿元人才专项资金", 2e8, "2亿元", detail="talent")
d.M(C, "special policy", "对新能源领域引进的顶尖人才团队给予最高1亿元综合资助", 1e8, "1亿元", detail="talent")
d.M(C, "special policy", "优先保障新能源重大项目用地指标", detail="land")
d.M(C, "reform", "推行“标准地+承诺制”供地改革")
d.M(C, "platform", "建设常州新能源产业创新研究院")
d.M(C, "platform", "打造开放共享的中试验证平台", opt=True)
d.M(C, "projects", "今年全市计划实施新能源重大项目120个", opt=True)
d.M("武进区", "cluster", "武进区重点打造光伏和储能装备产业集聚区", opt=True)
d.D("去年全市新能源产业产值达到7800亿元", "past result (2024)")
d.D("同比增长9%", "past growth")
d.D("规模连续多年位居全省第一", "ranking")
d.D("共包含6个方面22条具体措施", "count of policy articles")
d.D("大约有2辆的动力电池出自常州", "figure attributed to an industry association, not a target")
d.D("一季度已开工项目34个、完成投资148亿元", "past result (Q1 2025)")
d.D("每千瓦时0.3元", "subsidy rate, not a target")
d.D("四个方面", "count")
d.notes = ("Synthetic test text (blind6). Press conference on a 2025-2027 new-energy action plan. 今年 = 2025. "
           "Priorities without an explicit 战略性新兴产业 label are emerging/medium (new-energy plan); "
           "固态电池 and 钙钛矿电池 are labelled 未来产业 (high). District priorities for 武进区 and 新北区. "
           "Talent and land measures use kind 'special policy' with kind_detail.")
d.write()
