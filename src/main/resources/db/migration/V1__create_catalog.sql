-- Reference data: municipalities, partnerships and their sub-regions, needs, school locations, providers.
CREATE TABLE municipality (
  code        VARCHAR(6)   NOT NULL PRIMARY KEY,
  name        VARCHAR(100) NOT NULL,
  province    VARCHAR(50)  NOT NULL,
  latitude    DECIMAL(8,5),
  longitude   DECIMAL(8,5)
);

CREATE TABLE partnership (
  id          VARCHAR(64)  NOT NULL PRIMARY KEY,
  name        VARCHAR(200) NOT NULL,
  sector      VARCHAR(8)   NOT NULL
);

CREATE TABLE subregion (
  id              VARCHAR(64)  NOT NULL PRIMARY KEY,
  partnership_id  VARCHAR(64)  NOT NULL,
  name            VARCHAR(200) NOT NULL,
  position        INT          NOT NULL,
  CONSTRAINT fk_subregion_partnership FOREIGN KEY (partnership_id) REFERENCES partnership (id)
);

CREATE TABLE subregion_municipality (
  subregion_id       VARCHAR(64) NOT NULL,
  municipality_code  VARCHAR(6)  NOT NULL,
  PRIMARY KEY (subregion_id, municipality_code),
  CONSTRAINT fk_submun_subregion FOREIGN KEY (subregion_id) REFERENCES subregion (id),
  CONSTRAINT fk_submun_municipality FOREIGN KEY (municipality_code) REFERENCES municipality (code)
);

CREATE TABLE need (
  code      VARCHAR(40)  NOT NULL PRIMARY KEY,
  label     VARCHAR(200) NOT NULL,
  position  INT          NOT NULL
);

CREATE TABLE need_synonym (
  need_code  VARCHAR(40)  NOT NULL,
  synonym    VARCHAR(100) NOT NULL,
  PRIMARY KEY (need_code, synonym),
  CONSTRAINT fk_synonym_need FOREIGN KEY (need_code) REFERENCES need (code)
);

CREATE TABLE school_location (
  code               VARCHAR(8)   NOT NULL PRIMARY KEY,
  brin               VARCHAR(4)   NOT NULL,
  name               VARCHAR(200) NOT NULL,
  street             VARCHAR(200),
  house_number       VARCHAR(20),
  postcode           VARCHAR(10),
  city               VARCHAR(100),
  municipality_code  VARCHAR(6)   NOT NULL,
  structure          VARCHAR(100),
  website            VARCHAR(300),
  CONSTRAINT fk_school_municipality FOREIGN KEY (municipality_code) REFERENCES municipality (code)
);

CREATE TABLE provider (
  id       VARCHAR(64)  NOT NULL PRIMARY KEY,
  name     VARCHAR(200) NOT NULL,
  kind     VARCHAR(40)  NOT NULL,
  brin     VARCHAR(4),
  website  VARCHAR(300)
);

-- The offer aggregate: one row per offer, child tables for its lists.
CREATE TABLE offer (
  id                        VARCHAR(100) NOT NULL PRIMARY KEY,
  name                      VARCHAR(300) NOT NULL,
  description               TEXT,
  type                      VARCHAR(40)  NOT NULL,
  status                    VARCHAR(20)  NOT NULL,
  min_age                   INT,
  max_age                   INT,
  tlv_required              BOOLEAN,
  care_indication_required  BOOLEAN,
  referral_route            VARCHAR(1000),
  only_pupils_of_school     VARCHAR(8),
  hours_min                 INT,
  hours_max                 INT,
  max_duration_weeks        INT,
  extension_weeks           INT,
  places_total              INT,
  places_occupied           INT,
  waiting_list              INT,
  expected_wait_weeks       INT,
  next_intake               DATE,
  capacity_updated_at       DATETIME(3),
  housed_at_school          BOOLEAN,
  contact_name              VARCHAR(200),
  contact_email             VARCHAR(200),
  contact_phone             VARCHAR(50),
  website                   VARCHAR(300),
  source                    VARCHAR(500),
  synthetic                 BOOLEAN      NOT NULL,
  last_verified_at          DATE,
  version                   BIGINT       NOT NULL,
  created_at                DATETIME(3)  NOT NULL,
  updated_at                DATETIME(3)  NOT NULL
);
CREATE INDEX ix_offer_name ON offer (name);

CREATE TABLE offer_provider (
  offer_id     VARCHAR(100) NOT NULL,
  provider_id  VARCHAR(64)  NOT NULL,
  role         VARCHAR(20)  NOT NULL,
  position     INT          NOT NULL,
  PRIMARY KEY (offer_id, provider_id),
  CONSTRAINT fk_offprov_offer FOREIGN KEY (offer_id) REFERENCES offer (id),
  CONSTRAINT fk_offprov_provider FOREIGN KEY (provider_id) REFERENCES provider (id)
);
CREATE INDEX ix_offer_provider_provider ON offer_provider (provider_id);

CREATE TABLE offer_location (
  offer_id              VARCHAR(100) NOT NULL,
  position              INT          NOT NULL,
  name                  VARCHAR(200) NOT NULL,
  street                VARCHAR(200),
  house_number          VARCHAR(20),
  postcode              VARCHAR(10),
  city                  VARCHAR(100),
  municipality_code     VARCHAR(6),
  school_location_code  VARCHAR(8),
  PRIMARY KEY (offer_id, position),
  CONSTRAINT fk_offloc_offer FOREIGN KEY (offer_id) REFERENCES offer (id)
);

CREATE TABLE offer_municipality (
  offer_id           VARCHAR(100) NOT NULL,
  municipality_code  VARCHAR(6)   NOT NULL,
  PRIMARY KEY (offer_id, municipality_code),
  CONSTRAINT fk_offmun_offer FOREIGN KEY (offer_id) REFERENCES offer (id),
  CONSTRAINT fk_offmun_municipality FOREIGN KEY (municipality_code) REFERENCES municipality (code)
);
CREATE INDEX ix_offer_municipality_code ON offer_municipality (municipality_code);

CREATE TABLE offer_sector (
  offer_id  VARCHAR(100) NOT NULL,
  sector    VARCHAR(8)   NOT NULL,
  PRIMARY KEY (offer_id, sector),
  CONSTRAINT fk_offsec_offer FOREIGN KEY (offer_id) REFERENCES offer (id)
);

CREATE TABLE offer_level (
  offer_id    VARCHAR(100) NOT NULL,
  level_code  VARCHAR(8)   NOT NULL,
  PRIMARY KEY (offer_id, level_code),
  CONSTRAINT fk_offlev_offer FOREIGN KEY (offer_id) REFERENCES offer (id)
);

CREATE TABLE offer_need (
  offer_id   VARCHAR(100) NOT NULL,
  need_code  VARCHAR(40)  NOT NULL,
  position   INT          NOT NULL,
  PRIMARY KEY (offer_id, need_code),
  CONSTRAINT fk_offneed_offer FOREIGN KEY (offer_id) REFERENCES offer (id),
  CONSTRAINT fk_offneed_need FOREIGN KEY (need_code) REFERENCES need (code)
);
CREATE INDEX ix_offer_need_code ON offer_need (need_code);

CREATE TABLE offer_funding (
  offer_id       VARCHAR(100) NOT NULL,
  position       INT          NOT NULL,
  source         VARCHAR(40)  NOT NULL,
  share_percent  INT,
  until          DATE,
  PRIMARY KEY (offer_id, position),
  CONSTRAINT fk_offfund_offer FOREIGN KEY (offer_id) REFERENCES offer (id)
);

-- Every change, in the transaction that makes it; nodes follow it to refresh their own index.
CREATE TABLE change_log (
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  entity      VARCHAR(40)  NOT NULL,
  entity_id   VARCHAR(100) NOT NULL,
  changed_at  DATETIME(3)  NOT NULL
);

-- One row; imports lock it so that nodes starting together import the catalogue once.
CREATE TABLE catalog_import (
  id           INT         NOT NULL PRIMARY KEY,
  imported_at  DATETIME(3)
);
INSERT INTO catalog_import (id, imported_at) VALUES (1, NULL);
