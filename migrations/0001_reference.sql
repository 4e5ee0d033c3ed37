-- Reference data: countries, languages, currencies, IATI code lists (loaded from committed
-- files by the reference sync), and the product's editable vocabularies.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE countries (
  code char(2) PRIMARY KEY,
  name jsonb NOT NULL,
  region text,
  status text NOT NULL DEFAULT 'active'
);

CREATE TABLE languages (
  code text PRIMARY KEY,
  name jsonb NOT NULL
);

CREATE TABLE currencies (
  code char(3) PRIMARY KEY,
  name jsonb NOT NULL
);

CREATE TABLE codelist_items (
  list text NOT NULL,
  code text NOT NULL,
  name jsonb NOT NULL,
  description jsonb,
  category text,
  status text NOT NULL DEFAULT 'active',
  PRIMARY KEY (list, code)
);

CREATE TABLE vocabulary_items (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  vocabulary text NOT NULL,
  code text NOT NULL CHECK (code ~ '^[a-z0-9_]{1,64}$'),
  label jsonb NOT NULL,
  definition jsonb NOT NULL DEFAULT '{}'::jsonb,
  parent_code text,
  position integer NOT NULL DEFAULT 0,
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (vocabulary, code)
);

-- Which version of the committed reference files is loaded (a checksum), so boot skips the load
-- when nothing changed.
CREATE TABLE reference_sync (
  name text PRIMARY KEY,
  checksum text NOT NULL,
  synced_at timestamptz NOT NULL DEFAULT now()
);
