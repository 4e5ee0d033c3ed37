-- The expertise catalogue: what an organisation (typically its country's focal point) can
-- offer, and the experts it can send. Experts are people: their record exists only with
-- their consent, and their personal data is shown to signed-in members only.
CREATE TABLE capabilities (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  title jsonb NOT NULL,
  description jsonb NOT NULL DEFAULT '{}'::jsonb,
  default_locale text NOT NULL DEFAULT 'en',
  sectors text[] NOT NULL DEFAULT '{}',
  sdg_targets text[] NOT NULL DEFAULT '{}',
  instruments text[] NOT NULL DEFAULT '{}',
  languages text[] NOT NULL DEFAULT '{}',
  -- How many exchanges (visits, trainings, missions) the organisation can take on per year.
  capacity_per_year integer CHECK (capacity_per_year >= 0),
  cost_sharing text NOT NULL DEFAULT 'negotiable'
    CHECK (cost_sharing IN ('provider_funded', 'cost_shared', 'recipient_funded', 'third_party_funded', 'negotiable')),
  cost_sharing_note jsonb NOT NULL DEFAULT '{}'::jsonb,
  visibility text NOT NULL DEFAULT 'public' CHECK (visibility IN ('public', 'network', 'organisation')),
  search_text text NOT NULL DEFAULT '',
  is_demo boolean NOT NULL DEFAULT false,
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX capabilities_org_idx ON capabilities (organisation_id);
CREATE INDEX capabilities_sectors_idx ON capabilities USING gin (sectors);
CREATE INDEX capabilities_sdg_idx ON capabilities USING gin (sdg_targets);
CREATE INDEX capabilities_instruments_idx ON capabilities USING gin (instruments);
CREATE INDEX capabilities_languages_idx ON capabilities USING gin (languages);
CREATE INDEX capabilities_search_trgm ON capabilities USING gin (search_text gin_trgm_ops);

CREATE TABLE experts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  full_name text NOT NULL,
  job_title text NOT NULL DEFAULT '',
  email text,
  -- The areas of expertise in words (several languages), beside the coded sectors.
  expertise jsonb NOT NULL DEFAULT '{}'::jsonb,
  sectors text[] NOT NULL DEFAULT '{}',
  languages text[] NOT NULL DEFAULT '{}',
  availability text NOT NULL DEFAULT 'available' CHECK (availability IN ('available', 'limited', 'unavailable')),
  availability_note text NOT NULL DEFAULT '',
  -- The expert agreed to be listed: when, how, and who recorded it. No consent, no record.
  consent_given_on date NOT NULL,
  consent_method text NOT NULL CHECK (consent_method IN ('written', 'email', 'self_registered', 'verbal_witnessed')),
  consent_recorded_by uuid REFERENCES users (id) ON DELETE SET NULL,
  -- Two search texts: the public one (expertise areas), and the personal one (name, job title,
  -- e-mail) that only signed-in members' searches may match, so a visitor cannot learn that a
  -- named person is listed by searching for the name.
  search_text text NOT NULL DEFAULT '',
  personal_search_text text NOT NULL DEFAULT '',
  is_demo boolean NOT NULL DEFAULT false,
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX experts_org_idx ON experts (organisation_id);
CREATE INDEX experts_sectors_idx ON experts USING gin (sectors);
CREATE INDEX experts_languages_idx ON experts USING gin (languages);
CREATE INDEX experts_search_trgm ON experts USING gin (search_text gin_trgm_ops);
CREATE INDEX experts_personal_search_trgm ON experts USING gin (personal_search_text gin_trgm_ops);

-- Which capabilities an expert can deliver.
CREATE TABLE expert_capabilities (
  expert_id uuid NOT NULL REFERENCES experts (id) ON DELETE CASCADE,
  capability_id uuid NOT NULL REFERENCES capabilities (id) ON DELETE CASCADE,
  PRIMARY KEY (expert_id, capability_id)
);
CREATE INDEX expert_capabilities_capability_idx ON expert_capabilities (capability_id);
