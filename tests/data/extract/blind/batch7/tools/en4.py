from common import Doc
d = Doc("en_qingdao_zone_interview_20260520", "en", "2026-05-20")
Z = "黄岛区"
d.P(Z, "Marine equipment", "emerging", "medium")
d.P(Z, "shipbuilding", "traditional", "low", opt=True)
d.P(Z, "New energy vehicles", "emerging", "medium")
d.P(Z, "integrated circuits", "emerging", "medium")
d.P(Z, "household appliance", "traditional", "high")
d.P(Z, "petrochemicals", "traditional", "high")
d.P("崂山区", "software", "emerging", "low", opt=True)
d.T(Z, "industrial output growth", 8, "%", 8, "percent", "about", 2026, "For this year, we want industrial output above designated size to grow by around 8 percent")
d.T(Z, "NEV output", 600000, "count", 600000, "new energy vehicles", "=", 2027, "Next year we aim to produce 600,000 new energy vehicles")
d.T(Z, "integrated circuit revenue", 5e10, "CNY", 50, "billion yuan", ">=", 2028, "By 2028, our integrated circuit industry should exceed 50 billion yuan in revenue")
d.T(Z, "marine economy share of GDP", 40, "%", 40, "percent", "about", 2028, "the marine economy should reach about 40 percent of the zone's GDP")
d.M(Z, "fund", "We have set up a 3-billion-yuan integrated circuit fund with the Qingdao municipal government", 3e9)
d.M(Z, "platform", "We are building a marine equipment testing platform with national laboratories")
d.M(Z, "other", "we have reserved 5,000 mu of industrial land for chip and battery projects")
d.M(Z, "program", "we give each recruited PhD a one-time settling allowance of 300,000 yuan", 3e5)
d.M(Z, "reform", "we have cut the approval time for new factories to 30 working days", opt=True)
d.D("last year our vehicle output was about 450,000 units", "past result despite 'about'")
d.D("we built our first offshore platforms here 20 years ago", "history")
d.D("more than 60 zones across China list integrated circuits as a priority", "figure attributed to another source")
d.D("What would success look like in five years?", "horizon in a question, no target")
d.mention("青岛市")
d.save("Written for blind testing (figures illustrative). Interview dated 2026-05-20 with the Qingdao ETDZ director; the zone lies in the West Coast New Area = 黄岛区 (370211), so zone rows use the district code (judgement call). "
       "this year = 2026, next year = 2027. Marine equipment/NEV/IC: emerging/medium (IC is called 'our future bet', which is not the 未来产业 label). "
       "Household appliances and petrochemicals explicitly 'traditional industries' -> high; shipbuilding ('our history') optional. Laoshan 'software' optional. "
       "5,000 mu land reserve is kind other (no 'land' kind); the PhD allowance is kind program. The 30-day approval cut is already done: optional measure. "
       "The 2030 'complete chip supply chain' vision has no number.")
