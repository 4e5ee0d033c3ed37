-- Country SSC profiles. The World Bank income group joins the countries reference data (loaded
-- by the reference sync) so peer groups can be drawn by income as well as by region.
ALTER TABLE countries ADD COLUMN income_group text CHECK (income_group IN ('L', 'LM', 'UM', 'H'));

-- One profile per country. Its coordinator edits the working draft (a document validated by the
-- contract); publishing copies the draft into a numbered, never-changed version.
CREATE TABLE country_profiles (
  country_code char(2) PRIMARY KEY REFERENCES countries (code),
  draft jsonb NOT NULL,
  draft_updated_at timestamptz NOT NULL DEFAULT now(),
  draft_updated_by uuid REFERENCES users (id) ON DELETE SET NULL,
  -- The latest published version; null until the first publication (then the profile is public).
  published_version integer,
  published_at timestamptz,
  -- Copied from the latest published version, for the country list and the map.
  country_role text,
  is_demo boolean NOT NULL DEFAULT false,
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE country_profile_versions (
  country_code char(2) NOT NULL REFERENCES country_profiles (country_code) ON DELETE CASCADE,
  version integer NOT NULL CHECK (version > 0),
  content jsonb NOT NULL,
  change_note text NOT NULL DEFAULT '',
  published_by uuid REFERENCES users (id) ON DELETE SET NULL,
  published_at timestamptz NOT NULL,
  PRIMARY KEY (country_code, version)
);
