-- A gap: a match that found no suitable offer with a place in time. Only coded facts of the profile
-- are kept; of the coordinator's case reference only a keyed hash (HMAC-SHA256, hex).
CREATE TABLE gap (
  id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  case_hash            VARCHAR(64),
  recorded_at          DATETIME(3)  NOT NULL,
  updated_at           DATETIME(3)  NOT NULL,
  times_matched        INT          NOT NULL,
  age                  INT          NOT NULL,
  sector               VARCHAR(8)   NOT NULL,
  level_code           VARCHAR(8),
  municipality_code    VARCHAR(6)   NOT NULL,
  primary_need         VARCHAR(40)  NOT NULL,
  absence_status       VARCHAR(20)  NOT NULL,
  weeks_absent         INT          NOT NULL,
  has_tlv              BOOLEAN      NOT NULL,
  has_care_indication  BOOLEAN      NOT NULL,
  hours_per_week       INT,
  outcome              VARCHAR(20),
  placed_offer_id      VARCHAR(100),
  resolved_at          DATETIME(3),
  CONSTRAINT uq_gap_case UNIQUE (case_hash)
);
CREATE INDEX ix_gap_primary_need ON gap (primary_need);

CREATE TABLE gap_need (
  gap_id     BIGINT      NOT NULL,
  position   INT         NOT NULL,
  need_code  VARCHAR(40) NOT NULL,
  PRIMARY KEY (gap_id, position),
  CONSTRAINT fk_gapneed_gap FOREIGN KEY (gap_id) REFERENCES gap (id)
);

CREATE TABLE gap_reason (
  gap_id  BIGINT      NOT NULL,
  reason  VARCHAR(40) NOT NULL,
  PRIMARY KEY (gap_id, reason),
  CONSTRAINT fk_gapreason_gap FOREIGN KEY (gap_id) REFERENCES gap (id)
);
CREATE INDEX ix_gap_reason ON gap_reason (reason);

-- The best candidates for the primary need and why each failed (one line per reason).
CREATE TABLE gap_candidate (
  gap_id      BIGINT        NOT NULL,
  position    INT           NOT NULL,
  offer_id    VARCHAR(100)  NOT NULL,
  offer_name  VARCHAR(300)  NOT NULL,
  why         VARCHAR(2000) NOT NULL,
  PRIMARY KEY (gap_id, position),
  CONSTRAINT fk_gapcand_gap FOREIGN KEY (gap_id) REFERENCES gap (id)
);

-- Secrets the service generates for itself when none is configured (embedded default only).
CREATE TABLE server_secret (
  name   VARCHAR(40)  NOT NULL PRIMARY KEY,
  value  VARCHAR(100) NOT NULL
);
