-- Mail status tells the truth (issue 16.4): a mail handed on another way than through the mail program
-- (read aloud on the phone, pasted into a web mail) is marked "sendt på anden vis" with the user's note.
ALTER TABLE outgoing_mail ADD COLUMN sent_note VARCHAR(1000);
