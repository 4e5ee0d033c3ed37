-- The marketplace: what countries need (knowledge demand) and what providers offer, the
-- matches between them, brokered introductions, and the notifications they produce.

-- A need: who seeks (an organisation of a country), the development challenge, the
-- institutional challenge area (challenge_area vocabulary) and the capacities concerned
-- (assessment_dimension: peers strong on them are suggested), the change sought
-- (intermediate_outcome), codes, preferences, timeframe and what the seeker brings.
CREATE TABLE needs (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  country_code char(2) NOT NULL REFERENCES countries (code),
  title jsonb NOT NULL,
  challenge jsonb NOT NULL DEFAULT '{}'::jsonb,
  change_sought jsonb NOT NULL DEFAULT '{}'::jsonb,
  default_locale text NOT NULL DEFAULT 'en',
  challenge_area text NOT NULL,
  dimensions text[] NOT NULL DEFAULT '{}',
  outcomes text[] NOT NULL DEFAULT '{}',
  sectors text[] NOT NULL DEFAULT '{}',
  sdg_targets text[] NOT NULL DEFAULT '{}',
  instruments text[] NOT NULL DEFAULT '{}',
  delivery_mode text,
  languages text[] NOT NULL DEFAULT '{}',
  timeframe_from date,
  timeframe_to date CHECK (timeframe_to IS NULL OR timeframe_from IS NULL OR timeframe_to >= timeframe_from),
  contributes_funds boolean NOT NULL DEFAULT false,
  contributes_in_kind boolean NOT NULL DEFAULT false,
  contribution_note jsonb NOT NULL DEFAULT '{}'::jsonb,
  visibility text NOT NULL DEFAULT 'public' CHECK (visibility IN ('public', 'network', 'organisation')),
  status text NOT NULL DEFAULT 'open'
    CHECK (status IN ('open', 'in_discussion', 'matched', 'closed', 'withdrawn')),
  expires_on date NOT NULL,
  expiry_reminded_at timestamptz,
  -- Stemmed words of every language of the texts (to_tsvector), for matching and search.
  lexemes text[] NOT NULL DEFAULT '{}',
  search_vector tsvector,
  is_demo boolean NOT NULL DEFAULT false,
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX needs_org_idx ON needs (organisation_id);
CREATE INDEX needs_country_idx ON needs (country_code);
CREATE INDEX needs_status_idx ON needs (status, created_at DESC);
CREATE INDEX needs_expiry_idx ON needs (expires_on) WHERE status IN ('open', 'in_discussion');
CREATE INDEX needs_sectors_idx ON needs USING gin (sectors);
CREATE INDEX needs_sdg_idx ON needs USING gin (sdg_targets);
CREATE INDEX needs_search_idx ON needs USING gin (search_vector);

-- An offer: who offers, what (linked capabilities and published experiences), codes,
-- capacity, cost-sharing terms, availability and expiry.
CREATE TABLE offers (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  country_code char(2) NOT NULL REFERENCES countries (code),
  title jsonb NOT NULL,
  description jsonb NOT NULL DEFAULT '{}'::jsonb,
  default_locale text NOT NULL DEFAULT 'en',
  challenge_areas text[] NOT NULL DEFAULT '{}',
  dimensions text[] NOT NULL DEFAULT '{}',
  sectors text[] NOT NULL DEFAULT '{}',
  sdg_targets text[] NOT NULL DEFAULT '{}',
  instruments text[] NOT NULL DEFAULT '{}',
  delivery_modes text[] NOT NULL DEFAULT '{}',
  languages text[] NOT NULL DEFAULT '{}',
  capacity_per_year integer CHECK (capacity_per_year >= 0),
  cost_sharing text NOT NULL DEFAULT 'negotiable'
    CHECK (cost_sharing IN ('provider_funded', 'cost_shared', 'recipient_funded', 'third_party_funded', 'negotiable')),
  cost_sharing_note jsonb NOT NULL DEFAULT '{}'::jsonb,
  available_from date,
  available_to date CHECK (available_to IS NULL OR available_from IS NULL OR available_to >= available_from),
  visibility text NOT NULL DEFAULT 'public' CHECK (visibility IN ('public', 'network', 'organisation')),
  status text NOT NULL DEFAULT 'open'
    CHECK (status IN ('open', 'in_discussion', 'matched', 'closed', 'withdrawn')),
  expires_on date NOT NULL,
  expiry_reminded_at timestamptz,
  lexemes text[] NOT NULL DEFAULT '{}',
  search_vector tsvector,
  is_demo boolean NOT NULL DEFAULT false,
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX offers_org_idx ON offers (organisation_id);
CREATE INDEX offers_country_idx ON offers (country_code);
CREATE INDEX offers_status_idx ON offers (status, created_at DESC);
CREATE INDEX offers_expiry_idx ON offers (expires_on) WHERE status IN ('open', 'in_discussion');
CREATE INDEX offers_sectors_idx ON offers USING gin (sectors);
CREATE INDEX offers_sdg_idx ON offers USING gin (sdg_targets);
CREATE INDEX offers_search_idx ON offers USING gin (search_vector);

CREATE TABLE offer_capabilities (
  offer_id uuid NOT NULL REFERENCES offers (id) ON DELETE CASCADE,
  capability_id uuid NOT NULL REFERENCES capabilities (id) ON DELETE CASCADE,
  PRIMARY KEY (offer_id, capability_id)
);
CREATE INDEX offer_capabilities_capability_idx ON offer_capabilities (capability_id);

CREATE TABLE offer_experiences (
  offer_id uuid NOT NULL REFERENCES offers (id) ON DELETE CASCADE,
  experience_id uuid NOT NULL REFERENCES experiences (id) ON DELETE CASCADE,
  PRIMARY KEY (offer_id, experience_id)
);
CREATE INDEX offer_experiences_experience_idx ON offer_experiences (experience_id);

-- The weights of the matching factors, edited by administrators (one row; the defaults live in
-- src/shared/matching until an administrator changes them).
CREATE TABLE match_settings (
  id boolean PRIMARY KEY DEFAULT true CHECK (id),
  weights jsonb NOT NULL,
  min_score real NOT NULL DEFAULT 35 CHECK (min_score >= 0 AND min_score <= 100),
  updated_by uuid REFERENCES users (id) ON DELETE SET NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- The best matches of each need (offers, experiences, capabilities, peer countries), as the
-- nightly run (kxhub match --all) or the last change of the need computed them: the digest and
-- the broker board read these; a need's page scores live.
CREATE TABLE need_matches (
  need_id uuid NOT NULL REFERENCES needs (id) ON DELETE CASCADE,
  candidate_kind text NOT NULL CHECK (candidate_kind IN ('offer', 'experience', 'capability', 'country')),
  candidate_id text NOT NULL,
  rank smallint NOT NULL,
  score real NOT NULL,
  factors jsonb NOT NULL,
  computed_at timestamptz NOT NULL DEFAULT now(),
  -- When a weekly digest first told the need's people about it (null: not yet).
  notified_at timestamptz,
  PRIMARY KEY (need_id, candidate_kind, candidate_id)
);
CREATE INDEX need_matches_candidate_idx ON need_matches (candidate_kind, candidate_id);

-- A brokered introduction between a seeker (the need's organisation) and a provider.
-- suggested (by the platform or a broker, not yet sent) → proposed → accepted by both → agreed;
-- or declined (by either side, with a reason) / expired. An agreed introduction carries what an
-- exchange needs to start from it (the need, the offer, both organisations, the terms).
CREATE TABLE introductions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  need_id uuid NOT NULL REFERENCES needs (id) ON DELETE CASCADE,
  offer_id uuid REFERENCES offers (id) ON DELETE SET NULL,
  seeker_organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  provider_organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  CHECK (seeker_organisation_id <> provider_organisation_id),
  state text NOT NULL DEFAULT 'proposed'
    CHECK (state IN ('suggested', 'proposed', 'accepted', 'agreed', 'declined', 'expired')),
  proposed_by uuid REFERENCES users (id) ON DELETE SET NULL,
  proposed_as text NOT NULL CHECK (proposed_as IN ('seeker', 'provider', 'broker', 'platform')),
  message jsonb NOT NULL DEFAULT '{}'::jsonb,
  score real,
  factors jsonb,
  seeker_answer text CHECK (seeker_answer IN ('accepted', 'declined')),
  seeker_answered_by uuid REFERENCES users (id) ON DELETE SET NULL,
  seeker_answered_at timestamptz,
  seeker_reason text,
  provider_answer text CHECK (provider_answer IN ('accepted', 'declined')),
  provider_answered_by uuid REFERENCES users (id) ON DELETE SET NULL,
  provider_answered_at timestamptz,
  provider_reason text,
  -- What was agreed (modality, instruments, dates, cost sharing, contacts), for the exchange.
  terms jsonb NOT NULL DEFAULT '{}'::jsonb,
  agreed_at timestamptz,
  expires_at timestamptz NOT NULL,
  is_demo boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
-- One live introduction per need and provider: a second proposal is refused (409).
CREATE UNIQUE INDEX introductions_live_key ON introductions (need_id, provider_organisation_id)
  WHERE state IN ('suggested', 'proposed', 'accepted', 'agreed');
CREATE INDEX introductions_seeker_idx ON introductions (seeker_organisation_id, state);
CREATE INDEX introductions_provider_idx ON introductions (provider_organisation_id, state);
CREATE INDEX introductions_expiry_idx ON introductions (expires_at) WHERE state IN ('suggested', 'proposed', 'accepted');

-- Was an introduction useful? One answer per organisation side; feeds the track-record factor.
CREATE TABLE introduction_feedback (
  introduction_id uuid NOT NULL REFERENCES introductions (id) ON DELETE CASCADE,
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  usefulness smallint NOT NULL CHECK (usefulness BETWEEN 1 AND 5),
  comment text NOT NULL DEFAULT '',
  given_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (introduction_id, organisation_id)
);

-- The in-app inbox: one row per person and event; the words are made when shown (the kind and
-- its parameters), so each reader gets their own language.
CREATE TABLE notifications (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  kind text NOT NULL,
  params jsonb NOT NULL DEFAULT '{}'::jsonb,
  link text,
  read_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX notifications_user_idx ON notifications (user_id, created_at DESC);
CREATE INDEX notifications_unread_idx ON notifications (user_id) WHERE read_at IS NULL;

-- What each person wants by e-mail (the inbox always receives everything).
CREATE TABLE notification_settings (
  user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  weekly_digest boolean NOT NULL DEFAULT true,
  email_introductions boolean NOT NULL DEFAULT true,
  email_expiry boolean NOT NULL DEFAULT true,
  last_digest_at timestamptz,
  updated_at timestamptz NOT NULL DEFAULT now()
);
