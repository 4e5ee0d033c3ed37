-- The experience library: systematised case stories of South-South knowledge exchange.
-- An experience belongs to an organisation. Its working copy (`content`, a document shaped by
-- the experience contract) is edited as a draft, reviewed, and published as a numbered version
-- that never changes; edits after publication become the next version once reviewed again.
CREATE TABLE experiences (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  author_id uuid REFERENCES users (id) ON DELETE SET NULL,
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'in_review', 'published', 'archived')),
  -- The working copy: the draft, or the edits being prepared after publication.
  content jsonb NOT NULL,
  content_updated_at timestamptz NOT NULL DEFAULT now(),
  -- True while the working copy differs from the published version (edits not yet reviewed).
  has_pending_edits boolean NOT NULL DEFAULT false,
  submitted_at timestamptz,
  published_version integer,
  published_at timestamptz,
  reviewed_by uuid REFERENCES users (id) ON DELETE SET NULL,
  reviewed_at timestamptz,
  -- The owner confirms the story is still accurate; after 12 months it is stale.
  last_verified_at timestamptz,
  reverify_reminded_at timestamptz,
  archived_at timestamptz,
  view_count bigint NOT NULL DEFAULT 0,
  -- Copied from the published version, for search, facets and sorting (null while unpublished).
  original_locale text NOT NULL DEFAULT 'en',
  languages text[] NOT NULL DEFAULT '{}',
  country_codes text[] NOT NULL DEFAULT '{}',
  region_codes text[] NOT NULL DEFAULT '{}',
  sectors text[] NOT NULL DEFAULT '{}',
  sector_categories text[] NOT NULL DEFAULT '{}',
  sdg_targets text[] NOT NULL DEFAULT '{}',
  sdg_goals text[] NOT NULL DEFAULT '{}',
  modality text,
  instruments text[] NOT NULL DEFAULT '{}',
  knowledge_modes text[] NOT NULL DEFAULT '{}',
  outcomes text[] NOT NULL DEFAULT '{}',
  assessment_dimensions text[] NOT NULL DEFAULT '{}',
  year_start integer,
  year_end integer,
  -- Language-aware full text (each language with its own stemming, Chinese as bigrams) plus a
  -- 'simple' copy so a word matches across languages; weights: A title, B summary, C body.
  search_vector tsvector,
  -- Titles, organisation and country names, normalised, for typo-tolerant name matching.
  search_names text NOT NULL DEFAULT '',
  is_demo boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX experiences_org_idx ON experiences (organisation_id);
CREATE INDEX experiences_author_idx ON experiences (author_id);
CREATE INDEX experiences_status_idx ON experiences (status, published_at DESC);
CREATE INDEX experiences_search_idx ON experiences USING gin (search_vector);
CREATE INDEX experiences_names_trgm ON experiences USING gin (search_names gin_trgm_ops);
CREATE INDEX experiences_countries_idx ON experiences USING gin (country_codes);
CREATE INDEX experiences_sectors_idx ON experiences USING gin (sectors);
CREATE INDEX experiences_sdg_idx ON experiences USING gin (sdg_targets);
CREATE INDEX experiences_instruments_idx ON experiences USING gin (instruments);
CREATE INDEX experiences_languages_idx ON experiences USING gin (languages);
-- Library filters by sector category, SDG goal and region; "most viewed" first.
CREATE INDEX experiences_sector_categories_idx ON experiences USING gin (sector_categories);
CREATE INDEX experiences_sdg_goals_idx ON experiences USING gin (sdg_goals);
CREATE INDEX experiences_regions_idx ON experiences USING gin (region_codes);
CREATE INDEX experiences_views_idx ON experiences (view_count DESC, id DESC) WHERE status = 'published';
-- Periods overlapping a range of years (these expressions also give the planner statistics).
CREATE INDEX experiences_period_end_idx ON experiences ((coalesce(year_end, year_start)));
CREATE INDEX experiences_period_start_idx ON experiences ((coalesce(year_start, year_end)));
-- The full text of an eighth of the library (ids starting 0 or 1), for facet counts estimated
-- from a sample when a query matches a large share of it.
CREATE INDEX experiences_search_sample_idx ON experiences USING gin (search_vector)
  WHERE status = 'published' AND id < '20000000-0000-0000-0000-000000000000'::uuid;
CREATE INDEX experiences_verified_idx ON experiences (last_verified_at) WHERE status = 'published';

CREATE TABLE experience_versions (
  experience_id uuid NOT NULL REFERENCES experiences (id) ON DELETE CASCADE,
  version integer NOT NULL CHECK (version > 0),
  content jsonb NOT NULL,
  published_at timestamptz NOT NULL,
  published_by uuid REFERENCES users (id) ON DELETE SET NULL,
  change_note text NOT NULL DEFAULT '',
  PRIMARY KEY (experience_id, version)
);

-- Each review decision, with the checklist (acceptance criteria → met?) and the comment the
-- author reads when the experience is sent back.
CREATE TABLE experience_reviews (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  experience_id uuid NOT NULL REFERENCES experiences (id) ON DELETE CASCADE,
  reviewer_id uuid REFERENCES users (id) ON DELETE SET NULL,
  decision text NOT NULL CHECK (decision IN ('approved', 'changes_requested')),
  checklist jsonb NOT NULL DEFAULT '{}'::jsonb,
  comment text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX experience_reviews_experience_idx ON experience_reviews (experience_id, created_at);

-- Files attached to an experience (documents, images), stored under DATA_DIR by content hash.
CREATE TABLE experience_attachments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  experience_id uuid NOT NULL REFERENCES experiences (id) ON DELETE CASCADE,
  file_name text NOT NULL,
  media_type text NOT NULL,
  size_bytes integer NOT NULL CHECK (size_bytes > 0),
  sha256 text NOT NULL,
  caption jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX experience_attachments_experience_idx ON experience_attachments (experience_id);
