-- Dialogues are listed by the organisations hosting their sites and by the sites' countries
-- (organisation and country pages): index both, which also keeps deleting an organisation
-- (ON DELETE SET NULL on its hosted sites) from scanning every site.
CREATE INDEX dialogue_sites_organisation_idx ON dialogue_sites (organisation_id) WHERE organisation_id IS NOT NULL;
CREATE INDEX dialogue_sites_country_idx ON dialogue_sites (country_code) WHERE country_code IS NOT NULL;
