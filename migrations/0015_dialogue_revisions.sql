-- Two conveners may edit the same agenda or summary at once. Each part counts its saves, and an
-- editor sends back the count it started from: a save based on an older count is refused (409)
-- instead of silently replacing the other person's work. One counter per part, so saving the
-- agenda never makes an open summary editor stale (and attendance, which is not the summary's
-- text, touches neither).
ALTER TABLE dialogues
  ADD COLUMN agenda_revision integer NOT NULL DEFAULT 0,
  ADD COLUMN summary_revision integer NOT NULL DEFAULT 0;
