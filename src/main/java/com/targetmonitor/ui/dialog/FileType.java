package com.targetmonitor.ui.dialog;

import java.util.List;

/** A kind of file offered in a file chooser: "工作区文件 (*.tmdb)". */
public record FileType(String description, List<String> extensions) {

    public FileType {
        extensions = List.copyOf(extensions);
    }

    public static FileType of(String description, String... extensions) {
        return new FileType(description, List.of(extensions));
    }
}
