-- Capacity and waiting list become state of their own, owned by the capacity feature: one row per
-- offer, with its own version (the offer's ETag names the sum of both versions).
CREATE TABLE offer_capacity (
  offer_id             VARCHAR(100) NOT NULL PRIMARY KEY,
  total                INT,
  occupied             INT,
  waiting_list         INT,
  expected_wait_weeks  INT,
  next_intake          DATE,
  updated_at           DATETIME(3),
  last_verified_at     DATE,
  version              BIGINT       NOT NULL,
  CONSTRAINT fk_capacity_offer FOREIGN KEY (offer_id) REFERENCES offer (id)
);

-- The offer's version so far counted both kinds of change; it stays the definition's, and the
-- capacity starts at 0, so every ETag stays what it was.
INSERT INTO offer_capacity (offer_id, total, occupied, waiting_list, expected_wait_weeks, next_intake,
                            updated_at, last_verified_at, version)
SELECT id, places_total, places_occupied, waiting_list, expected_wait_weeks, next_intake,
       capacity_updated_at, last_verified_at, 0
FROM offer;

ALTER TABLE offer DROP COLUMN places_total;
ALTER TABLE offer DROP COLUMN places_occupied;
ALTER TABLE offer DROP COLUMN waiting_list;
ALTER TABLE offer DROP COLUMN expected_wait_weeks;
ALTER TABLE offer DROP COLUMN next_intake;
ALTER TABLE offer DROP COLUMN capacity_updated_at;
ALTER TABLE offer DROP COLUMN last_verified_at;
