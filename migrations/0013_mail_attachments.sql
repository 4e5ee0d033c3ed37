-- Attachments of an outgoing message (a dialogue's invitation carries its .ics file), kept in
-- the outbox beside the message so delivery after commit, retries and the log-only mode all see
-- them. Each item: { "filename", "contentType", "content", "encoding"? } — `content` is the
-- text itself, or base64 when "encoding" is "base64". Existing messages have none.
ALTER TABLE mail_outbox ADD COLUMN attachments jsonb NOT NULL DEFAULT '[]'::jsonb;
