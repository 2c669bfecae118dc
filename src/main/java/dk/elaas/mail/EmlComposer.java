package dk.elaas.mail;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.Properties;

/**
 * Writes a {@link MailDraft} as an RFC 5322 .eml file. {@code X-Unsent: 1} makes Outlook open it as an
 * unsent draft the user can still check and send (other mail programs show it as a message to forward).
 * Nothing here touches the network: the user's own mail program sends it, so it works offline.
 */
public final class EmlComposer {

    private final Clock clock;

    public EmlComposer(Clock clock) {
        this.clock = clock;
    }

    public byte[] compose(MailDraft draft) {
        try {
            Properties props = new Properties();
            // Danish letters in attachment names (samtykkeerklæring.pdf) must survive every mail program.
            props.setProperty("mail.mime.encodefilename", "true");
            MimeMessage message = new MimeMessage(Session.getInstance(props));
            message.setHeader("X-Unsent", "1");
            message.setRecipients(Message.RecipientType.TO, addresses(draft));
            message.setSubject(draft.subject(), StandardCharsets.UTF_8.name());
            message.setSentDate(Date.from(clock.instant()));

            MimeMultipart mixed = new MimeMultipart("mixed");
            MimeBodyPart text = new MimeBodyPart();
            text.setText(draft.body(), StandardCharsets.UTF_8.name(), "plain");
            mixed.addBodyPart(text);
            for (MailDraft.Attachment a : draft.attachments()) {
                MimeBodyPart part = new MimeBodyPart();
                part.setDataHandler(new DataHandler(new ByteArrayDataSource(a.content(), a.mediaType())));
                part.setFileName(a.fileName());
                part.setDisposition(MimeBodyPart.ATTACHMENT);
                mixed.addBodyPart(part);
            }
            message.setContent(mixed);
            message.saveChanges();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            message.writeTo(out);
            return out.toByteArray();
        } catch (MessagingException | IOException e) {
            throw new MailException("Could not compose the mail '" + draft.subject() + "': " + e.getMessage(), e);
        }
    }

    private static InternetAddress[] addresses(MailDraft draft) throws AddressException {
        InternetAddress[] result = new InternetAddress[draft.to().size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = new InternetAddress(draft.to().get(i), true);
        }
        return result;
    }
}
