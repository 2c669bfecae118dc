package dk.elaas.intake.cli;

import dk.elaas.common.i18n.I18n;
import dk.elaas.common.validation.Postcodes;
import dk.elaas.intake.ConsentField;
import dk.elaas.intake.ExtractedFields;
import dk.elaas.intake.FieldValue;
import dk.elaas.intake.IntakeContext;
import dk.elaas.intake.IntakeException;
import dk.elaas.intake.IntakePipeline;
import dk.elaas.intake.IntakeProgress;
import dk.elaas.intake.IntakeResult;
import dk.elaas.ocr.OcrService;
import dk.elaas.ocr.OcrSettings;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code extract --json FILE…}: runs the same pipeline as the intake panel and prints one JSON object
 * per file and line, with the 16 field keys (null when not found), a {@code confidence} object, and
 * the file name; a file that fails prints {@code {"file":…,"error":…}} and the exit code becomes 1.
 */
public final class IntakeCli {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    private IntakeCli() {
    }

    public static int run(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        return run(args, out, err, I18n.danish(), OcrSettings.defaults());
    }

    static int run(String[] args, PrintStream out, PrintStream err, I18n i18n, OcrSettings settings) {
        if (args.length < 3 || !"extract".equals(args[0]) || !"--json".equals(args[1])) {
            err.println(i18n.get("intake.cli.usage"));
            return USAGE;
        }
        List<String> files = List.of(args).subList(2, args.length);
        int code = OK;
        try (OcrService ocr = new OcrService(settings)) {
            IntakePipeline pipeline;
            try {
                pipeline = new IntakePipeline(ocr, Postcodes.load());
            } catch (IntakeException e) {
                for (String f : files) {
                    out.println(JsonWriter.write(error(f, i18n.get(e.messageKey(), e.messageArgs()))));
                }
                return FAILED;
            }
            for (String f : files) {
                try {
                    IntakeResult r = pipeline.process(Path.of(f), IntakeContext.EMPTY, IntakeProgress.NONE);
                    out.println(JsonWriter.write(toJson(r)));
                } catch (IntakeException e) {
                    out.println(JsonWriter.write(error(f, i18n.get(e.messageKey(), e.messageArgs()))));
                    code = FAILED;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return FAILED;
                } catch (RuntimeException e) {
                    // One bad file must not stop the batch; the message is for whoever runs the CLI.
                    out.println(JsonWriter.write(error(f, i18n.get("intake.error.unexpected", String.valueOf(e)))));
                    code = FAILED;
                }
            }
        }
        return code;
    }

    static Map<String, Object> toJson(IntakeResult r) {
        Map<String, Object> json = new LinkedHashMap<>();
        Map<String, Object> confidence = new LinkedHashMap<>();
        ExtractedFields fields = r.fields();
        for (ConsentField f : ConsentField.values()) {
            FieldValue v = fields.get(f);
            json.put(f.key(), f == ConsentField.SERVICES
                    ? (v.value() == null ? null : fields.services())
                    : v.value());
            confidence.put(f.key(), v.confidence());
        }
        json.put("confidence", confidence);
        return json;
    }

    private static Map<String, Object> error(String file, String message) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("file", Path.of(file).getFileName().toString());
        json.put("error", message);
        return json;
    }
}
