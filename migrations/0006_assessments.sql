-- Capacity self-assessment: each country rates itself 0–4 on the assessment dimensions (the
-- `assessment_dimension` vocabulary), against a rubric that describes each level.
CREATE TABLE assessment_rubric_levels (
  dimension text NOT NULL,
  level smallint NOT NULL CHECK (level BETWEEN 0 AND 4),
  description jsonb NOT NULL,
  -- Null until an administrator edits it: the seed fills only levels nobody has edited.
  updated_by uuid REFERENCES users (id) ON DELETE SET NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (dimension, level)
);

CREATE TABLE assessments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  country_code char(2) NOT NULL REFERENCES countries (code),
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted')),
  assessed_on date NOT NULL,
  -- Who took part in the assessment, in words (a workshop, an inter-ministerial group, …).
  participants text NOT NULL DEFAULT '',
  summary jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_by uuid REFERENCES users (id) ON DELETE SET NULL,
  submitted_by uuid REFERENCES users (id) ON DELETE SET NULL,
  submitted_at timestamptz,
  is_demo boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
-- A country works on one draft at a time, so two coordinators cannot fork the same round.
CREATE UNIQUE INDEX assessments_one_draft_per_country ON assessments (country_code) WHERE status = 'draft';
CREATE INDEX assessments_country_idx ON assessments (country_code, status, assessed_on DESC);

CREATE TABLE assessment_ratings (
  assessment_id uuid NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
  dimension text NOT NULL,
  -- Null while the draft leaves the dimension unrated; submission requires every dimension.
  rating smallint CHECK (rating BETWEEN 0 AND 4),
  evidence jsonb NOT NULL DEFAULT '{}'::jsonb,
  links jsonb NOT NULL DEFAULT '[]'::jsonb,
  PRIMARY KEY (assessment_id, dimension)
);
CREATE INDEX assessment_ratings_dimension_idx ON assessment_ratings (dimension, rating);
