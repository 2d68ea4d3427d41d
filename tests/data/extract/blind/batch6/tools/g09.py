from gb import Doc
d = Doc("en_yantai_mayor_interview_20260122", "en", {
    "烟台市": ("Yantai City", "370600"), "海阳市": ("Haiyang City, Yantai", "370687"),
    "烟台经济技术开发区": ("Yantai Economic and Technological Development Zone", "370676")},
    ["山东省", "青岛市", "济南市"], "interview with a mayor (Q/A)")
Y = "烟台市"
d.P(Y, "Green petrochemicals", "traditional", "low")
d.P(Y, "nuclear power equipment|marine economy", "emerging", "low")
d.P(Y, "commercial aerospace|new-energy vehicles|offshore wind power", "emerging", "high")
d.P(Y, "deep-sea equipment|hydrogen", "future", "high")
d.P(Y, "gold mining|food processing", "traditional", "high")
d.P(Y, "new materials", "emerging", "low", opt=True)
d.P("海阳市", "commercial aerospace", "emerging", "medium")
d.P("烟台经济技术开发区", "new-energy vehicles", "emerging", "medium")
d.P("烟台经济技术开发区", "auto parts", "traditional", "low")
d.T(Y, "GDP growth", 6, "percent", "about", 2026, "We have proposed growth of around 6 percent this year")
d.T(Y, "industrial value added of large firms growth", 7, "percent", ">=", 2026,
    "we want the value added of large industrial firms to grow by more than 7 percent")
d.T(Y, "green petrochemical cluster output", 300, "billion yuan", "=", 2027,
    "By next year, we expect the green petrochemical cluster to reach an output of 300 billion yuan")
d.T(Y, "green petrochemical cluster output", 500, "billion yuan", ">=", 2030,
    "By 2030, the whole cluster should pass 500 billion yuan")
d.T(Y, "strategic emerging industries share of industrial output", 45, "percent", ">=", 2030,
    "we want strategic emerging industries to account for at least 45 percent of industrial output",
    note="end of the 15th Five-Year Plan period = 2030")
d.T("海阳市", "sea launches", 10, "count", ">=", 2026, "This year Haiyang aims to support at least 10 sea launches")
d.T("海阳市", "commercial aerospace output", 10, "billion yuan", "=", 2026, "to bring its commercial aerospace output to 10 billion yuan")
d.M(Y, "fund", "a 30-billion-yuan industrial investment fund group", 3e10, "30-billion-yuan")
d.M(Y, "special policy", "for major manufacturing projects we offer land at the floor price", detail="land")
d.M(Y, "other", "guarantee grid connection within 90 days", opt=True)
d.M(Y, "special policy", "top-tier researchers who move to Yantai can receive up to 5 million yuan in research funding",
    5e6, "5 million yuan", detail="talent")
d.M(Y, "subsidy", "a housing subsidy of up to 1 million yuan", 1e6, "1 million yuan", detail="talent housing")
d.M(Y, "platform", "we are building a marine science and technology innovation platform with universities in the city")
d.M(Y, "other", "asking every district to keep its investment in manufacturing rising", opt=True)
d.D("Yantai's economy grew 6.1 percent last year", "past result")
d.D("roughly US$42 billion at today's exchange rate", "currency conversion")
d.D("already hosted more than a dozen sea launches", "past count")
d.D("more than 40 aerospace companies have moved there", "past count")
d.D("Yantai ranks only fourth in Shandong by GDP", "ranking attributed to observers")
d.D("We have issued 36 policy documents since 2021", "count of policy documents")
d.D("within 90 days", "time limit in a measure")
d.D("our three strategic directions", "count")
d.notes = ("Synthetic test text (blind6). Mayor interview dated 2026-01-22: this year = 2026, next year = 2027, end of "
           "the 15th FYP period = 2030. The 'three strategic directions' carry no tier label: green petrochemicals "
           "traditional/low, nuclear power equipment and marine economy emerging/low. 'emerging industries such as' (high), "
           "'future industries like' (high), 'traditional strengths' (high). Haiyang (county-level city) and the Yantai ETDZ "
           "get their own rows.")
d.write()
