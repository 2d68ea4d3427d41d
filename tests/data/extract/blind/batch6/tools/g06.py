from gb import Doc
d = Doc("en_three_provinces_econwork_20241220", "en", {
    "福建省": ("Fujian Province", "350000"), "厦门市": ("Xiamen City", "350200"),
    "泉州市": ("Quanzhou City", "350500"), "陕西省": ("Shaanxi Province", "610000"),
    "西安市": ("Xi'an City", "610100"), "吉林省": ("Jilin Province", "220000"),
    "长春市": ("Changchun City", "220100")}, [], "wire story comparing provincial economic work conferences")
F, S, J = "福建省", "陕西省", "吉林省"
d.P(F, "new energy|new materials|electronic information", "emerging", "medium")
d.P(F, "marine economy", "emerging", "low", opt=True)
d.P(F, "hydrogen energy|deep-sea technology", "future", "high")
d.P("厦门市", "semiconductors|flat-panel displays", "emerging", "medium")
d.P("泉州市", "footwear|textile", "traditional", "high")
d.P(S, "integrated circuits|photovoltaics|hydrogen energy|aerospace|new-energy vehicles", "emerging", "high")
d.P("西安市", "commercial aerospace", "emerging", "medium")
d.P(J, "automobiles|petrochemicals|agricultural product processing", "traditional", "high")
d.P(J, "new energy|medical health", "emerging", "medium")
d.P(J, "ice-and-snow tourism", "emerging", "low")
d.P(J, "new-energy vehicle", "emerging", "medium", opt=True)
d.T(F, "GDP growth", 5.5, "percent", "about", 2025, "it would aim for GDP growth of around 5.5 percent next year")
d.T(F, "digital economy scale", 4, "trillion yuan", ">=", 2027, "the province wants its digital economy to exceed 4 trillion yuan")
d.T(F, "national-level little giant enterprises", 1500, "count", ">=", 2027, "to count at least 1,500 national-level \"little giant\" enterprises")
d.T(S, "GDP growth", 5.5, "percent", "=", 2025, "Shaanxi's conference set a target of 5.5 percent growth as well",
    note="plain number -> '='")
d.T(S, "industrial value added above designated size growth", 6, "percent", ">=", 2025,
    "raise the value added of industrial firms above designated size by more than 6 percent in 2025")
d.T(S, "R&D intensity", 2.5, "percent", ">=", 2025, "keep R&D spending at no less than 2.5 percent of GDP")
d.T("西安市", "commercial aerospace cluster scale", 100, "billion yuan", "=", 2027,
    "The capital Xi'an is expected to build a 100-billion-yuan cluster in commercial aerospace by 2027")
d.T(J, "GDP growth", 5, "percent", "about", 2025, "targeting GDP growth of about 5 percent")
d.T(J, "new-energy vehicle output", 100, "billion yuan", "=", 2025,
    "By the end of 2025, output from the province's new-energy vehicle sector should reach 100 billion yuan")
d.M(F, "fund", "set up a 20-billion-yuan provincial fund for technological innovation", 2e10, "20-billion-yuan")
d.M(F, "opening", "expand the Fujian Pilot Free Trade Zone's cross-Strait trade functions")
d.M(S, "platform", "continue the \"Qinchuangyuan\" innovation platform")
d.M(S, "innovation support", "offer up to 10 million yuan to each newly certified national-level manufacturing innovation center",
    1e7, "10 million yuan")
d.M("长春市", "platform", "build a national automotive intelligent-connectivity testing base")
d.M("西安市", "cluster", "build a 100-billion-yuan cluster in commercial aerospace", opt=True)
for r in (F, S, J):
    d.M(r, "reform", "All promised to cut red tape", opt=True)
    d.M(r, "enterprise", "all pledged to support private enterprises", opt=True)
d.D("an estimated 5.3 percent expansion this year", "this-year estimate (2024)")
d.D("3,200 policy measures issued since 2021", "count of policy measures, past")
d.D("ranked fourth among the western provinces", "ranking attributed to a think tank")
d.D("national growth would be around 4.8 percent next year", "analyst estimate for the nation, not a regional target")
d.D("somewhere between 5 and 6 percent", "analyst's range")
d.D("\"three pillars\"", "count")
d.notes = ("Synthetic test text (blind6). Wire story, 2024-12-20: next year = 2025. Three provinces plus four cities. "
           "Fujian's 'three pillars' have no tier label (emerging/medium); Shaanxi's list is labelled strategic emerging (high); "
           "Jilin's first list is labelled traditional (high) and the 'new sectors' are emerging/medium (ice-and-snow tourism low). "
           "Quanzhou's footwear and textile are called traditional (high). hydrogen energy appears for both Fujian (future) and Shaanxi (emerging). "
           "The shared 'cut red tape'/'support private enterprises' sentence is an optional measure for each province.")
d.write()
