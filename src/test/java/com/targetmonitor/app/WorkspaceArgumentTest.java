package com.targetmonitor.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What double-clicking a workspace file passes to the launcher, against command-line arguments. */
class WorkspaceArgumentTest {

    @Test
    void aWorkspacePathOpensTheWindow() {
        assertThat(WorkspaceArgument.of("/home/li/文档/2022年 目标.tmdb"))
                .contains(Path.of("/home/li/文档/2022年 目标.tmdb"));
        assertThat(WorkspaceArgument.of("demo.TMDB")).contains(Path.of("demo.TMDB").toAbsolutePath());
    }

    @Test
    void aFileUriFromALinuxDesktopIsDecoded() {
        assertThat(WorkspaceArgument.of("file:///home/li/%E7%9B%AE%E6%A0%87.tmdb"))
                .contains(Path.of("/home/li/目标.tmdb"));
    }

    @Test
    void subCommandsAndOtherFilesStayOnTheCommandLine() {
        assertThat(WorkspaceArgument.of()).isEmpty();
        assertThat(WorkspaceArgument.of("selftest")).isEmpty();
        assertThat(WorkspaceArgument.of("plans", "--db", "w.tmdb")).isEmpty();
        assertThat(WorkspaceArgument.of("report.xlsx")).isEmpty();
        assertThat(WorkspaceArgument.of("file:///bad uri.tmdb")).isEmpty();
    }
}
