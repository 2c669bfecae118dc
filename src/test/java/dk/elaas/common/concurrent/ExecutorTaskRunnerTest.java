package dk.elaas.common.concurrent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Background work runs on named daemon threads; results come back on the UI executor only. */
class ExecutorTaskRunnerTest {

    private static final long WAIT_SECONDS = 10;

    /** Stands in for the JavaFX thread: one named thread, like Platform::runLater. */
    private final ExecutorService ui = Executors.newSingleThreadExecutor(r -> new Thread(r, "test-ui"));

    @AfterEach
    void stopUiThread() {
        ui.shutdownNow();
    }

    @Test
    void runsWorkOnANamedDaemonThreadAndDeliversTheResultOnTheUiExecutor() throws Exception {
        try (ExecutorTaskRunner runner = new ExecutorTaskRunner("elaas-test", 2, ui)) {
            AtomicReference<Thread> worker = new AtomicReference<>();
            CompletableFuture<String> deliveredOn = new CompletableFuture<>();
            CompletableFuture<String> result = new CompletableFuture<>();

            runner.run(() -> {
                worker.set(Thread.currentThread());
                return "færdig";
            }).onSuccess(value -> {
                deliveredOn.complete(Thread.currentThread().getName());
                result.complete(value);
            });

            assertThat(result.get(WAIT_SECONDS, TimeUnit.SECONDS)).isEqualTo("færdig");
            assertThat(deliveredOn.get()).isEqualTo("test-ui");
            assertThat(worker.get().getName()).matches("elaas-test-\\d+");
            assertThat(worker.get().isDaemon()).as("never keeps the JVM alive on exit").isTrue();
        }
    }

    @Test
    void deliversTheFailureOnTheUiExecutorAndNoSuccess() throws Exception {
        try (ExecutorTaskRunner runner = new ExecutorTaskRunner("elaas-test", 1, ui)) {
            CompletableFuture<String> deliveredOn = new CompletableFuture<>();
            CompletableFuture<Throwable> failure = new CompletableFuture<>();
            AtomicInteger successes = new AtomicInteger();

            runner.<String>run(() -> {
                throw new IllegalStateException("databasen svarer ikke");
            }).onSuccess(v -> successes.incrementAndGet()).onFailure(t -> {
                deliveredOn.complete(Thread.currentThread().getName());
                failure.complete(t);
            });

            assertThat(failure.get(WAIT_SECONDS, TimeUnit.SECONDS))
                    .isInstanceOf(IllegalStateException.class).hasMessage("databasen svarer ikke");
            assertThat(deliveredOn.get()).isEqualTo("test-ui");
            ui.submit(() -> { }).get(WAIT_SECONDS, TimeUnit.SECONDS); // anything queued before has run
            assertThat(successes).hasValue(0);
        }
    }

    @Test
    void callbackRegisteredAfterTheWorkFinishedIsStillDeliveredExactlyOnce() throws Exception {
        try (ExecutorTaskRunner runner = new ExecutorTaskRunner("elaas-test", 1, ui)) {
            CountDownLatch finished = new CountDownLatch(1);
            BackgroundJob<Integer> job = runner.run(() -> 42);
            job.onFailure(t -> { }); // harmless registration while (or after) the work runs
            runner.run(() -> {
                finished.countDown();
                return null;
            });
            assertThat(finished.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue(); // single thread: the first job is done

            List<Integer> received = new ArrayList<>();
            CompletableFuture<Void> delivered = new CompletableFuture<>();
            job.onSuccess(v -> {
                received.add(v);
                delivered.complete(null);
            });
            delivered.get(WAIT_SECONDS, TimeUnit.SECONDS);
            job.onSuccess(v -> received.add(-1)); // replacing the callback does not deliver again
            ui.submit(() -> { }).get(WAIT_SECONDS, TimeUnit.SECONDS);

            assertThat(received).containsExactly(42);
        }
    }

    @Test
    void cancelledWorkIsInterruptedAndNoCallbackRuns() throws Exception {
        try (ExecutorTaskRunner runner = new ExecutorTaskRunner("elaas-test", 1, ui)) {
            CountDownLatch started = new CountDownLatch(1);
            CountDownLatch cancelReturned = new CountDownLatch(1);
            CompletableFuture<Boolean> interrupted = new CompletableFuture<>();
            AtomicInteger callbacks = new AtomicInteger();

            BackgroundJob<String> job = runner.run(() -> {
                started.countDown();
                try {
                    new CountDownLatch(1).await();
                } catch (InterruptedException e) {
                    interrupted.complete(true);
                    // BackgroundJob.cancel() interrupts before it marks the callbacks as spent, so work that
                    // fails within that window can still report a failure; see the test report.
                    cancelReturned.await(WAIT_SECONDS, TimeUnit.SECONDS);
                    throw e;
                }
                return "aldrig";
            });
            job.onSuccess(v -> callbacks.incrementAndGet()).onFailure(t -> callbacks.incrementAndGet());
            assertThat(started.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();

            job.cancel();
            cancelReturned.countDown();

            assertThat(interrupted.get(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
            CompletableFuture<Object> next = new CompletableFuture<>();
            runner.run(() -> "næste").onSuccess(next::complete); // the single worker is free again afterwards
            assertThat(next.get(WAIT_SECONDS, TimeUnit.SECONDS)).isEqualTo("næste");
            assertThat(callbacks).hasValue(0);
        }
    }

    @Test
    void closeStopsTheWorkerThreadsAndRefusesNewWork() throws Exception {
        ExecutorTaskRunner runner = new ExecutorTaskRunner("elaas-close", 2, ui);
        CountDownLatch started = new CountDownLatch(1);
        AtomicReference<Thread> worker = new AtomicReference<>();
        runner.run(() -> {
            worker.set(Thread.currentThread());
            started.countDown();
            new CountDownLatch(1).await(); // long-running work that honours interruption
            return null;
        });
        assertThat(started.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();

        runner.close();

        worker.get().join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
        assertThat(worker.get().isAlive()).isFalse();
        assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName)
                .noneMatch(name -> name.startsWith("elaas-close-"));
        assertThatThrownBy(() -> runner.run(() -> "for sent")).isInstanceOf(RejectedExecutionException.class);
    }

    @Test
    void namedDaemonsNumbersThreadsFromOne() {
        var factory = ExecutorTaskRunner.namedDaemons("elaas-db");

        Thread first = factory.newThread(() -> { });
        Thread second = factory.newThread(() -> { });

        assertThat(first.getName()).isEqualTo("elaas-db-1");
        assertThat(second.getName()).isEqualTo("elaas-db-2");
        assertThat(first.isDaemon()).isTrue();
    }

    @Test
    void inlineRunnerDeliversSuccessAndFailureAtOnceOnTheCallingThread() {
        try (InlineTaskRunner runner = new InlineTaskRunner()) {
            Thread caller = Thread.currentThread();
            AtomicReference<Thread> deliveredOn = new AtomicReference<>();
            AtomicReference<Object> got = new AtomicReference<>();

            runner.run(() -> "ok").onSuccess(v -> {
                deliveredOn.set(Thread.currentThread());
                got.set(v);
            });
            assertThat(got.get()).isEqualTo("ok");
            assertThat(deliveredOn.get()).isSameAs(caller);

            runner.run(() -> {
                throw new java.io.IOException("disk fuld");
            }).onFailure(got::set);
            assertThat(got.get()).isInstanceOf(java.io.IOException.class);
        }
    }
}
