-- The group of pupils an offer is meant for, when it names one (such as pupils who would otherwise be
-- referred to special education).
ALTER TABLE offer ADD COLUMN target_group VARCHAR(40);

-- A gap keeps the pupil's target groups, where the case stood on the escalation ladder, the reasons in
-- order with their explanation, and whether a later match of the case found a place.
ALTER TABLE gap ADD COLUMN target_groups VARCHAR(200);
ALTER TABLE gap ADD COLUMN escalation_stage VARCHAR(30);
ALTER TABLE gap ADD COLUMN weeks_to_next_stage INT;
ALTER TABLE gap ADD COLUMN place_found_offer_id VARCHAR(100);
ALTER TABLE gap ADD COLUMN place_found_at DATETIME(3);
ALTER TABLE gap_reason ADD COLUMN position INT NOT NULL DEFAULT 0;
ALTER TABLE gap_reason ADD COLUMN explanation VARCHAR(1000);
