-- Official documents (issue 6): runs unchanged on PostgreSQL and H2.

-- The template set a campaign's documents are drawn up with, named by its legal reference
-- (ND152-2025 = Nghị định 152/2025/NĐ-CP, in force since 01/07/2025; ND98-2023 = Nghị định 98/2023/NĐ-CP, mẫu 08).
alter table campaign add column document_template varchar(32) default 'ND152-2025' not null;

-- One meeting of the commune council for many dossiers (API.md "Council sessions ...").
create table council_session (
    id                       uuid          primary key,
    campaign_id              uuid          not null references campaign (id),
    meeting_date             date          not null,
    members_total            integer       not null,
    members_present          integer       not null,
    absent_written_opinions  integer       not null,
    comment                  varchar(4000),
    recorded_by              varchar(64)   not null,
    recorded_at              timestamp with time zone not null
);
create index ix_council_session_campaign on council_session (campaign_id);

-- The votes as the minutes record them: a snapshot of each nominee at the meeting (no foreign key to nominee,
-- so a later amendment of the dossier can neither break nor change the minutes).
create table council_vote (
    session_id      uuid          not null references council_session (id),
    nominee_id      uuid          not null,
    dossier_id      uuid          not null references dossier (id),
    line_no         integer       not null,
    nominee_type    varchar(16)   not null,
    full_name       varchar(300)  not null,
    position_title  varchar(300),
    unit_name       varchar(200)  not null,
    proposed_award  varchar(40),
    votes_for       integer       not null,
    passed          boolean       not null,
    constraint pk_council_vote primary key (session_id, nominee_id)
);

-- The dossiers a decision was taken for (a batch decision has many; the per-dossier path one).
create table decision_dossier (
    decision_id  uuid  not null references decision (id),
    dossier_id   uuid  not null references dossier (id),
    constraint pk_decision_dossier primary key (decision_id, dossier_id)
);

-- The decision as signed: rendered once, then served as stored (content hash for verification).
create table decision_document (
    decision_id   uuid          not null references decision (id),
    format        varchar(8)    not null,
    content_type  varchar(100)  not null,
    size_bytes    bigint        not null,
    sha256        varchar(64)   not null,
    content       bytea         not null,
    created_at    timestamp with time zone not null,
    constraint pk_decision_document primary key (decision_id, format)
);
