package dk.elaas.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Turning OCR text into the value a caseworker expects to see. */
class ValueRulesTest {

    @Test
    void aNameReadInLowerCaseGetsCapitalInitials() {
        assertThat(ValueRules.nameCase("karen holt")).isEqualTo("Karen Holt");
        assertThat(ValueRules.nameCase("karen Holt")).isEqualTo("Karen Holt");
        assertThat(ValueRules.nameCase("øjvind ærtebjerg")).isEqualTo("Øjvind Ærtebjerg");
        assertThat(ValueRules.nameCase("anne-lise krog")).isEqualTo("Anne-Lise Krog");
    }

    @Test
    void nameParticlesStayLowerCase() {
        assertThat(ValueRules.nameCase("ingrid af rosenholm")).isEqualTo("Ingrid af Rosenholm");
        assertThat(ValueRules.nameCase("Ernst von Saltza")).isEqualTo("Ernst von Saltza");
        assertThat(ValueRules.nameCase("lotte van dijk")).isEqualTo("Lotte van Dijk");
    }

    @Test
    void mixedCaseNameWordsAreLeftAsWritten() {
        assertThat(ValueRules.nameCase("Mads McKinley")).isEqualTo("Mads McKinley");
        assertThat(ValueRules.nameCase("Tine deFries Holt")).isEqualTo("Tine deFries Holt");
        assertThat(ValueRules.nameCase("Bo K. Lunding")).isEqualTo("Bo K. Lunding");
    }

    @Test
    void anAddressGetsItsCommaBetweenHouseNumberAndFloor() {
        assertThat(ValueRules.addressForm("Lærkevej 7. 3. th.")).isEqualTo("Lærkevej 7, 3. th.");
        assertThat(ValueRules.addressForm("Lærkevej 7B 1. mf.")).isEqualTo("Lærkevej 7B, 1. mf.");
        assertThat(ValueRules.addressForm("Lærkevej 7, 3. th.")).isEqualTo("Lærkevej 7, 3. th.");
        assertThat(ValueRules.addressForm("Lærkevej 7")).isEqualTo("Lærkevej 7");
        assertThat(ValueRules.addressForm("Vestergade 12. sal")).isEqualTo("Vestergade 12. sal");
    }

    @Test
    void theSideOfAFloorGetsItsFullStop() {
        assertThat(ValueRules.addressForm("Bispehavevej 43, 4. tv")).isEqualTo("Bispehavevej 43, 4. tv.");
        assertThat(ValueRules.addressForm("Skovvej 3, st. th")).isEqualTo("Skovvej 3, st. th.");
        assertThat(ValueRules.addressForm("Lærkevej 7B, 1. mf")).isEqualTo("Lærkevej 7B, 1. mf.");
        assertThat(ValueRules.addressForm("Lærkevej 7, 2.th")).isEqualTo("Lærkevej 7, 2.th.");
        // The comma and the full stop both missing.
        assertThat(ValueRules.addressForm("Bispehavevej 43 4. tv")).isEqualTo("Bispehavevej 43, 4. tv.");
    }

    @Test
    void anAddressWithoutAFloorSideGetsNoFullStop() {
        assertThat(ValueRules.addressForm("Tvedvej 4")).isEqualTo("Tvedvej 4");
        assertThat(ValueRules.addressForm("Bymidten 3 th")).isEqualTo("Bymidten 3 th");
        assertThat(ValueRules.addressForm("Smedegade 12 mf")).isEqualTo("Smedegade 12 mf");
        assertThat(ValueRules.addressForm("Nørregade 7, 2. sal")).isEqualTo("Nørregade 7, 2. sal");
        // Already written with it: no second one.
        assertThat(ValueRules.addressForm("Skovvej 3, 4. tv.")).isEqualTo("Skovvej 3, 4. tv.");
        assertThat(ValueRules.addressForm("Skovvej 3, st. th.")).isEqualTo("Skovvej 3, st. th.");
    }

    @Test
    void aCapitalInsideAHandwrittenWordIsMadeSmall() {
        assertThat(ValueRules.sizeCase("KasPer")).isEqualTo("Kasper");
        assertThat(ValueRules.sizeCase("ØsterVang")).isEqualTo("Østervang");
        assertThat(ValueRules.sizeCase("TØivask")).isEqualTo("Tøivask");
        assertThat(ValueRules.sizeCase("KOfoed")).isEqualTo("Kofoed");
        assertThat(ValueRules.sizeCase("Anna JørgenSen")).isEqualTo("Anna Jørgensen");
        assertThat(ValueRules.sizeCase("ØsterVang 12, 1. tv.")).isEqualTo("Østervang 12, 1. tv.");
    }

    @Test
    void theFirstLetterOfAWordStaysCapital() {
        assertThat(ValueRules.sizeCase("Kasper Ottesen")).isEqualTo("Kasper Ottesen");
        assertThat(ValueRules.sizeCase("Østervang")).isEqualTo("Østervang");
        assertThat(ValueRules.sizeCase("Anne-Sofie Ulriksen")).isEqualTo("Anne-Sofie Ulriksen");
        assertThat(ValueRules.sizeCase("O'Connor")).isEqualTo("O'Connor");
    }

    @Test
    void wordsInCapitalsAndShortAbbreviationsAreLeftAlone() {
        assertThat(ValueRules.sizeCase("BISPEHAVEVEJ 43")).isEqualTo("BISPEHAVEVEJ 43");
        assertThat(ValueRules.sizeCase("KASPER OTTESEN")).isEqualTo("KASPER OTTESEN");
        assertThat(ValueRules.sizeCase("ApS")).isEqualTo("ApS");
        assertThat(ValueRules.sizeCase("Hansen Tømrer ApS")).isEqualTo("Hansen Tømrer ApS");
    }

    @Test
    void aCapitalThatDiffersInShapeFromItsSmallLetterIsLeftAsWritten() {
        assertThat(ValueRules.sizeCase("McDonald")).isEqualTo("McDonald");
        assertThat(ValueRules.sizeCase("Tine deFries Holt")).isEqualTo("Tine deFries Holt");
        assertThat(ValueRules.sizeCase("HaRaLd")).isEqualTo("HaRaLd");
    }

    @Test
    void macNamesAndHyphenatedAbbreviationsKeepTheirCapitals() {
        assertThat(ValueRules.sizeCase("Mads McKinley")).isEqualTo("Mads McKinley");
        assertThat(ValueRules.sizeCase("Ida MacKenzie")).isEqualTo("Ida MacKenzie");
        assertThat(ValueRules.sizeCase("DSB-chauffør")).isEqualTo("DSB-chauffør");
        assertThat(ValueRules.sizeCase("SOS-Børnebyerne")).isEqualTo("SOS-Børnebyerne");
        assertThat(ValueRules.sizeCase("Anne-SoPhie")).isEqualTo("Anne-Sophie");
        assertThat(ValueRules.sizeCase(" KasPer")).isEqualTo(" Kasper");
    }
}
