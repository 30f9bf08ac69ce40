-- Optional public posting (niêm yết công khai) of a dossier's nominees before the council meets, and the
-- feedback citizens send while it is open. Runs unchanged on PostgreSQL and H2.

-- Working days of posting for the campaign's dossiers; null = app.workflow.public-posting-days, 0 = no posting.
alter table campaign add column public_posting_days integer;

-- One posting per dossier (a dossier that comes back through appraisal is posted again: the row is reused).
-- Open while closed_at is null, the clock is before ends_at and the dossier is IN_REVIEW.
create table public_posting (
    dossier_id   uuid          primary key references dossier (id) on delete cascade,
    campaign_id  uuid          not null references campaign (id),
    starts_at    timestamp with time zone not null,
    ends_at      timestamp with time zone not null,
    closed_at    timestamp with time zone
);
create index ix_public_posting_campaign on public_posting (campaign_id, ends_at);

-- What citizens sent. sender_hash: keyed SHA-256 of the sender's IP address, for abuse review without
-- keeping the address itself.
create table posting_feedback (
    id           uuid          primary key,
    dossier_id   uuid          not null references dossier (id) on delete cascade,
    nominee_id   uuid          references nominee (id) on delete set null,
    sender_name  varchar(200)  not null,
    contact      varchar(200),
    content      varchar(2000) not null,
    received_at  timestamp with time zone not null,
    sender_hash  varchar(64)   not null
);
create index ix_posting_feedback_dossier on posting_feedback (dossier_id, received_at);
