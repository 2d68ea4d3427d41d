from gb import Doc
Z = "长春高新技术产业开发区"
d = Doc("en_changchun_hightech_zone_feature_20260509", "en", {
    Z: ("Changchun High-tech Industrial Development Zone", "220173")}, ["长春市", "吉林省"],
    "state-media feature on a development zone")
d.P(Z, "satellites and aerospace information|biomedicine|optoelectronics", "emerging", "high")
d.P(Z, "precision instruments|new-generation automotive electronics", "emerging", "medium")
d.P(Z, "commercial space launch services|brain science", "future", "high")
d.P(Z, "automobiles", "traditional", "low", opt=True)
d.P(Z, "recombinant vaccines", "emerging", "low", opt=True)
d.T(Z, "output of three leading industries", 200, "billion yuan", "=", 2030,
    "By 2030, the zone aims to lift the output of its three leading industries to 200 billion yuan")
d.T(Z, "high-tech enterprises", 3000, "count", ">=", 2030, "to raise the number of high-tech enterprises to over 3,000")
d.T(Z, "new projects of 100 million yuan or more", 80, "count", ">=", 2026,
    "This year alone it plans to attract at least 80 new projects worth 100 million yuan or more each")
d.T(Z, "industrial output growth", 8, "percent", "about", 2026, "to keep the growth of its industrial output at around 8 percent")
d.M(Z, "fund", "set up a 5-billion-yuan science and technology innovation fund", 5e9, "5-billion-yuan")
d.M(Z, "subsidy", "offers new satellite and biotech firms rent subsidies of up to 1 million yuan a year", 1e6, "1 million yuan")
d.M(Z, "platform", "opened a shared pilot-scale production platform for vaccine and antibody developers")
d.M(Z, "special policy", "launched a program offering housing allowances of up to 300,000 yuan to doctoral graduates who sign five-year contracts",
    3e5, "300,000 yuan", detail="talent")
d.M(Z, "special policy", "it has built 5,000 units of talent apartments", opt=True, detail="talent housing (already built)")
d.D("now hosts more than 9,000 companies", "current count, not a target")
d.D("Its output reached 320 billion yuan last year, up 7.4 percent", "past result")
d.D("it ranked 12th in the latest national evaluation", "ranking")
d.D("worth 100 million yuan or more each", "project-size threshold inside a target")
d.D("launched more than 100 satellites so far", "past count attributed to the company")
d.D("clients in over 20 countries", "past count")
d.D("Twenty years ago", "time reference")
d.D("5,000 units of talent apartments", "already built (past)")
d.notes = ("Synthetic test text (blind6). Feature on a state-level high-tech zone (GB/T 2260 code 220173 for "
           "长春高新技术产业开发区, from the divisions list in /work/shared/data). Dated 2026-05-09: this year = 2026. "
           "The three 'leading emerging industries' are emerging/high; 'future industries like' -> future/high. "
           "Changchun and Jilin are only context.")
d.write()
