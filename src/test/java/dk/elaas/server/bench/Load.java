package dk.elaas.server.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A closed-loop load: {@code clients} threads each send their next request as soon as the last one answered,
 * for a fixed time. Every request's latency is kept by kind ("check", "register" …), so percentiles are exact.
 */
final class Load {

    /** One request of client {@code client}; returns its kind, or throws when the answer was wrong. */
    interface Step {
        String call(int client, Random rnd) throws Exception;
    }

    /** Latencies of one kind in one phase. */
    static final class Stats {
        private long[] nanos = new long[1024];
        private int n;
        int errors;
        String firstError;

        void add(long ns) {
            if (n == nanos.length) {
                nanos = Arrays.copyOf(nanos, n * 2);
            }
            nanos[n++] = ns;
        }

        void addAll(Stats o) {
            for (int i = 0; i < o.n; i++) {
                add(o.nanos[i]);
            }
            errors += o.errors;
            if (firstError == null) {
                firstError = o.firstError;
            }
        }

        int count() {
            return n;
        }

        /** The q-quantile in milliseconds (nearest rank). */
        double ms(double q) {
            if (n == 0) {
                return 0;
            }
            long[] s = Arrays.copyOf(nanos, n);
            Arrays.sort(s);
            int rank = (int) Math.ceil(q * n);
            return s[Math.max(0, Math.min(n - 1, rank - 1))] / 1e6;
        }
    }

    /** What one phase measured: stats by kind and the wall time it ran. */
    record Result(Map<String, Stats> byKind, double seconds) {

        double perSecond(String kind) {
            Stats s = byKind.get(kind);
            return s == null ? 0 : s.count() / seconds;
        }

        Stats get(String kind) {
            return byKind.getOrDefault(kind, new Stats());
        }

        String line(String kind) {
            Stats s = get(kind);
            return String.format(Locale.ROOT, "%s: %d requests, %.0f/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, %d errors%s",
                    kind, s.count(), perSecond(kind), s.ms(0.50), s.ms(0.95), s.ms(0.99), s.errors,
                    s.firstError == null ? "" : " (first: " + s.firstError + ")");
        }
    }

    private Load() {
    }

    static Result run(int clients, Duration time, long seed, Step step) throws InterruptedException {
        return run(clients, time, seed, 0, step);
    }

    /**
     * Open loop at {@code totalPerSecond} requests per second over all clients (each on its own fixed schedule).
     * A request's latency counts from when it was due, not from when a late client got round to it, so a
     * stall is not hidden (no coordinated omission). {@code totalPerSecond} 0: closed loop.
     */
    static Result run(int clients, Duration time, long seed, double totalPerSecond, Step step)
            throws InterruptedException {
        List<Map<String, Stats>> perClient = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        CountDownLatch go = new CountDownLatch(1);
        AtomicReference<Long> deadline = new AtomicReference<>();
        for (int i = 0; i < clients; i++) {
            int client = i;
            Map<String, Stats> mine = new LinkedHashMap<>();
            perClient.add(mine);
            Thread t = new Thread(() -> {
                Random rnd = new Random(seed * 1_000 + client);
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                long end = deadline.get();
                long interval = totalPerSecond > 0 ? (long) (1e9 * clients / totalPerSecond) : 0;
                // Spread the clients' schedules over one interval so they do not all fire together.
                long due = System.nanoTime() + (interval == 0 ? 0 : interval * client / clients);
                while (System.nanoTime() < end) {
                    if (interval > 0) {
                        long wait = due - System.nanoTime();
                        if (wait > 0) {
                            java.util.concurrent.locks.LockSupport.parkNanos(wait);
                        }
                        if (due >= end) {
                            break;
                        }
                    }
                    long t0 = interval > 0 ? due : System.nanoTime();
                    due += interval;
                    String kind;
                    try {
                        kind = step.call(client, rnd);
                        mine.computeIfAbsent(kind, k -> new Stats()).add(System.nanoTime() - t0);
                    } catch (Exception e) {
                        Stats s = mine.computeIfAbsent("error", k -> new Stats());
                        s.errors++;
                        if (s.firstError == null) {
                            s.firstError = e.toString();
                        }
                    }
                }
            }, "bench-client-" + i);
            threads.add(t);
            t.start();
        }
        long start = System.nanoTime();
        deadline.set(start + time.toNanos());
        go.countDown();
        for (Thread t : threads) {
            t.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Stats> merged = new LinkedHashMap<>();
        for (Map<String, Stats> m : perClient) {
            m.forEach((k, v) -> merged.computeIfAbsent(k, x -> new Stats()).addAll(v));
        }
        return new Result(merged, seconds);
    }
}
