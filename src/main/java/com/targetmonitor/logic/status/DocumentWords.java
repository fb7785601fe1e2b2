package com.targetmonitor.logic.status;

import com.targetmonitor.model.Light;
import com.targetmonitor.model.Status;

/**
 * The words for statuses and lights in the documents the app writes (the progress workbook, the PDF
 * report). Those documents are in the officers' language whatever the window's language, so the
 * words live here rather than in the window's resource bundles; they are the same words the window
 * shows in Chinese (messages.properties: status.word.*, light.*).
 */
public final class DocumentWords {

    private DocumentWords() {
    }

    public static String status(Status status) {
        return switch (status) {
            case COMPLETED -> "已完成";
            case AHEAD -> "超(达)进度";
            case BEHIND -> "欠进度";
            case MET -> "达到目标";
            case MISSED -> "未达目标";
            case DONE -> "已完成";
            case PENDING -> "推进中";
            case OVERDUE -> "逾期未完成";
            case NO_DATA -> "无数据";
            case NO_TARGET -> "无目标";
        };
    }

    public static String light(Light light) {
        return switch (light) {
            case GREEN -> "绿灯";
            case YELLOW -> "黄灯";
            case RED -> "红灯";
            case GREY -> "灰灯";
        };
    }
}
