-- Each commune signs its decisions with its own key (issue 15): the key entry's alias in the installation's key
-- store, or the key's label on the token. Null follows the installation's default, app.signing.alias.
-- The issuer block of onboarding moves into commune_settings and commune_issuer goes (db/vendor/*/V23_0_1).
-- Runs unchanged on PostgreSQL and H2.
alter table commune_settings add column signing_key_alias varchar(200);
