-- Every VO partnership of the country with the municipalities in its area, so that matching can name
-- the partnership a pupil from outside the region belongs to. Most names are unknown (null).
ALTER TABLE partnership MODIFY name VARCHAR(200) NULL;

CREATE TABLE partnership_municipality (
  partnership_id     VARCHAR(64) NOT NULL,
  municipality_code  VARCHAR(6)  NOT NULL,
  PRIMARY KEY (partnership_id, municipality_code),
  CONSTRAINT fk_partmun_partnership FOREIGN KEY (partnership_id) REFERENCES partnership (id),
  CONSTRAINT fk_partmun_municipality FOREIGN KEY (municipality_code) REFERENCES municipality (code)
);
CREATE INDEX ix_partmun_municipality ON partnership_municipality (municipality_code);
