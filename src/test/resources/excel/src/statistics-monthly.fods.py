"""统计月报 of 金昌市 for 2022年1-6月 in the layout a statistics bureau publishes: a cover and contents
sheet, one sheet per domain, a unit row, a hidden helper column (上年同期) that must not be read,
growth and numbers stored as text ("5.2%", "1,265,320"), "—" for no value, two tables in one sheet,
distractor rows that name similar but different indicators, and a zero-width space in a name.
Run: python3 statistics-monthly.fods.py (writes statistics-monthly.fods beside it)."""
from fods import sheet, write

cover = sheet("封面", [
    ["金昌市统计月报"], ["2022年6月"], [None], ["目录"], ["一、工业"], ["二、投资与消费"], ["三、就业"],
    ["金昌市统计局编印"]], columns=1)

industry = sheet("工业", [
    [{"v": "金昌市2022年1-6月工业和能源", "span": 4}],
    [None, None, None, "单位：万元"],
    ["指标名称", "累计", "1-6月", "增长%"],
    ["规模以上工业增加值", 999999, "—", "5.2%"],
    ["全社会用电量", 999999, 1234560, "-2.2%"],
], hidden_columns=(1,), columns=4)

trade = sheet("投资与消费", [
    [{"v": "金昌市2022年1-6月固定资产投资", "span": 4}],
    ["指标名称", "计量单位", "1-6月", "增长%"],
    ["固定资产投资", "亿元", "—", "11.7%"],
    [None],
    [{"v": "金昌市2022年1-6月消费品市场", "span": 4}],
    ["指标名称", "计量单位", "1-6月", "比上年同期增长%"],
    ["社会消费品零售总额", "万元", "1,265,320", "-2.2%"],
    ["限额以上零售额", "万元", "456,789", "3.1%"],
], columns=4)

jobs = sheet("就业", [
    [{"v": "金昌市2022年1-6月就业情况", "span": 3}],
    ["指标名称", "单位", "1-6月累计"],
    ["城镇新增就业\u200b人数", "人", "5,800"],
    ["失业人员再就业人数", "人", 1200],
    ["输转城乡富余劳动力", "人", 80400],
    ["-", "-", "-"],
], columns=3)

write("statistics-monthly.fods", [cover, industry, trade, jobs])
