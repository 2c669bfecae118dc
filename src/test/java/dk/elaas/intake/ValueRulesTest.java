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
}
