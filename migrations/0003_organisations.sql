-- Organisations, who belongs to them, and invitations to join.
CREATE TABLE organisations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name jsonb NOT NULL,
  acronym text,
  org_type text NOT NULL,
  country_code char(2) REFERENCES countries (code),
  parent_id uuid REFERENCES organisations (id) ON DELETE SET NULL,
  website text,
  iati_identifier text,
  description jsonb NOT NULL DEFAULT '{}'::jsonb,
  default_locale text NOT NULL DEFAULT 'en',
  visibility text NOT NULL DEFAULT 'public' CHECK (visibility IN ('public', 'network', 'organisation')),
  -- Every name, acronym and identifier in one lower-cased string, for typo-tolerant search.
  search_text text NOT NULL DEFAULT '',
  is_demo boolean NOT NULL DEFAULT false,
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX organisations_iati_identifier_key ON organisations (upper(iati_identifier))
  WHERE iati_identifier IS NOT NULL;
CREATE INDEX organisations_country_idx ON organisations (country_code);
CREATE INDEX organisations_search_trgm ON organisations USING gin (search_text gin_trgm_ops);
CREATE INDEX organisations_created_idx ON organisations (created_at, id);

CREATE TABLE memberships (
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  role text NOT NULL CHECK (role IN ('org_admin', 'editor', 'member')),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, organisation_id)
);
CREATE INDEX memberships_org_idx ON memberships (organisation_id);

CREATE TABLE invitations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  email text NOT NULL,
  role text NOT NULL CHECK (role IN ('org_admin', 'editor', 'member')),
  token_hash text NOT NULL UNIQUE,
  invited_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  accepted_at timestamptz,
  revoked_at timestamptz
);
CREATE INDEX invitations_org_idx ON invitations (organisation_id);
