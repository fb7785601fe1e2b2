package com.targetmonitor.logic.excel.targets;

import com.targetmonitor.logic.excel.text.ParsedTarget;

/**
 * One indicator row of a targets table (目标任务分解表).
 *
 * @param nameCell   e.g. Sheet1!B5
 * @param category   the section the row stands under ("一、经济发展"), or empty
 * @param parent     the index (in the table's lines) of the row this one is a part of ("其中："), or -1
 * @param lead       the 牵头单位 cell, as written (may name several units)
 * @param support    the 配合单位 cell, as written
 * @param attribute  指标属性 (预期性 / 约束性), or empty
 */
public record TargetLine(String nameCell, String code, String name, String unit, String targetText, String targetCell,
                         String attribute, String lead, String support, String category, int parent,
                         ParsedTarget parsed) {
}
