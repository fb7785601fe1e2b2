"""Two counties of 金昌市 report their 1-6月 figures for the city's plan 金昌市2022年, each naming itself
in another place: 金川区 in the sheet's title, 永昌县 only in the sheet's name. A county's 地区生产总值
is its share of the city's decomposed GDP (金川区地区生产总值, 永昌县地区生产总值), never the city's
figure; its other rows (its own growth rates, its jobs) do not apply to the city's plan and are listed.
Run: python3 statistics-counties.fods.py (writes statistics-counties.fods beside it)."""
from fods import sheet, write

jinchuan = sheet("Sheet1", [
    [{"v": "金川区2022年1-6月主要经济指标", "span": 4}],
    ["指标名称", "计量单位", "1-6月", "增长%"],
    ["地区生产总值", "亿元", 120.5, 4.8],
    ["规模以上工业增加值", "亿元", "—", "5.0"],
    ["城镇新增就业", "人", 600, None],
], columns=4)

yongchang = sheet("永昌县", [
    [{"v": "2022年1-6月主要指标完成情况", "span": 4}],
    ["指标名称", "计量单位", "1-6月", "增长%"],
    ["地区生产总值", "万元", "456,000", "5.1%"],
    ["固定资产投资", "亿元", None, "12.3"],
], columns=4)

write("statistics-counties.fods", [jinchuan, yongchang])
