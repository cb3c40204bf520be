CREATE TABLE account (
  id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  username       VARCHAR(100) NOT NULL,
  password_hash  VARCHAR(100) NOT NULL,
  role           VARCHAR(20)  NOT NULL,
  provider_id    VARCHAR(64),
  enabled        BOOLEAN      NOT NULL,
  created_at     DATETIME(3)  NOT NULL,
  CONSTRAINT uq_account_username UNIQUE (username),
  CONSTRAINT fk_account_provider FOREIGN KEY (provider_id) REFERENCES provider (id)
);
