package dk.elaas.common.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PostcodesTest {

    private static Postcodes postcodes;

    @BeforeAll
    static void loadOnce() {
        postcodes = Postcodes.load();
    }

    /** The resource's data lines, read directly, so duplicates cannot hide behind a map. */
    private static List<String> rawLines() throws IOException {
        try (InputStream in = Postcodes.class.getResourceAsStream("postnumre.csv")) {
            assertThat(in).as("postnumre.csv on the class path").isNotNull();
            List<String> lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines().toList();
            assertThat(lines.get(0)).isEqualTo("code;town");
            return new ArrayList<>(lines.subList(1, lines.size()));
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = ';', value = {
            "8000;Aarhus C", "8200;Aarhus N", "8210;Aarhus V", "8220;Brabrand", "8230;Åbyhøj",
            "8240;Risskov", "8245;Risskov Ø", "8250;Egå", "8260;Viby J", "8270;Højbjerg", "8300;Odder",
            "8305;Samsø", "8310;Tranbjerg J", "8320;Mårslet", "8330;Beder", "8340;Malling",
            "8350;Hundslund", "8355;Solbjerg", "8361;Hasselager", "8362;Hørning", "8370;Hadsten",
            "8380;Trige", "8381;Tilst", "8382;Hinnerup", "8400;Ebeltoft", "8410;Rønde", "8420;Knebel",
            "8444;Balle", "8450;Hammel", "8462;Harlev J", "8464;Galten", "8471;Sabro",
    })
    void knowsEveryPostcodeAroundAarhusWithItsExactName(String code, String town) {
        assertThat(postcodes.town(code)).contains(town);
    }

    @Test
    void hasNoOtherCodesBetween8000And8471ThanTheKnownOnes() {
        assertThat(postcodes.asMap().subMap("8000", "8472").keySet()).containsExactly(
                "8000", "8200", "8210", "8220", "8230", "8240", "8245", "8250", "8260", "8270", "8300",
                "8305", "8310", "8320", "8330", "8340", "8350", "8355", "8361", "8362", "8370", "8380",
                "8381", "8382", "8400", "8410", "8420", "8444", "8450", "8462", "8464", "8471");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = ';', value = {
            "1050;København K", "1620;København V", "1850;Frederiksberg C", "2000;Frederiksberg",
            "2100;København Ø", "2150;Nordhavn", "2800;Kongens Lyngby", "3700;Rønne", "3790;Hasle",
            "4500;Nykøbing Sj", "4800;Nykøbing F", "5000;Odense C", "5220;Odense SØ", "5970;Ærøskøbing",
            "6000;Kolding", "6700;Esbjerg", "6720;Fanø", "7100;Vejle", "7400;Herning", "7900;Nykøbing M",
            "8600;Silkeborg", "8700;Horsens", "8800;Viborg", "8900;Randers C", "9000;Aalborg",
            "9220;Aalborg Øst", "9940;Læsø", "9990;Skagen",
    })
    void knowsPostcodesAcrossTheCountry(String code, String town) {
        assertThat(postcodes.town(code)).contains(town);
    }

    @Test
    void validatesKnownCodeAndNormalizesByTrimming() {
        Validated v = postcodes.validate(" 8260 ");

        assertThat(v.isValid()).isTrue();
        assertThat(v.value()).isEqualTo("8260");
    }

    @ParameterizedTest
    @ValueSource(strings = {"9999", "0000", "8001", "1234", "8100"})
    void rejectsWellFormedButUnknownCodes(String code) {
        Validated v = postcodes.validate(code);

        assertThat(v.isValid()).isFalse();
        assertThat(v.errorKey()).isEqualTo("validation.postcode.unknown");
        assertThat(v.errorArgs()).containsExactly(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"800", "80000", "8 000", "8000 Aarhus C", "DK-8000", "abcd", "８０００"})
    void rejectsCodesThatAreNotFourDigitsWithFormatKey(String raw) {
        assertThat(postcodes.validate(raw).errorKey()).isEqualTo("validation.postcode.format");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void reportsEmptyInputAsRequired(String raw) {
        assertThat(postcodes.validate(raw).errorKey()).isEqualTo("validation.required");
    }

    @Test
    void townOfUnknownOrNullCodeIsEmpty() {
        assertThat(postcodes.town("9999")).isEmpty();
        assertThat(postcodes.town(null)).isEmpty();
        assertThat(postcodes.town(" 8000 ")).contains("Aarhus C");
    }

    @Test
    void findsCodeForTownCaseInsensitivelyButExactly() {
        assertThat(postcodes.codeForTown("Viby J")).contains("8260");
        assertThat(postcodes.codeForTown("VIBY J")).contains("8260");
        assertThat(postcodes.codeForTown(" åbyhøj ")).contains("8230");
        assertThat(postcodes.codeForTown("ÅBYHØJ")).contains("8230");
        assertThat(postcodes.codeForTown("Viby")).isEmpty();
        assertThat(postcodes.codeForTown("Aarhus")).isEmpty();
        assertThat(postcodes.codeForTown(null)).isEmpty();
    }

    @Test
    void townWithSeveralCodesGivesTheLowest() {
        assertThat(postcodes.codeForTown("København K")).contains("1000");
        assertThat(postcodes.codeForTown("Frederiksberg C")).contains("1800");
    }

    @Test
    void tableCoversTheWholeCountry() {
        assertThat(postcodes.size()).isGreaterThan(580);
        assertThat(postcodes.asMap().firstKey()).startsWith("1");
        assertThat(postcodes.asMap().lastKey()).isEqualTo("9990");
    }

    @Test
    void everyCodeInTheResourceIsFourDigitsWithATownName() throws IOException {
        for (String line : rawLines()) {
            assertThat(line).as("line").matches("\\d{4};\\S.*\\S|\\d{4};\\S");
        }
    }

    @Test
    void resourceHasNoDuplicateCodesAndIsSorted() throws IOException {
        List<String> codes = rawLines().stream().map(l -> l.substring(0, l.indexOf(';'))).toList();
        Set<String> seen = new HashSet<>();
        List<String> duplicates = codes.stream().filter(c -> !seen.add(c)).toList();

        assertThat(duplicates).isEmpty();
        assertThat(codes).isSorted();
        assertThat(postcodes.size()).isEqualTo(codes.size());
    }

    @Test
    void townNamesUseRealDanishLettersNotMojibake() throws IOException {
        assertThat(rawLines()).noneMatch(l -> l.contains("Ã") || l.contains("\uFFFD") || l.contains("\\u"));
    }

    @Test
    void parserRejectsMalformedOrDuplicateLines() {
        assertThatThrownBy(() -> Postcodes.parse(reader("code;town\n8000;Aarhus C\n8000;Aarhus\n")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("duplicate");
        assertThatThrownBy(() -> Postcodes.parse(reader("code;town\n800;Aarhus C\n")))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Postcodes.parse(reader("8000;Aarhus C\n")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("header");
    }

    @Test
    void mapViewIsReadOnly() {
        assertThatThrownBy(() -> postcodes.asMap().put("9999", "Nowhere"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    private static BufferedReader reader(String text) {
        return new BufferedReader(new StringReader(text));
    }
}
