-- Every change to what an account may do (role, provider, enabled, password) counts up its
-- credentials version; a bearer token carries the version it was issued for and dies with it.
ALTER TABLE account ADD COLUMN credentials_version INT NOT NULL DEFAULT 0;

-- User names compare byte for byte, so that 'COORDINATOR', 'coördinator' and 'coordinator ' are
-- not 'coordinator' on MySQL. H2 compares exactly already and ignores the collation.
ALTER TABLE account MODIFY username VARCHAR(100) NOT NULL COLLATE utf8mb4_bin;
