-- Master-key rotation (docs/governance.md, "Master-key rotation"): which master key wrapped each data key,
-- by its fingerprint (8 bytes of SHA-256 over the key, hex). Null for keys wrapped before this column
-- existed: the platform then tries each configured master key, and the next rewrap fills it in.
alter table cf_data_key add column master_key varchar(16);
create index ix_data_key_master_key on cf_data_key (master_key);
