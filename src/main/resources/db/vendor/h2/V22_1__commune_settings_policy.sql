-- H2 has no row-level security: the in_commune filter of commune.CommuneSettingsStore is the wall here
-- (PostgreSQL adds its policy, db/vendor/postgresql/V22_1). Kept so both vendors have the same versions.
select 1;
