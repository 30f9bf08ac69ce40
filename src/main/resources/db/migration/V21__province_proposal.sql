-- The province's review of the communes' Bằng khen proposals (issue 14, API.md "One installation for a whole
-- province"): runs unchanged on PostgreSQL and H2. V20 is the tenancy migration.

-- One proposal a commune sent to the province: a dossier decided alone, or every dossier of a batch decision.
create table province_proposal (
    id                 uuid          primary key,
    commune_code       varchar(40)   not null,
    -- what groups the dossiers of one chairman's decision into one proposal (the dossier id when decided alone)
    batch_key          varchar(80)   not null,
    batch_size         integer       not null,
    submission_number  varchar(80),
    status             varchar(20)   not null,
    stage              varchar(40),
    sent_at            timestamp with time zone not null,
    due                timestamp with time zone,
    return_comment     varchar(4000),
    resend_due         timestamp with time zone,
    decision_year      integer,
    decision_sequence  integer,
    decision_number    varchar(80),
    decided_on         date,
    decided_by         varchar(64),
    council_meeting    date,
    council_total      integer,
    council_present    integer,
    constraint uq_province_proposal_batch unique (batch_key)
);
create index ix_province_proposal_commune on province_proposal (commune_code, status);

create table province_proposal_dossier (
    proposal_id  uuid     not null references province_proposal (id),
    dossier_id   uuid     not null references dossier (id),
    position     integer  not null,
    constraint pk_province_proposal_dossier primary key (proposal_id, dossier_id)
);
create index ix_province_proposal_dossier on province_proposal_dossier (dossier_id);

-- The province's result for each nominee the commune proposed for the Bằng khen.
create table province_proposal_nominee (
    proposal_id  uuid          not null references province_proposal (id),
    nominee_id   uuid          not null references nominee (id),
    appraisal    varchar(20),
    note         varchar(4000),
    votes_for    integer,
    passed       boolean,
    awarded      boolean,
    constraint pk_province_proposal_nominee primary key (proposal_id, nominee_id)
);

-- What happened to a proposal, in order: sent, each stage, returned, resent, decided.
create table province_proposal_history (
    id           uuid          primary key,
    proposal_id  uuid          not null references province_proposal (id),
    at           timestamp with time zone not null,
    actor        varchar(64)   not null,
    action       varchar(40)   not null,
    stage        varchar(40),
    comment      varchar(4000)
);
create index ix_province_proposal_history on province_proposal_history (proposal_id, at);

-- The province's decision numbers, from 1 each year, without a gap.
create table province_decision_counter (
    decision_year  integer primary key,
    last_number    integer not null
);

-- The province decision as drawn up when it was taken (Decree 30 layout).
create table province_decision_document (
    proposal_id   uuid          not null references province_proposal (id),
    format        varchar(8)    not null,
    content_type  varchar(100)  not null,
    sha256        varchar(64)   not null,
    content       bytea         not null,
    created_at    timestamp with time zone not null,
    constraint pk_province_decision_document primary key (proposal_id, format)
);
