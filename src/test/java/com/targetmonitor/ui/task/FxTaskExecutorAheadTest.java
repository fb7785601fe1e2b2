package com.targetmonitor.ui.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Work begun ahead: done once, by whichever thread comes first, its failure thrown to the asker. */
class FxTaskExecutorAheadTest {

    private final FxTaskExecutor tasks = new FxTaskExecutor(e -> {
        throw new AssertionError(e);
    });

    @AfterEach
    void close() {
        tasks.close();
    }

    @Test
    void theWorkIsDoneOnceOnItsOwnThreadAndItsResultGivenToEveryAsk() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(1);
        String[] thread = new String[1];
        Supplier<String> result = tasks.ahead(() -> {
            runs.incrementAndGet();
            thread[0] = Thread.currentThread().getName();
            done.countDown();
            return "read";
        });
        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();

        assertThat(result.get()).isEqualTo("read");
        assertThat(result.get()).isEqualTo("read");
        assertThat(runs).hasValue(1);
        assertThat(thread[0]).isEqualTo("ahead-work").isNotEqualTo(Thread.currentThread().getName());
    }

    @Test
    void workNotYetBegunIsDoneByTheAskerWhichNeverWaitsForTheQueue() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch busy = new CountDownLatch(1);
        // The ahead thread is held by earlier work: the next work stays queued.
        tasks.ahead(() -> {
            busy.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        });
        assertThat(busy.await(10, TimeUnit.SECONDS)).isTrue();
        AtomicInteger runs = new AtomicInteger();
        Supplier<String> result = tasks.ahead(() -> {
            runs.incrementAndGet();
            return Thread.currentThread().getName();
        });

        assertThat(result.get()).isEqualTo(Thread.currentThread().getName());
        release.countDown();
        // When the ahead thread reaches the queued work, it finds it done and does not do it again.
        CountDownLatch drained = new CountDownLatch(1);
        tasks.ahead(() -> {
            drained.countDown();
            return null;
        });
        assertThat(drained.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(runs).hasValue(1);
    }

    @Test
    void afterCloseTheWorkIsDoneWhenAsked() {
        tasks.close();

        assertThat(tasks.ahead(() -> Thread.currentThread().getName()).get()).isEqualTo(Thread.currentThread().getName());
    }

    @Test
    void aFailureIsThrownToTheAsker() {
        IllegalStateException failure = new IllegalStateException("cannot read the texts");
        Supplier<Object> result = tasks.ahead(() -> {
            throw failure;
        });

        assertThatThrownBy(result::get).isSameAs(failure);
    }
}
