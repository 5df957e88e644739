package ballflight.parallel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WorkersTest {
    private static final int ITEMS = 100_000;

    /** A worker pulling items from a shared counter, as the season and PA runners do. */
    private record Pull(AtomicInteger next, AtomicInteger done, List<Thread> threads) {
        Pull() {
            this(new AtomicInteger(), new AtomicInteger(), new CopyOnWriteArrayList<>());
        }

        void work(Workers.Stop stop, int failAt, Throwable failure) {
            threads.add(Thread.currentThread());
            for (int i = next.getAndIncrement(); i < ITEMS && !stop.requested(); i = next.getAndIncrement()) {
                if (i == failAt) {
                    sneaky(failure);
                }
                sleepMicros();
                done.incrementAndGet();
            }
        }
    }

    @Test
    void everyItemRunsOnceWithoutFailure() {
        Pull pull = new Pull();
        Workers.run(4, stop -> pull.work(stop, -1, null));
        assertThat(pull.done().get()).isEqualTo(ITEMS);
        assertThat(pull.threads()).hasSize(4).allSatisfy(t -> {
            assertThat(t.isDaemon()).as("daemon: a stuck worker cannot keep the JVM alive").isTrue();
            assertThat(t.isAlive()).as("joined").isFalse();
        });
    }

    @Test
    void theFirstFailureStopsTheOthersAndEveryWorkerIsJoined() {
        Pull pull = new Pull();
        IllegalStateException boom = new IllegalStateException("boom at item 50");
        assertThatThrownBy(() -> Workers.run(3, stop -> pull.work(stop, 50, boom))).isSameAs(boom);
        assertThat(pull.threads()).hasSize(3).noneMatch(Thread::isAlive);
        // Without the stop the others would have run all 100000 items; each stops after its current one.
        assertThat(pull.done().get()).isLessThan(1_000);
    }

    @Test
    void anErrorPropagatesAsItself() {
        OutOfMemoryError oom = new OutOfMemoryError("simulated");
        Pull pull = new Pull();
        assertThatThrownBy(() -> Workers.run(2, stop -> pull.work(stop, 10, oom))).isSameAs(oom);
        assertThat(pull.threads()).noneMatch(Thread::isAlive);
    }

    @Test
    void laterFailuresAreSuppressedOnTheFirst() throws InterruptedException {
        CountDownLatch bothStarted = new CountDownLatch(2);
        assertThatThrownBy(() -> Workers.run(2, stop -> {
            bothStarted.countDown();
            try {
                bothStarted.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            throw new IllegalArgumentException(Thread.currentThread().getName());
        })).isInstanceOf(IllegalArgumentException.class)
                .satisfies(e -> assertThat(e.getSuppressed()).hasSize(1));
    }

    @Test
    void aCheckedThrowableIsWrappedNamingIt() {
        Exception checked = new java.io.IOException("disk gone");
        assertThatThrownBy(() -> Workers.run(2, stop -> sneaky(checked)))
                .isInstanceOf(IllegalStateException.class).hasCause(checked).hasMessageContaining("disk gone");
    }

    @Test
    void oneThreadRunsOnTheCaller() {
        Thread[] ran = new Thread[1];
        Workers.run(1, stop -> ran[0] = Thread.currentThread());
        assertThat(ran[0]).isSameAs(Thread.currentThread());
    }

    private static void sleepMicros() {
        long end = System.nanoTime() + 20_000;
        while (System.nanoTime() < end) {
            Thread.onSpinWait();
        }
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> void sneaky(Throwable t) throws T {
        throw (T) t;
    }
}
