package dk.elaas.ocr;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;

/**
 * Limits OpenMP inside libtesseract to one thread.
 *
 * <p>Measured on the 2-core target machine: Tesseract with its default OpenMP threads took 11.1 s
 * wall (10 s of it spinning in the kernel) for a 300-dpi A4 page, against 2.0 s with
 * {@code OMP_THREAD_LIMIT=1}. The OpenMP runtime reads that variable once, when it is loaded, and a
 * JVM cannot change its own environment through the Java API; so before libtesseract is loaded we
 * call the C library's {@code setenv} through JNA. Without effect if libtesseract was already loaded
 * (then the launcher must set the variable; the start scripts do). A value the user set is kept.
 */
final class NativeThreading {

    static final String VARIABLE = "OMP_THREAD_LIMIT";

    private NativeThreading() {
    }

    interface CLibrary extends Library {
        int setenv(String name, String value, int overwrite);
    }

    interface Kernel32 extends Library {
        boolean SetEnvironmentVariableA(String name, String value);
    }

    /** Returns true when the variable is (now) set in the native environment. */
    static boolean limitOpenMpThreads() {
        if (System.getenv(VARIABLE) != null) {
            return true;
        }
        try {
            if (Platform.isWindows()) {
                return Native.load("kernel32", Kernel32.class).SetEnvironmentVariableA(VARIABLE, "1");
            }
            return Native.load("c", CLibrary.class).setenv(VARIABLE, "1", 0) == 0;
        } catch (UnsatisfiedLinkError | RuntimeException e) {
            return false;
        }
    }
}
