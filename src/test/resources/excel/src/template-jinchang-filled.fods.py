"""金昌市商务局's fill-in template for 金昌市2022年 (as `template --plan 金昌市2022 --period 2022-09` writes it:
title, 填报部门 line, header, one row per indicator, the hidden tm_key column TM:<plan id>:<indicator id>
of a new demo workspace), filled in and saved by LibreOffice the way a department does it: growth typed
as text ("5.2%", "-2.2%"), "—" for a figure not yet out, an amount typed with another unit
("1,265,320万元" in a 亿元 row), a row the department added (no key: matched by name or listed), and a
note under the table.
Run: python3 template-jinchang-filled.fods.py (writes template-jinchang-filled.fods beside it)."""
from fods import sheet, write

filled = sheet("填报表", [
    [{"v": "金昌市2022年目标任务完成情况填报表", "span": 9}],
    [{"v": "填报部门：金昌市商务局\u3000填报期间：2022年1-9月\u3000请在黄色单元格填写自年初累计的完成值；"
           "增速类指标填写增长百分比，下降填负数", "span": 9}],
    ["序号", "指标名称", "单位", "类型", "年度目标", "目标表述", "1-9月累计完成", "同比增长（%）", "备注", "tm_key"],
    ["1.04", "第三产业增加值增速", "%", "增速", 8, "增长8%", "5.2%", None, None, "TM:1:4"],
    ["1.07", "社会消费品零售总额增速", "%", "增速", None, None, "-2.2%", None, "受疫情影响", "TM:1:7"],
    ["1.08", "外贸进出口总值增速", "%", "增速", 13, "增长13%以上", "—", None, "海关数据未出", "TM:1:8"],
    ["3.05", "招商引资到位资金", "亿元", "总量", 165, "165亿元以上", "1,265,320万元", "21.5", None, "TM:1:33"],
    [None, "实施招商引资项目个数", "个", None, None, None, 96, None, "部门自行增加", None],
    [None],
    ["注：本表由目标进度监测系统生成，请勿增删行列或修改隐藏列；锁定单元格可在“审阅—撤销工作表保护”后修改。"],
], hidden_columns=(9,), columns=10)

write("template-jinchang-filled.fods", [filled])
