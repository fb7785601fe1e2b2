package com.targetmonitor.ui.extract;

import com.targetmonitor.ui.I18n;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;

/**
 * The 数据 menu's items for documents: 从文件读取目标… and 从粘贴文本读取目标…. Both work with or without a
 * plan shown (without one, the documents make a new plan). Built once; {@link #items()} makes fresh
 * items on every call, so the menu can be rebuilt after a language switch.
 */
public final class ExtractMenu {

    public static final String FILES_ID = "menu-extract-files";
    public static final String PASTE_ID = "menu-extract-paste";

    private final ExtractReviewViewModel review;
    private final Supplier<Window> owner;

    /** @param onChanged called after documents were written into a plan (reload the window) */
    public ExtractMenu(ExtractReviewViewModel review, Supplier<Window> owner, Runnable onChanged) {
        this.owner = owner;
        this.review = review;
        review.setOnApplied(onChanged);
        new ExtractReviewView(review, owner);
    }

    public List<MenuItem> items() {
        MenuItem files = new MenuItem(I18n.get(ExtractMsg.EXTRACT_MENU_FILES));
        files.setId(FILES_ID);
        files.setOnAction(e -> review.chooseAndRead());
        MenuItem paste = new MenuItem(I18n.get(ExtractMsg.EXTRACT_MENU_PASTE));
        paste.setId(PASTE_ID);
        paste.setOnAction(e -> ExtractReviewView.askForText(review, owner.get()));
        return List.of(files, paste);
    }

    public ExtractReviewViewModel review() {
        return review;
    }
}
