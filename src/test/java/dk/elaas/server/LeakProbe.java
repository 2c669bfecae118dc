package dk.elaas.server;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.LoggerFactory;

/**
 * The adversarial suite's witness: every attack goes through {@link #attempt}, which checks the status, looks
 * for the other company's data (names, CPR digits, addresses …) in the answer, and looks for the same and for
 * the attacking token in everything the server logged while it answered (a logback appender on the root
 * logger, so every library's log lines are seen). Leaks are collected, counted for the suite's summary line and
 * fail the test at {@link #assertNoLeaks()}.
 */
final class LeakProbe implements AutoCloseable {

    /** Over every class of the suite in this JVM, for the one summary line. */
    static final AtomicInteger REQUESTS = new AtomicInteger();
    static final AtomicInteger SQL_ATTEMPTS = new AtomicInteger();
    static final AtomicInteger LEAKS = new AtomicInteger();

    private final String suite;
    private final List<String> secrets = new ArrayList<>();
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final Logger root;
    private final List<String> leaks = new ArrayList<>();
    private int requests;
    private int sqlAttempts;

    LeakProbe(String suite) {
        this.suite = suite;
        LoggerContext lc = (LoggerContext) LoggerFactory.getILoggerFactory();
        root = lc.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        logs.setContext(lc);
        logs.start();
        root.addAppender(logs);
    }

    /** Text that must never reach an attacker nor the log: another company's names, CPR, address, phone … */
    LeakProbe secret(String... values) {
        secrets.addAll(List.of(values));
        return this;
    }

    /** Stops treating these as secrets (they were secret only for one attacker). */
    void forget(String... values) {
        secrets.removeAll(List.of(values));
    }

    /** Starts a new attempt: forgets what was logged before. */
    void mark() {
        synchronized (logs.list) {
            logs.list.clear();
        }
    }

    /**
     * One attack over HTTP: the answer must have one of {@code allowed} statuses and contain none of the secrets;
     * the log written meanwhile must contain none of the secrets nor any of {@code neverLogged} (the token).
     */
    HttpResponse<String> attempt(String what, HttpResponse<String> r, Set<Integer> allowed, String... neverLogged) {
        requests++;
        REQUESTS.incrementAndGet();
        if (!allowed.contains(r.statusCode())) {
            leak(what + ": answered " + r.statusCode() + " (expected " + allowed + ")");
        }
        String body = r.body() == null ? "" : r.body().toLowerCase(Locale.ROOT);
        for (String s : secrets) {
            if (body.contains(s.toLowerCase(Locale.ROOT))) {
                leak(what + ": the answer contains '" + s + "'");
            }
        }
        checkLogs(what, List.of(neverLogged));
        mark();
        return r;
    }

    /** One attack by SQL: {@code held} is true when the database held the line. */
    void sql(String what, boolean held) {
        sqlAttempts++;
        SQL_ATTEMPTS.incrementAndGet();
        if (!held) {
            leak("SQL " + what);
        }
    }

    /** One attack by SQL whose answer is text (rows read): it must contain none of the secrets. */
    void sqlRead(String what, String answer) {
        sqlAttempts++;
        SQL_ATTEMPTS.incrementAndGet();
        for (String s : secrets) {
            if (answer.toLowerCase(Locale.ROOT).contains(s.toLowerCase(Locale.ROOT))) {
                leak("SQL " + what + ": read '" + s + "'");
            }
        }
    }

    private void checkLogs(String what, Collection<String> neverLogged) {
        List<String> lines = new ArrayList<>();
        synchronized (logs.list) {
            for (ILoggingEvent e : logs.list) {
                String line = e.getFormattedMessage();
                if (e.getThrowableProxy() != null) {
                    line += "\n" + ThrowableProxyUtil.asString(e.getThrowableProxy());
                }
                lines.add(line);
            }
        }
        for (String line : lines) {
            String lower = line.toLowerCase(Locale.ROOT);
            for (String s : secrets) {
                if (lower.contains(s.toLowerCase(Locale.ROOT))) {
                    leak(what + ": the server logged '" + s + "': " + line);
                }
            }
            for (String t : neverLogged) {
                if (t != null && !t.isEmpty() && line.contains(t)) {
                    leak(what + ": the server logged the token (or a part of it): " + line);
                }
            }
        }
    }

    private void leak(String description) {
        leaks.add(description);
        LEAKS.incrementAndGet();
    }

    /** Fails the test with every leak found so far, and forgets them (each is counted once). */
    void assertNoLeaks() {
        List<String> found = List.copyOf(leaks);
        leaks.clear();
        if (!found.isEmpty()) {
            throw new AssertionError(found.size() + " leak(s):\n  " + String.join("\n  ", found));
        }
    }

    /** The suite's summary line: this class, and everything the suite tried in this JVM so far. */
    String summary() {
        return "SECURITY " + suite + ": " + requests + " requests, " + sqlAttempts + " SQL attempts | suite so far: "
                + REQUESTS.get() + " requests, " + SQL_ATTEMPTS.get() + " SQL attempts, " + LEAKS.get() + " leaks found";
    }

    @Override
    public void close() {
        root.detachAppender(logs);
        logs.stop();
        System.out.println(summary());
    }
}
