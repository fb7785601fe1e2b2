package com.targetmonitor.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The desktop's preparation, done while the toolkit starts: waited for, and its failure not lost. */
class DesktopPreparationTest {

    @Test
    void awaitReturnsOnlyOnceTheWorkIsDone() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean done = new AtomicBoolean();
        DesktopPreparation preparation = DesktopPreparation.start(() -> {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            done.set(true);
        });
        Thread waiter = new Thread(preparation::await);
        waiter.start();
        waiter.join(200);
        assertThat(waiter.isAlive()).as("still waiting for the work").isTrue();

        release.countDown();
        waiter.join(30_000);
        assertThat(waiter.isAlive()).isFalse();
        assertThat(done).isTrue();
    }

    @Test
    void aFailureIsThrownByAwait() {
        IllegalStateException failure = new IllegalStateException("没有SQLite的本地库");
        DesktopPreparation preparation = DesktopPreparation.start(() -> {
            throw failure;
        });
        assertThatThrownBy(preparation::await).isSameAs(failure);
    }

    /** The desktop's own preparation reads the settings of the application-data folder, once, for the window. */
    @Test
    void theDesktopsPreparationReadsTheSettingsForTheWindow(@org.junit.jupiter.api.io.TempDir java.nio.file.Path home) {
        com.targetmonitor.logic.settings.SettingsStore store = new com.targetmonitor.logic.settings.SettingsStore(home);
        store.save(com.targetmonitor.logic.settings.Settings.DEFAULTS.withLanguage(
                com.targetmonitor.logic.settings.Settings.ENGLISH));
        try {
            DesktopPreparation preparation = DesktopPreparation.start(home);
            preparation.await();

            assertThat(preparation.settings()).isEqualTo(store.load());
            assertThat(preparation.settings().language()).isEqualTo(com.targetmonitor.logic.settings.Settings.ENGLISH);
        } finally {
            DesktopLogging.reset();
        }
    }
}
