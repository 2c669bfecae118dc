package dk.elaas.onboarding;

import static dk.elaas.onboarding.OnboardingFixture.BOTH;
import static dk.elaas.onboarding.OnboardingFixture.CLERK;
import static dk.elaas.onboarding.OnboardingFixture.OEJB;
import static dk.elaas.onboarding.OnboardingFixture.TODAY;
import static dk.elaas.onboarding.OnboardingFixture.choose;
import static dk.elaas.onboarding.OnboardingFixture.phoniro;
import static dk.elaas.onboarding.OnboardingFixture.under;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.elaas.mail.MailRecord;
import dk.elaas.mail.MailStatus;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16.4: onboarding and offboarding cannot be completed while one of their mails was never sent, unless the
 * user marked it "sendt på anden vis" with a note. Before, step 6 and ØJB's confirmation went through with every
 * mail still a draft.
 */
class CaseMailsSentTest {

    @TempDir
    Path dir;

    private OnboardingFixture f;
    private UUID caseId;

    @BeforeEach
    void open() {
        f = new OnboardingFixture(dir);
        UUID consent = f.received("Inger Marie Kjær", "120438-1234", f.supplierA, BOTH);
        caseId = f.start(f.supplierA, "Anna", "Hansen").id();
        f.toStepSix(caseId, choose(under(f.citizenOf(consent), consent)), "ext34481@aarhus.dk");
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void stepSixIsRefusedWhileAMailIsUnsentAndGoesThroughOnceItIsMarkedSentAnotherWay() {
        // The username is corrected and mailed again: that mail is only a draft in the outbox.
        UUID resent = f.clerk().queueUsernameMail(caseId).mails().stream()
                .filter(m -> !m.status().isSent()).findFirst().orElseThrow().id();

        assertThatThrownBy(() -> f.as(OEJB, null).save(caseId, phoniro(), null))
                .isInstanceOfSatisfying(OnboardingException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("onboarding.error.mailsUnsent");
                    assertThat(e.getMessage()).contains("Adgangsgivende gruppe: ext34481@aarhus.dk");
                });
        CaseDetail still = f.clerk().detail(caseId);
        assertThat(still.state()).as("nothing granted").isEqualTo(CaseState.OPEN);
        assertThat(still.data().phoniro()).isNull();

        f.w.outbox.markSentOtherwise(resent, "Læst op for systemejeren i telefonen");

        CaseDetail active = f.as(OEJB, null).save(caseId, phoniro(), null);
        assertThat(active.state()).isEqualTo(CaseState.ACTIVE);
        assertThat(active.mails()).filteredOn(m -> m.id().equals(resent)).singleElement()
                .extracting(MailRecord::status, MailRecord::sentNote)
                .containsExactly(MailStatus.SENT_OTHERWISE, "Læst op for systemejeren i telefonen");
    }

    @Test
    void oejbCannotConfirmAnOffboardingWhoseMailWasNeverSent() {
        f.as(OEJB, null).save(caseId, phoniro(), null);
        CaseDetail off = f.offboarding(CLERK, null).start(caseId, null, "Fratrådt");
        UUID mail = off.mails().get(0).id();
        f.w.outbox.markOpened(mail); // opened in the mail program is not sent

        assertThatThrownBy(() -> f.offboarding(OEJB, null).confirmDeletion(off.id(), TODAY, null))
                .isInstanceOfSatisfying(OnboardingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("onboarding.error.mailsUnsent"));
        assertThat(f.clerk().detail(off.id()).state()).isEqualTo(CaseState.OPEN);
        assertThat(f.activeGrants(f.clerk().detail(caseId).citizens().get(0).citizenId())).as("access stays").hasSize(1);

        f.w.outbox.markSent(mail);

        assertThat(f.offboarding(OEJB, null).confirmDeletion(off.id(), TODAY, null).state()).isEqualTo(CaseState.CLOSED);
    }
}
