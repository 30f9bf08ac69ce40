-- Per-commune settings (issue 14): what a commune sets for itself over the defaults of config/application.yml.
-- One row per commune, written by the system administrator or the commune's chairman (commune.CommuneSettings).
-- A null column follows the configured default; a value equal to the default is stored as null, so a later
-- change of config/ reaches every commune that did not set its own. Lists are text, one item per line.
-- The row-level security policy (PostgreSQL) is in db/vendor/postgresql/V22_1.
-- Runs unchanged on PostgreSQL and H2.
create table commune_settings (
    commune_code               varchar(40)   primary key references commune (code),
    issuer_name                varchar(200),
    header_lines               varchar(1000),
    superior_body              varchar(200),
    place_name                 varchar(100),
    province                   varchar(100),
    signer_authority           varchar(100),
    signer_title               varchar(100),
    signer_name                varchar(100),
    decision_number_pattern    varchar(60),
    submission_number_pattern  varchar(60),
    quorum_numerator           integer,
    quorum_denominator         integer,
    threshold_numerator        integer,
    threshold_denominator      integer,
    stage_working_days         varchar(1000),
    mail_from                  varchar(300),
    seal_png                   bytea,
    local_holidays             varchar(4000),
    updated_at                 timestamp with time zone not null,
    updated_by                 varchar(100)
);
