from gb import Doc
d = Doc("en_wuxi_future_industries_note_20250827", "en", {
    "无锡市": ("Wuxi City", "320200"), "新吴区": ("Xinwu District, Wuxi", "320214"),
    "滨湖区": ("Binhu District, Wuxi", "320211"), "江阴市": ("Jiangyin City", "320281"),
    "宜兴市": ("Yixing City", "320282")}, ["江苏省"], "consultancy note on a city future-industry plan")
W = "无锡市"
d.P(W, "quantum technology|humanoid robots|hydrogen and fusion energy|synthetic biology|6G communications|brain-computer interfaces",
    "future", "high")
d.P(W, "integrated circuits|the Internet of Things|biomedicine", "emerging", "high")
for r in ("江阴市", "宜兴市"):
    d.P(r, "textile|metallurgy", "traditional", "high", opt=True)
d.P("新吴区", "quantum|6G", "future", "medium", opt=True)
d.P("滨湖区", "synthetic-biology", "future", "medium", opt=True)
d.T(W, "future industries revenue", 50, "billion yuan", ">=", 2027,
    "By 2027, future industries should generate revenue of more than 50 billion yuan")
d.T(W, "future industries revenue", 150, "billion yuan", "=", 2030, "rising to 150 billion yuan by 2030")
d.T(W, "future-industry pilot scenarios", 30, "count", ">=", 2027,
    "The city wants at least 30 future-industry \"pilot scenarios\" opened to companies by 2027")
d.T(W, "R&D intensity", 4.2, "percent", "=", 2030, "R&D intensity is to reach 4.2 percent of GDP by 2030")
d.T(W, "national-level innovation platforms", 10, "count", "=", 2030,
    "Wuxi aims to host 10 national-level innovation platforms in these fields by the end of the period",
    note="the period = plan period 2025-2030")
d.M(W, "fund", "A future-industry fund of 10 billion yuan (US$1.4 billion), co-financed by the city and district governments",
    1e10, "10 billion yuan")
d.M(W, "subsidy", "Start-ups that settle in the Taihu Bay Science and Technology Innovation Zone can receive rent-free space for three years and up to 3 million yuan in R&D subsidies",
    3e6, "3 million yuan")
d.M(W, "special policy", "Leading scientists who bring teams to Wuxi may receive up to 50 million yuan in project funding",
    5e7, "50 million yuan", detail="talent")
d.M(W, "program", "The city will run an annual \"future industries week\" to match investors with projects")
d.M(W, "program", "future-industry \"pilot scenarios\" opened to companies", opt=True)
d.M("新吴区", "platform", "Xinwu District will build a quantum and 6G pilot zone")
d.M("滨湖区", "platform", "Binhu District will host a synthetic-biology pilot plant open to outside firms")
d.D("(about US$7 billion)", "currency conversion")
d.D("(US$1.4 billion)", "currency conversion")
d.D("up from a reported 3.6 percent last year", "past value")
d.D("more than 250 billion yuan of revenue in 2024", "past result attributed to the industry association")
d.D("Wuxi ranked third among Chinese cities", "ranking")
d.D("The plan has 28 articles", "count of policy articles")
d.D("six future industries", "count")
d.D("rent-free space for three years", "duration in a measure")
d.notes = ("Synthetic test text (blind6). Consultancy note with bullets on a 2025-2030 future-industry plan. "
           "Six industries labelled future (high); IC/IoT/biomedicine labelled strategic emerging (high). "
           "Textile/metallurgy in Jiangyin and Yixing are named as traditional but 'not a focus': optional. "
           "District pilot-zone subjects (quantum, 6G, synthetic biology) are optional district priorities. "
           "'by the end of the period' -> 2030.")
d.write()
