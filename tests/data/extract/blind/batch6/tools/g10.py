from gb import Doc
C, L = "重庆市", "两江新区"
d = Doc("en_chongqing_policy_digest_20240912", "en", {
    C: ("Chongqing Municipality", "500000"), L: ("Liangjiang New Area, Chongqing", None)}, ["成都市"],
    "policy digest listing five measures")
d.P(C, "intelligent connected new-energy vehicles|new-generation electronic information|advanced materials|biomedicine",
    "emerging", "high")
d.P(C, "low-altitude aircraft|humanoid robots", "future", "high")
d.P(C, "motorcycles|natural-gas chemicals", "traditional", "high")
d.T(C, "intelligent connected NEV industry output", 1, "trillion yuan", ">=", 2027,
    "by 2027, output of the intelligent connected new-energy vehicle industry should top 1 trillion yuan",
    note="repeated as 'the 1-trillion-yuan vehicle target for 2027'; count once")
d.T(C, "specialized and sophisticated firms in the chain", 100, "count", ">=", 2027,
    "the city should have more than 100 \"specialized and sophisticated\" firms in the sector chain")
d.T(C, "new-energy vehicle production (units)", 1000000, "count", "=", 2025,
    "For next year, it aims to produce 1 million new-energy vehicles", note="next year = 2025; 1 million vehicles", w=("1 million", "vehicles"))
d.M(C, "fund", "set up an industrial guidance fund of 50 billion yuan ($7.0 billion) for strategic emerging industries",
    5e10, "50 billion yuan")
d.M(C, "fund", "district funds expected to add another 20 billion yuan ($2.8 billion)", 2e10, "20 billion yuan", opt=True)
d.M(C, "special policy", "Land for key manufacturing projects will be guaranteed first", detail="land")
d.M(C, "special policy", "industrial land can be leased for 20 years with an option to buy", detail="land")
d.M(C, "special policy", "Top-level teams that relocate to Chongqing can receive up to 100 million yuan ($14.1 million) in combined support",
    1e8, "100 million yuan", detail="talent")
d.M(C, "special policy", "engineers hired by chain-leading firms will get annual allowances of up to 200,000 yuan ($28,200) for three years",
    2e5, "200,000 yuan", detail="talent")
d.M(C, "subsidy", "Firms whose annual output first exceeds 1 billion yuan will receive a one-off reward of 5 million yuan ($704,000)",
    5e6, "5 million yuan")
d.M(C, "subsidy", "Buyers of new-energy vehicles made in Chongqing will get consumption vouchers worth up to 2,000 yuan per car until the end of this year",
    2000, "2,000 yuan")
d.M(C, "platform", "build a national intelligent connected vehicle innovation center in Liangjiang New Area")
d.M(C, "innovation support", "cover up to 30 percent of the cost of pilot production lines, capped at 10 million yuan ($1.4 million) per line",
    1e7, "10 million yuan")
d.M(L, "special policy", "Liangjiang New Area will reserve 10,000 mu of industrial land for the vehicle and electronics chains",
    detail="land")
d.M(L, "platform", "build a national intelligent connected vehicle innovation center in Liangjiang New Area", opt=True)
d.D("7.1 yuan per dollar", "exchange rate")
d.D("runs to 20 articles", "count of policy articles")
d.D("Chongqing produced about 2.3 million vehicles last year", "past result")
d.D("roughly 500,000 were new-energy vehicles", "past result attributed to the statistics bureau")
d.D("ranks among the top three Chinese cities by car output", "ranking")
d.D("(about $141 billion)", "currency conversion")
d.D("($7.0 billion)", "currency conversion")
d.D("($2.8 billion)", "currency conversion")
d.D("($14.1 million)", "currency conversion")
d.D("($28,200)", "currency conversion")
d.D("($704,000)", "currency conversion")
d.D("($1.4 million)", "currency conversion")
d.D("around 500 billion yuan in 2023", "past figure from industry estimates")
d.D("doubling in four years", "commentary")
d.D("first exceeds 1 billion yuan", "eligibility threshold in a measure")
d.D("up to 30 percent of the cost", "cost-share rate in a measure, not a target")
d.D("10,000 mu", "land reservation in a measure (non-base unit)")
d.notes = ("Synthetic test text (blind6). Policy digest dated 2024-09-12: next year = 2025; 'end of this year' = 2024. "
           "Industries follow explicit labels (strategic emerging / future / traditional: high). Liangjiang New Area has no "
           "GB/T 2260 code (region_code null). All dollar figures are conversions and must not become targets or amounts.")
d.write()
