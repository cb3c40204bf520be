-- Curated search synonyms from catalog-data/synonyms.txt: one group of equivalent terms per row.
CREATE TABLE search_synonym (
  position  INT           NOT NULL PRIMARY KEY,
  terms     VARCHAR(1000) NOT NULL
);
