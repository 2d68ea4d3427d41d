from common import Doc
d = Doc("en_cities_emerging_targets_brief_20241105", "en", "2024-11-05")
H, W, N, X = "合肥市", "无锡市", "宁波市", "西安市"
for i in ["new energy vehicles", "integrated circuits", "new display"]: d.P(H, i, "emerging", "medium")
for i in ["Internet of Things", "integrated circuits", "biomedicine"]: d.P(W, i, "emerging", "medium")
for i in ["new materials", "smart home appliances", "auto parts"]: d.P(N, i, "emerging", "medium")
d.P(N, "green petrochemicals", "traditional", "high")
for i in ["photovoltaics", "hydrogen", "aerospace", "semiconductors"]: d.P(X, i, "emerging", "medium")
d.T(H, "NEV output", 2e6, "count", 2, "million units", "=", 2027, "NEV output of 2 million units per year by 2027")
d.T(H, "integrated circuit revenue", 1e11, "CNY", 100, "billion yuan", ">=", 2025, "integrated circuit industry revenue above 100 billion yuan by 2025")
d.T(W, "IoT revenue", 6e11, "CNY", 600, "billion yuan", "=", 2027, "IoT industry revenue of 600 billion yuan by 2027")
d.T(W, "biomedicine revenue", 2e11, "CNY", 200, "billion yuan", ">=", 2026, "biomedicine revenue of more than 200 billion yuan by 2026")
d.T(N, "new materials output", 4e11, "CNY", 400, "billion yuan", "about", 2027, "new materials output of about 400 billion yuan by 2027")
d.T(X, "PV industry chain scale", 3e11, "CNY", 300, "billion yuan", "=", 2025, "a 300-billion-yuan photovoltaic industry chain by 2025")
d.T(X, "aerospace output (double 2022 level)", 2e11, "CNY", "double", "", "=", 2027, "aerospace output to double from its 2022 level by 2027", opt=True)
d.M(H, "fund", "Hefei's sits at over 100 billion yuan across several sub-funds", 1e11, opt=True)
d.D("Hefei produced about 750,000 NEVs in 2023", "past result despite 'about'")
d.D("the aerospace industry's output was roughly 100 billion yuan in 2022", "past result")
d.D("Each of the four has a GDP between 1.2 and 1.6 trillion yuan", "past statistics (range)")
d.D("Together they issued 41 industry-specific policy documents in 2023 alone", "count of policy documents")
d.D("module prices fell by roughly 40 percent in 2023", "past market statistic")
d.D("Policy Brief No. 19", "document number")
d.D("integrated circuits appear in two of the four lists", "count inside analysis")
d.mention("安徽省", "江苏省", "浙江省", "陕西省")
d.save("Written for blind testing (figures illustrative). Think-tank brief dated 2024-11-05 comparing four cities; provinces in brackets are location labels only. "
       "'Focus' lists under an 'emerging-industry targets' brief: emerging/medium (no per-item label); Ningbo green petrochemicals labelled 'traditional pillar' -> high. "
       "Xi'an 'photovoltaics and hydrogen' split into two industries. 2025 targets are still forward-looking at the brief's date. "
       "Xi'an aerospace 'double from its 2022 level' is derived (2 x 100 billion): optional. The generic 'each city runs a guidance fund...' clause has no single region; Hefei's existing fund is an optional measure.")
