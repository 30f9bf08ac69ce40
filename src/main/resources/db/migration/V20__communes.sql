-- Communes as tenants (issue 14): one installation serves every commune of a province.
-- Every business row belongs to a commune; rows of a database that served one commune go to the installation's
-- default commune (app.commune.default-code, Flyway placeholder default-commune). Nothing else changes for them.
-- The commune-dependent column defaults, the SQL functions and (PostgreSQL) the row-level security policies
-- follow in V20_2 (db/vendor/{h2,postgresql}); the unit key per commune in db.migration.V20_1__UnitKeyPerCommune.
-- Runs unchanged on PostgreSQL and H2.

create table commune (
    code        varchar(40)   primary key,
    name        varchar(200)  not null,
    created_at  timestamp with time zone not null
);
insert into commune (code, name, created_at) values ('${default-commune}', '${default-commune-name}', current_timestamp);

alter table unit add column commune_code varchar(40) default '${default-commune}' not null;
alter table campaign add column commune_code varchar(40) default '${default-commune}' not null;
alter table dossier add column commune_code varchar(40) default '${default-commune}' not null;
alter table nominee add column commune_code varchar(40) default '${default-commune}' not null;
alter table dossier_document add column commune_code varchar(40) default '${default-commune}' not null;
alter table dossier_history add column commune_code varchar(40) default '${default-commune}' not null;
alter table submit_request add column commune_code varchar(40) default '${default-commune}' not null;
alter table decision add column commune_code varchar(40) default '${default-commune}' not null;
alter table notification add column commune_code varchar(40) default '${default-commune}' not null;
alter table council_session add column commune_code varchar(40) default '${default-commune}' not null;
alter table council_vote add column commune_code varchar(40) default '${default-commune}' not null;
alter table decision_dossier add column commune_code varchar(40) default '${default-commune}' not null;
alter table decision_document add column commune_code varchar(40) default '${default-commune}' not null;
alter table task_projection add column commune_code varchar(40) default '${default-commune}' not null;
alter table task_projection_candidate add column commune_code varchar(40) default '${default-commune}' not null;
alter table achievement_report add column commune_code varchar(40) default '${default-commune}' not null;
alter table achievement_report_row add column commune_code varchar(40) default '${default-commune}' not null;
alter table public_posting add column commune_code varchar(40) default '${default-commune}' not null;
alter table posting_feedback add column commune_code varchar(40) default '${default-commune}' not null;
alter table delegation add column commune_code varchar(40) default '${default-commune}' not null;
alter table task_filter add column commune_code varchar(40) default '${default-commune}' not null;
alter table signature_request add column commune_code varchar(40) default '${default-commune}' not null;

-- indexes that lead with the commune: the lists and counts of one commune
create index ix_campaign_commune on campaign (commune_code);
create index ix_dossier_commune_status on dossier (commune_code, status);
create index ix_decision_commune on decision (commune_code, decision_year, sequence_no);
create index ix_task_projection_commune on task_projection (commune_code);

-- campaign codes and decision numbers are per commune
alter table campaign drop constraint uq_campaign_code;
alter table campaign add constraint uq_campaign_code unique (commune_code, code);
alter table decision drop constraint uq_decision_number;
alter table decision add constraint uq_decision_number unique (commune_code, decision_year, sequence_no);

-- the yearly decision counter, now one per commune and year
create table commune_counter (
    commune_code  varchar(40)  not null references commune (code),
    kind          varchar(20)  not null,
    counter_year  integer      not null,
    last_number   integer      not null,
    constraint pk_commune_counter primary key (commune_code, kind, counter_year)
);
insert into commune_counter (commune_code, kind, counter_year, last_number)
    select '${default-commune}', 'DECISION', decision_year, last_number from decision_counter;
drop table decision_counter;
