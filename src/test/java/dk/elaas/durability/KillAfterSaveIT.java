package dk.elaas.durability;

import static org.assertj.core.api.Assertions.assertThat;

import dk.elaas.consent.Consent;
import dk.elaas.consent.ConsentStatus;
import dk.elaas.consent.ConsentWorld;
import dk.elaas.onboarding.OnboardingStepKind;
import dk.elaas.onboarding.StepStatus;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16 point 7, "registreret must mean stored": a child JVM ({@link SaveProbe}) saves a consent, a correction,
 * a send and a wizard step over and over on a real H2 file and prints each the moment the service returned; the
 * test kills it with SIGKILL ({@code Process.destroyForcibly}, i.e. {@code kill -9}) right after a line, reopens
 * the database and requires every reported save to be there, whole. The kill lands after each kind in turn.
 * {@code -Ddurability.trials=80} gives 20 kills after each kind (default 20 trials: 5 after each kind).
 */
class KillAfterSaveIT {

    private static final String[] KINDS = {"consent", "correction", "send", "step"};

    @TempDir
    Path dir;

    record Saved(String kind, UUID id) {
    }

    @Test
    void everySaveReportedBeforeAKillMinus9IsInTheDatabaseAfterwards() throws Exception {
        int trials = Integer.getInteger("durability.trials", 20);
        Random random = new Random(16);
        int checked = 0;
        for (int trial = 0; trial < trials; trial++) {
            Path data = Files.createDirectories(dir.resolve("t" + trial));
            // the kill comes right after a save of KINDS[trial % 4], in the first to fourth round of saves
            int killAfter = 4 * random.nextInt(4) + trial % 4 + 1;
            List<Saved> reported = runAndKill(data, killAfter);
            assertThat(reported).as("trial %d: the probe reported its saves", trial).hasSize(killAfter);
            assertThat(reported.get(reported.size() - 1).kind()).isEqualTo(KINDS[trial % 4]);
            verify(data, reported, trial);
            checked += reported.size();
        }
        System.out.printf("KillAfterSaveIT: %d trials, %d reported saves checked after kill -9%n", trials, checked);
    }

    private static List<Saved> runAndKill(Path data, int killAfter) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), SaveProbe.class.getName(), data.toString())
                .redirectErrorStream(true).start();
        List<Saved> reported = new ArrayList<>();
        StringBuilder other = new StringBuilder();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("SAVED ")) {
                    String[] parts = line.split(" ");
                    reported.add(new Saved(parts[1], UUID.fromString(parts[2])));
                    if (reported.size() == killAfter) {
                        p.destroyForcibly(); // SIGKILL: no shutdown hook, no H2 close
                        break;
                    }
                } else if (other.length() < 4000) {
                    other.append(line).append('\n');
                }
            }
        } finally {
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(reported).as("probe output:\n%s", other).isNotEmpty();
        return reported;
    }

    private static void verify(Path data, List<Saved> reported, int trial) {
        Clock clock = Clock.systemDefaultZone();
        LocalDate today = LocalDate.now(clock);
        try (ConsentWorld w = ConsentWorld.h2(data, clock, SaveProbe.CLERK)) {
            var onboarding = w.onboarding(() -> SaveProbe.CLERK, () -> null);
            for (Saved s : reported) {
                String what = "trial " + trial + ": reported " + s.kind() + " " + s.id();
                switch (s.kind()) {
                    case "consent" -> assertThat(w.db.tx().<Consent>call(x -> x.find(Consent.class, s.id()))).as(what).isNotNull();
                    case "correction" -> assertThat(w.db.tx().<LocalDate>call(x -> x.find(Consent.class, s.id()).getValidUntil()))
                            .as(what).isEqualTo(today.plusYears(2));
                    case "send" -> {
                        assertThat(w.status(s.id())).as(what).isEqualTo(ConsentStatus.SENT);
                        assertThat(w.outbox.forConsent(s.id())).as(what + ": its mail").hasSize(1);
                    }
                    case "step" -> assertThat(onboarding.detail(s.id()).step(OnboardingStepKind.CONSENT).status())
                            .as(what).isEqualTo(StepStatus.DONE);
                    default -> throw new AssertionError(s.kind());
                }
            }
        }
    }
}
