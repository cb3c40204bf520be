-- Every capacity change and confirmation: who, when, the numbers before and after.
CREATE TABLE capacity_history (
  id                         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  offer_id                   VARCHAR(100) NOT NULL,
  recorded_at                DATETIME(3)  NOT NULL,
  actor                      VARCHAR(100) NOT NULL,
  kind                       VARCHAR(10)  NOT NULL,
  old_total                  INT,
  old_occupied               INT,
  old_waiting_list           INT,
  old_expected_wait_weeks    INT,
  old_next_intake            DATE,
  new_total                  INT,
  new_occupied               INT,
  new_waiting_list           INT,
  new_expected_wait_weeks    INT,
  new_next_intake            DATE,
  CONSTRAINT fk_caphist_offer FOREIGN KEY (offer_id) REFERENCES offer (id)
);
CREATE INDEX ix_capacity_history_offer ON capacity_history (offer_id, id);

-- Who changed what and when, written in the transaction of the change.
CREATE TABLE audit_log (
  id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  recorded_at  DATETIME(3)  NOT NULL,
  actor        VARCHAR(100) NOT NULL,
  action       VARCHAR(40)  NOT NULL,
  entity       VARCHAR(40)  NOT NULL,
  entity_id    VARCHAR(100) NOT NULL,
  detail       TEXT
);
CREATE INDEX ix_audit_log_entity ON audit_log (entity, entity_id, id);
