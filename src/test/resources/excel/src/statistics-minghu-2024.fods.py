"""A 1-6月 report for the plan 明湖市2024年 (made from targets-minghu-2024), in two layouts another
bureau uses: a transposed sheet (periods as rows, indicators as columns, a unit row under the names)
and a department sheet with only a "单位：万元" row for units, names carrying their own units in brackets
(万美元 for 亿美元, 人次 for 万人次, 个 for 户, 亩 for 万亩), numbers and growth as text, "—" and a
lone "-" for no value, a rate that cannot be (1E+300 as 失业率), names that differ from the plan's
only in wording (城镇新增就业 / 城镇新增就业人数,
PM2.5平均浓度 / 细颗粒物（PM2.5）平均浓度, 营造林面积 / 完成营造林, 重点项目完成投资 / 重点项目年度计划投资,
地区生产总值(GDP)增速 / 地区生产总值增长), distractors that must stay unmatched, and a name only
like the plan's (生活污水收集率 / 城市生活污水集中收集率): a question until an officer confirms it.
Run: python3 statistics-minghu-2024.fods.py (writes statistics-minghu-2024.fods beside it)."""
from fods import sheet, write

monthly = sheet("月度进展", [
    [{"v": "明湖市2024年主要指标月度进展", "span": 6}],
    ["时间", "重点项目完成投资", "城镇新增就业", "PM2.5平均浓度", "地区生产总值(GDP)增速", "全社会用电量"],
    ["单位", "万元", "人", "微克/立方米", "%", "亿千瓦时"],
    ["1-2月", "85,000", 1900, 36, "-", 20.1],
    ["1-3月", "143,000", "2,900", "—", "5.8%", 30.5],
    ["1-6月", "373,000", "5,800", 31, "6.2%", 61.2],
    ["注：地区生产总值按季度核算，1-2月无数据。"],
], columns=6)

departments = sheet("开放与文旅", [
    [{"v": "明湖市2024年1-6月开放与文旅指标", "span": 3}],
    [None, None, "单位：万元"],
    ["指标", "1-6月", "同比增长"],
    ["社会消费品零售总额", "1,265,320", "5.2%"],
    ["限额以上零售额", "456,789", "3.1%"],
    ["实际利用外资（万美元）", "12,345", "-2.2%"],
    ["接待游客（人次）", "8,650,000", "12.0%"],
    ["营造林面积（亩）", 52000, None],
    ["新增市场主体（个）", "3,200", "-"],
    ["失业人员再就业人数（人）", 1200, None],
    ["全社会用电量（万千瓦时）", 456000, "3.1%"],
    ["城镇调查失业率（%）", "1E+300", None],
    ["生活污水收集率（%）", 96.5, None],
    ["数据来源：明湖市统计局、市商务局"],
], columns=3)

write("statistics-minghu-2024.fods", [monthly, departments])
