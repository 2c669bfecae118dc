package dk.elaas.intake.bench;

import dk.elaas.common.validation.Postcodes;
import dk.elaas.intake.ConsentField;
import dk.elaas.intake.FieldValue;
import dk.elaas.intake.IntakeContext;
import dk.elaas.intake.IntakePipeline;
import dk.elaas.intake.IntakeProgress;
import dk.elaas.intake.IntakeResult;
import dk.elaas.intake.SampleSet;
import dk.elaas.intake.SampleSet.Sample;
import dk.elaas.ocr.OcrService;
import dk.elaas.ocr.OcrSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Development aid: runs the pipeline on the samples whose file names contain one of the arguments
 * (all when none), prints every wrong field and, with {@code -Ddump=DIR}, writes the prepared images
 * and OCR text there. No CLI baseline, so it is quick to run on a subset while iterating.
 */
public final class IntakeProbe {

    public static void main(String[] args) throws Exception {
        String dump = System.getProperty("dump");
        int ok = 0, all = 0, conf = 0, confOk = 0;
        try (OcrService ocr = new OcrService(OcrSettings.defaults())) {
            IntakePipeline pipeline = new IntakePipeline(ocr, Postcodes.load());
            for (Sample s : SampleSet.load()) {
                String name = s.file().getFileName().toString();
                if (args.length > 0 && List.of(args).stream().noneMatch(name::contains)) {
                    continue;
                }
                long t0 = System.nanoTime();
                IntakeResult r = pipeline.process(s.file(), IntakeContext.EMPTY, IntakeProgress.NONE);
                long ms = (System.nanoTime() - t0) / 1_000_000;
                StringBuilder b = new StringBuilder();
                for (ConsentField f : ConsentField.values()) {
                    FieldValue v = r.fields().get(f);
                    boolean good = s.correct(f, v);
                    all++;
                    ok += good ? 1 : 0;
                    if (v.confident()) {
                        conf++;
                        confOk += good ? 1 : 0;
                    }
                    if (!good || (System.getProperty("all") != null)) {
                        b.append(String.format("    %s %-20s exp=%s got=%s conf=%.2f raw=%s%s%n", good ? " " : "X",
                                f.key(), s.expected(f), v.value(), v.confidence(), v.raw(),
                                !good && v.confident() ? "   <<< CONFIDENT WRONG" : ""));
                    }
                }
                System.out.printf("%s %s/%s/%s %d ms%n%s", name, s.layout(), s.fillStyle(), s.capture(), ms, b);
                if (dump != null) {
                    Path d = Path.of(dump);
                    Files.createDirectories(d);
                    ImageIO.write(r.page().image(), "png", d.resolve(name + ".png").toFile());
                    Files.writeString(d.resolve(name + ".txt"), r.ocr().text());
                }
            }
        }
        System.out.printf("exact %d/%d = %.3f, confident %d (%.3f) precision %.4f%n", ok, all, ok / (double) all,
                conf, conf / (double) all, confOk / (double) Math.max(1, conf));
    }
}
