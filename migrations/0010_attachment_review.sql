-- Attachments follow the experience's review, like its text: once an experience has a published
-- version, a file added or removed by an editor reaches readers only when a reviewer publishes
-- the next version.
--   pending          added since the last publication: not yet shown to readers;
--   removal_pending  removed by an editor since the last publication: readers still see it until
--                    the next version is published, when the row (and its file) goes.
-- Existing rows were all public: both false. A pending file removed is deleted at once, so a
-- row is never both.
ALTER TABLE experience_attachments
  ADD COLUMN pending boolean NOT NULL DEFAULT false,
  ADD COLUMN removal_pending boolean NOT NULL DEFAULT false,
  ADD CONSTRAINT experience_attachments_one_review_state CHECK (NOT (pending AND removal_pending));

