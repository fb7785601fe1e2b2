package com.targetmonitor.logic.extract;

import java.util.regex.Pattern;

/**
 * Whether a sentence sets targets or reports results. A sentence with 确保 / 力争 / 要 / 目标 / 计划 sets
 * targets; one with 同比, 完成任务的, 完成率, 高于年初计划, 超时序进度 … reports, as does any sentence
 * under a reporting period (上半年, 1-6月, 2023年,) until the next heading. A sentence with neither,
 * under no period, sets targets unless it describes the past or the present (过去, 已, 了, 像, 占…).
 */
enum SentenceMode {
    TARGET, RESULT, NONE;

    private static final Pattern STRONG_TARGET = Pattern.compile("确保|力争|争取|努力|预期目标|主要目标|目标是|目标任务"
            + "|(?<!年初|年度|去年)(?<![按倍])计划(?!投资完成|完成)|(?<![主重需必纲摘只])要(?![求素点闻害])|下半年|预期"
            + "|奋力|全力|确定");
    private static final Pattern RESULT_MARK = Pattern.compile("同比|完成任务的|完成(?:年度|全年)(?:目标|任务|计划)的|完成率|高于年初|低于年初"
            + "|超时序|低于时序|快于时序|落后时序|低于目标|高于目标|占下达|比上年|较上年|上年同期|去年同期|没有完成|未完成"
            + "|全省第|居全省|列全省|排名|今年以来|截至");
    private static final Pattern WEAK_TARGET = Pattern.compile("今年|全年|年内|年底前|以上|左右|以内|突破|新增|新建|建成");
    private static final Pattern DESCRIPTIVE = Pattern.compile("过去|以前|(?<![一为])曾|已经|已(?!达|有)|(?<![为除])了|像|目前|"
            + "现在|每年|近年|不到|(?<![抢])占(?!领)|这两年|去年");

    private static final Pattern WON = Pattern.compile("争取(?=[^,，;；]{0,8}(?:资金|债|补助|支持|额度|项目))");

    static boolean setsTargets(String folded) {
        return STRONG_TARGET.matcher(WON.matcher(folded).replaceAll("")).find();
    }

    static SentenceMode of(String folded, boolean underPeriod) {
        int target = count(STRONG_TARGET, WON.matcher(folded).replaceAll(""));
        int result = count(RESULT_MARK, folded);
        if (target > 0 && target >= result) {
            return TARGET;
        }
        if (result > 0 || underPeriod) {
            return RESULT;
        }
        if (DESCRIPTIVE.matcher(folded).find() && !WEAK_TARGET.matcher(folded).find()) {
            return NONE;
        }
        return DESCRIPTIVE.matcher(folded).find() ? NONE : TARGET;
    }

    private static int count(Pattern p, String s) {
        int n = 0;
        var m = p.matcher(s);
        while (m.find()) {
            n++;
        }
        return n;
    }
}
