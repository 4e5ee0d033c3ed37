-- A thirty-second of the library (ids starting 00–07) indexed by its full text, next to the
-- eighth of 0008. Two uses: a cheap, exact count of a text's matches in that slice tells the
-- search how many experiences match in all (the planner's own estimate for a word between the
-- thousand most common and the rare ones is off by ten times); and facets of queries matching a
-- large share of the library are counted on this slice.
CREATE INDEX experiences_search_sample32_idx ON experiences USING gin (search_vector)
  WHERE status = 'published' AND id < '08000000-0000-0000-0000-000000000000'::uuid;

-- Every word (three letters or more) of the names in the library's published experiences:
-- titles, organisations and their acronyms, participants, countries in every language, as
-- search_names holds them (lower case, accent-free). A query word that finds nothing is
-- compared with these words to correct a typo ("mozambiqe" → "mozambique"): a few thousand
-- words, against the names of every experience before. The indexer adds words and never
-- removes them: a word no experience holds any more corrects to nothing found, as before.
CREATE TABLE experience_name_words (
  word text PRIMARY KEY
);
CREATE INDEX experience_name_words_trgm ON experience_name_words USING gin (word gin_trgm_ops);
INSERT INTO experience_name_words (word)
  SELECT DISTINCT w FROM experiences e, regexp_split_to_table(e.search_names, '[[:space:][:punct:]]+') w
  WHERE length(w) >= 3
ON CONFLICT DO NOTHING;
