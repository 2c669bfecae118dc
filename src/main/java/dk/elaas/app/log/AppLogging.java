package dk.elaas.app.log;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.pattern.DynamicConverter;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.util.FileSize;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.LoggerFactory;

/**
 * Adds the log file in the data folder: {@code logs/elaas.log}, rolled daily and at 10 MB, 14 days and
 * 100 MB kept. logback.xml itself only writes warnings to standard error (never standard output, where
 * {@code extract --json} prints), so tests and the command line leave no files behind unless asked.
 */
public final class AppLogging {

    public static final String PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n%ex";
    private static final String APPENDER = "FILE";
    private static volatile Path current;

    private AppLogging() {
    }

    /** The log file of this run, once {@link #start} was called. */
    public static Optional<Path> file() {
        return Optional.ofNullable(current);
    }

    /** Starts writing the log file under {@code dataDir/logs}. Idempotent for the same folder. */
    public static synchronized Path start(Path dataDir) {
        Path file = dataDir.resolve("logs").resolve("elaas.log").toAbsolutePath();
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext ctx)) {
            return file;
        }
        Logger root = ctx.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        if (file.equals(current) && root.getAppender(APPENDER) != null) {
            return file;
        }
        registerMaskingConverters(ctx);
        RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
        appender.setContext(ctx);
        appender.setName(APPENDER);
        appender.setFile(file.toString());

        SizeAndTimeBasedRollingPolicy<ILoggingEvent> policy = new SizeAndTimeBasedRollingPolicy<>();
        policy.setContext(ctx);
        policy.setParent(appender);
        policy.setFileNamePattern(file.getParent().resolve("elaas-%d{yyyy-MM-dd}.%i.log").toString());
        policy.setMaxFileSize(FileSize.valueOf("10MB"));
        policy.setMaxHistory(14);
        policy.setTotalSizeCap(FileSize.valueOf("100MB"));
        policy.start();
        appender.setRollingPolicy(policy);

        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(ctx);
        encoder.setCharset(java.nio.charset.StandardCharsets.UTF_8);
        encoder.setPattern(PATTERN);
        encoder.start();
        appender.setEncoder(encoder);
        appender.start();

        Logger app = ctx.getLogger("dk.elaas");
        root.detachAppender(APPENDER);
        root.addAppender(appender);
        current = file;
        app.info("eLås {} started, log file {}", BuildInfo.current().summary(), file);
        return file;
    }

    /** %msg and %ex mask CPR numbers in every pattern of this context (as logback.xml's conversionRules do). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static void registerMaskingConverters(LoggerContext ctx) {
        Object existing = ctx.getObject(CoreConstants.PATTERN_RULE_REGISTRY_FOR_SUPPLIERS);
        Map<String, Supplier> rules = existing instanceof Map<?, ?> m ? (Map<String, Supplier>) m : new HashMap<>();
        Supplier<DynamicConverter<ILoggingEvent>> message = MaskedMessageConverter::new;
        Supplier<DynamicConverter<ILoggingEvent>> throwable = MaskedThrowableConverter::new;
        for (String word : new String[] {"m", "msg", "message"}) {
            rules.put(word, message);
        }
        for (String word : new String[] {"ex", "exception", "throwable"}) {
            rules.put(word, throwable);
        }
        ctx.putObject(CoreConstants.PATTERN_RULE_REGISTRY_FOR_SUPPLIERS, rules);
    }
}
