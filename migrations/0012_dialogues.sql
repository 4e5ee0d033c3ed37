-- Dialogues: multi-site video dialogues planned across time zones, grouped in series, with
-- their sites, participants, agenda, summary (key ideas under topics) and follow-up actions.
-- Instants are stored in UTC (timestamptz); each site keeps its IANA zone, and local times are
-- worked out when shown, with the time-zone rules in force on that date (src/shared/dialogues).

-- A series (e.g. "Capacity development for SSKE"): a goal, a convening organisation.
CREATE TABLE dialogue_series (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  convener_organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  title jsonb NOT NULL,
  goal jsonb NOT NULL DEFAULT '{}'::jsonb,
  default_locale text NOT NULL DEFAULT 'en',
  visibility text NOT NULL DEFAULT 'public' CHECK (visibility IN ('public', 'network', 'organisation')),
  is_demo boolean NOT NULL DEFAULT false,
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX dialogue_series_convener_idx ON dialogue_series (convener_organisation_id);

-- A dialogue. `starts_at` is null while planning; the calendar UID never changes and the
-- SEQUENCE is raised with every change of time or place and with the cancellation, so calendar
-- programs update the invitation they already hold (RFC 5545).
CREATE TABLE dialogues (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  series_id uuid REFERENCES dialogue_series (id) ON DELETE SET NULL,
  -- The dialogue whose "what's next" items this one grew from.
  follows_id uuid REFERENCES dialogues (id) ON DELETE SET NULL,
  convener_organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  title jsonb NOT NULL,
  objectives jsonb NOT NULL DEFAULT '{}'::jsonb,
  default_locale text NOT NULL DEFAULT 'en',
  format text NOT NULL DEFAULT 'video' CHECK (format IN ('video', 'hybrid', 'in_person')),
  duration_minutes integer NOT NULL CHECK (duration_minutes BETWEEN 15 AND 1440),
  status text NOT NULL DEFAULT 'planning' CHECK (status IN ('planning', 'scheduled', 'held', 'summarised')),
  starts_at timestamptz,
  cancelled_at timestamptz,
  visibility text NOT NULL DEFAULT 'public' CHECK (visibility IN ('public', 'network', 'organisation')),
  ics_uid text NOT NULL UNIQUE,
  ics_sequence integer NOT NULL DEFAULT 0 CHECK (ics_sequence >= 0),
  -- SHA-256 of the secret of the public "add to calendar" link (the secret itself is shown once).
  calendar_token_hash text UNIQUE,
  -- The summary's overall highlights; key ideas are in dialogue_topics / dialogue_ideas.
  highlights jsonb NOT NULL DEFAULT '{}'::jsonb,
  is_demo boolean NOT NULL DEFAULT false,
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (status = 'planning' OR starts_at IS NOT NULL)
);
CREATE INDEX dialogues_series_idx ON dialogues (series_id, starts_at);
CREATE INDEX dialogues_convener_idx ON dialogues (convener_organisation_id);
CREATE INDEX dialogues_starts_idx ON dialogues (starts_at);

-- A site: a venue in a city, with its time zone, the local hours it accepts, its holidays,
-- and (after the dialogue) how many attended.
CREATE TABLE dialogue_sites (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  dialogue_id uuid NOT NULL REFERENCES dialogues (id) ON DELETE CASCADE,
  position integer NOT NULL,
  city text NOT NULL,
  country_code char(2) REFERENCES countries (code),
  organisation_id uuid REFERENCES organisations (id) ON DELETE SET NULL,
  venue text NOT NULL DEFAULT '',
  room text NOT NULL DEFAULT '',
  connection text NOT NULL DEFAULT '',
  time_zone text NOT NULL,
  preferred_from time NOT NULL DEFAULT '07:00',
  preferred_to time NOT NULL DEFAULT '22:00',
  holidays date[] NOT NULL DEFAULT '{}',
  attendees integer CHECK (attendees IS NULL OR attendees >= 0),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX dialogue_sites_dialogue_idx ON dialogue_sites (dialogue_id, position);

-- A participant at a site: an account or a name and address; the SEQUENCE of the last
-- invitation sent to them, so an update goes only to those who hold an older one.
CREATE TABLE dialogue_participants (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  dialogue_id uuid NOT NULL REFERENCES dialogues (id) ON DELETE CASCADE,
  site_id uuid NOT NULL REFERENCES dialogue_sites (id) ON DELETE CASCADE,
  user_id uuid REFERENCES users (id) ON DELETE SET NULL,
  name text NOT NULL,
  email text,
  role text NOT NULL DEFAULT 'participant' CHECK (role IN ('convener', 'moderator', 'speaker', 'participant')),
  attended boolean,
  invited_sequence integer,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX dialogue_participants_dialogue_idx ON dialogue_participants (dialogue_id);
CREATE INDEX dialogue_participants_user_idx ON dialogue_participants (user_id);

-- The agenda: ordered segments with their length in minutes.
CREATE TABLE dialogue_segments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  dialogue_id uuid NOT NULL REFERENCES dialogues (id) ON DELETE CASCADE,
  position integer NOT NULL,
  kind text NOT NULL
    CHECK (kind IN ('welcome', 'presentation', 'qa', 'discussion', 'summary', 'next_steps', 'break', 'other')),
  title jsonb NOT NULL DEFAULT '{}'::jsonb,
  minutes integer NOT NULL CHECK (minutes > 0),
  site_id uuid REFERENCES dialogue_sites (id) ON DELETE SET NULL,
  country_code char(2) REFERENCES countries (code),
  speaker text NOT NULL DEFAULT '',
  moderator text NOT NULL DEFAULT ''
);
CREATE INDEX dialogue_segments_dialogue_idx ON dialogue_segments (dialogue_id, position);

-- The summary's key ideas, grouped under topics; an idea may be tagged to a self-assessment
-- dimension (assessment_dimension vocabulary) or a DAC sector.
CREATE TABLE dialogue_topics (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  dialogue_id uuid NOT NULL REFERENCES dialogues (id) ON DELETE CASCADE,
  position integer NOT NULL,
  title jsonb NOT NULL
);
CREATE INDEX dialogue_topics_dialogue_idx ON dialogue_topics (dialogue_id, position);

CREATE TABLE dialogue_ideas (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  topic_id uuid NOT NULL REFERENCES dialogue_topics (id) ON DELETE CASCADE,
  position integer NOT NULL,
  text jsonb NOT NULL,
  dimension text,
  sector text
);
CREATE INDEX dialogue_ideas_topic_idx ON dialogue_ideas (topic_id, position);

-- Follow-up actions (an owner, a due date, tracked to done) and "what's next" items, which
-- may become the next dialogue of the series.
CREATE TABLE dialogue_actions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  dialogue_id uuid NOT NULL REFERENCES dialogues (id) ON DELETE CASCADE,
  kind text NOT NULL DEFAULT 'action' CHECK (kind IN ('action', 'next')),
  position integer NOT NULL,
  text jsonb NOT NULL,
  owner_name text NOT NULL DEFAULT '',
  owner_organisation_id uuid REFERENCES organisations (id) ON DELETE SET NULL,
  due_on date,
  done_at timestamptz,
  next_dialogue_id uuid REFERENCES dialogues (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX dialogue_actions_dialogue_idx ON dialogue_actions (dialogue_id, position);
CREATE INDEX dialogue_actions_open_idx ON dialogue_actions (due_on) WHERE done_at IS NULL AND kind = 'action';
