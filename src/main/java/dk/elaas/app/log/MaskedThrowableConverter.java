package dk.elaas.app.log;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.IThrowableProxy;

/** Stack traces with CPR numbers masked: an exception's message may quote the input that failed. */
public final class MaskedThrowableConverter extends ThrowableProxyConverter {

    @Override
    protected String throwableProxyToString(IThrowableProxy tp) {
        return CprMask.mask(super.throwableProxyToString(tp));
    }
}
