package dk.elaas.app.log;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/** {@code %msg} with CPR numbers masked (logback.xml and {@link AppLogging} register it for {@code %msg}). */
public final class MaskedMessageConverter extends MessageConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return CprMask.mask(super.convert(event));
    }
}
