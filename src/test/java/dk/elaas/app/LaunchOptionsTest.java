package dk.elaas.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The command line: --data-dir, --demo, --lang and anything else passed through untouched. */
class LaunchOptionsTest {

    @Test
    void noArgumentsMeansTheDefaultsAndTheOsDataFolder() {
        LaunchOptions o = LaunchOptions.parse(List.of());

        assertThat(o.dataDir()).isNull();
        assertThat(o.demo()).isFalse();
        assertThat(o.language()).isEmpty();
        assertThat(o.exitWhenReady()).isFalse();
        assertThat(o.rest()).isEmpty();
        assertThat(o.dataDirOrDefault()).isEqualTo(dk.elaas.common.persistence.DataFolder.defaultForThisMachine());
    }

    @Test
    void dataDirAsTwoArguments() {
        LaunchOptions o = LaunchOptions.parse(List.of("--data-dir", "/tmp/elaas data"));

        assertThat(o.dataDir()).isEqualTo(Path.of("/tmp/elaas data"));
        assertThat(o.dataDirOrDefault()).isEqualTo(Path.of("/tmp/elaas data"));
        assertThat(o.rest()).isEmpty();
    }

    @Test
    void dataDirWithEqualsSign() {
        LaunchOptions o = LaunchOptions.parse(List.of("--data-dir=/srv/elaas"));

        assertThat(o.dataDir()).isEqualTo(Path.of("/srv/elaas"));
        assertThat(o.rest()).isEmpty();
    }

    @Test
    void dataDirWithoutAValueIsKeptAsUnknownAndTheDefaultFolderIsUsed() {
        LaunchOptions o = LaunchOptions.parse(List.of("--demo", "--data-dir"));

        assertThat(o.dataDir()).isNull();
        assertThat(o.demo()).isTrue();
        assertThat(o.rest()).containsExactly("--data-dir");
    }

    @Test
    void demoAndEnglishAndExitWhenReady() {
        LaunchOptions o = LaunchOptions.parse(List.of("--demo", "--lang=en", "--exit-when-ready"));

        assertThat(o.demo()).isTrue();
        assertThat(o.language()).contains("en");
        assertThat(o.exitWhenReady()).isTrue();
        assertThat(o.rest()).isEmpty();
    }

    @Test
    void unknownArgumentsAreKeptInOrderForJavaFx() {
        LaunchOptions o = LaunchOptions.parse(List.of("--verbose", "--data-dir=/d", "-Dprism.order=sw", "fil.pdf"));

        assertThat(o.dataDir()).isEqualTo(Path.of("/d"));
        assertThat(o.rest()).containsExactly("--verbose", "-Dprism.order=sw", "fil.pdf");
    }

    @Test
    void theLastDataDirWins() {
        LaunchOptions o = LaunchOptions.parse(List.of("--data-dir", "/a", "--data-dir=/b"));

        assertThat(o.dataDir()).isEqualTo(Path.of("/b"));
    }

    @Test
    void parsedOptionsCannotBeChangedAfterwards() {
        LaunchOptions o = LaunchOptions.parse(new java.util.ArrayList<>(List.of("--x")));

        assertThat(o.rest()).isUnmodifiable();
    }
}
