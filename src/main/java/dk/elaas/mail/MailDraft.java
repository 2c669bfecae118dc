package dk.elaas.mail;

import java.util.List;

/**
 * A mail as the workflow composes it, before it becomes an .eml: recipients as RFC 5322 addresses
 * ({@code Hasse Eriksen <he@ostbv.dk>}), a plain-text body and attachments.
 */
public record MailDraft(String kind, List<String> to, String subject, String body, List<Attachment> attachments) {

    public MailDraft {
        to = List.copyOf(to);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** A file attached to the mail. */
    public record Attachment(String fileName, String mediaType, byte[] content) {

        public Attachment {
            content = content.clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }
    }
}
