package dk.elaas.durability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.elaas.consent.Consent;
import dk.elaas.consent.ConsentWorld;
import dk.elaas.common.persistence.StorageFullException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16 point 7, a full disk: the data folder is a real 12 MB tmpfs (mounted here; the test machine runs the
 * build as root). Consents are saved until the disk is full; the failing save says so in Danish, and every save
 * reported before it is in the database when it is opened again on a disk with room.
 */
class DiskFullIT {

    @TempDir
    Path dir;

    @Test
    void aFullDiskIsSaidPlainlyAndLosesNothingReportedSaved() throws Exception {
        Path mnt = Files.createDirectories(dir.resolve("small"));
        run("mount", "-t", "tmpfs", "-o", "size=12m", "tmpfs", mnt.toString());
        Path copy = dir.resolve("copy");
        List<UUID> saved = new ArrayList<>();
        try {
            Clock clock = Clock.systemDefaultZone();
            LocalDate today = LocalDate.now(clock);
            try (ConsentWorld w = ConsentWorld.h2(mnt, clock, SaveProbe.CLERK)) {
                UUID supplier = w.supplier("Nærkøb Risskov ApS", "10150817", "DAGLIGVARER");
                assertThatThrownBy(() -> {
                    for (int i = 0; i < 10_000; i++) {
                        saved.add(w.paperConsent("Borger " + i, String.format("%06d-%04d", 10101 + i % 280, 1000 + i),
                                supplier, SaveProbe.GROCERIES, today.minusDays(1), today.plusYears(1)));
                    }
                }).isInstanceOf(StorageFullException.class)
                        .hasMessageContaining("Disken med eLås' data er fuld, så ændringen blev ikke gemt");
            } catch (RuntimeException closingOnAFullDisk) {
                // closing may fail too on a full disk; what was committed must be in the file regardless
            }
            assertThat(saved).as("some saves before the disk filled up").isNotEmpty();
            run("cp", "-a", mnt.toString(), copy.toString());
        } finally {
            run("umount", mnt.toString());
        }
        try (ConsentWorld again = ConsentWorld.h2(copy, Clock.systemDefaultZone(), SaveProbe.CLERK)) {
            for (UUID id : saved) {
                assertThat(again.db.tx().<Consent>call(s -> s.find(Consent.class, id))).as("reported saved: " + id)
                        .isNotNull();
            }
        }
    }

    @Test
    void aReadOnlyDataFolderIsRefusedAtStartAndItsDataStaysIntact() throws Exception {
        Path mnt = Files.createDirectories(dir.resolve("ro"));
        run("mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", mnt.toString());
        try {
            Clock clock = Clock.systemDefaultZone();
            LocalDate today = LocalDate.now(clock);
            UUID id;
            try (ConsentWorld w = ConsentWorld.h2(mnt, clock, SaveProbe.CLERK)) {
                UUID supplier = w.supplier("Nærkøb Risskov ApS", "10150817", "DAGLIGVARER");
                id = w.paperConsent("Inger Marie Kjær", "120438-1234", supplier, SaveProbe.GROCERIES,
                        today.minusDays(1), today.plusYears(1));
            }
            run("mount", "-o", "remount,ro", mnt.toString());
            assertThatThrownBy(() -> ConsentWorld.h2(mnt, clock, SaveProbe.CLERK))
                    .isInstanceOf(dk.elaas.common.persistence.DatabaseStartupException.class)
                    .extracting(e -> ((dk.elaas.common.persistence.DatabaseStartupException) e).reason())
                    .isEqualTo(dk.elaas.common.persistence.DatabaseStartupException.Reason.NOT_WRITABLE);
            run("mount", "-o", "remount,rw", mnt.toString());
            try (ConsentWorld again = ConsentWorld.h2(mnt, clock, SaveProbe.CLERK)) {
                assertThat(again.db.tx().<Consent>call(s -> s.find(Consent.class, id))).isNotNull();
            }
        } finally {
            run("umount", mnt.toString());
        }
    }

    private static void run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(String.join(" ", command) + ": " + out).isZero();
    }
}
