-- Digital signatures (issue 15): runs unchanged on PostgreSQL and H2.

-- A signed decision keeps one PDF: the signed file replaces the frozen one; the frozen file's hash stays known.
alter table decision_document add column signed_at timestamp with time zone;
alter table decision_document add column signer_name varchar(300);
alter table decision_document add column unsigned_sha256 varchar(64);

-- The first step of a two-step signature (a key on the signer's USB token): the prepared PDF waits here for the
-- signature value; used once.
create table signature_request (
    id            uuid          primary key,
    decision_id   uuid          not null references decision (id),
    certificate   bytea         not null,
    prepared_pdf  bytea         not null,
    requested_by  varchar(64)   not null,
    requested_at  timestamp with time zone not null
);
create index ix_signature_request_decision on signature_request (decision_id);

-- The signatures found in an uploaded PDF when it was received (JSON list; null: not checked yet).
alter table dossier_document add column signatures varchar(8000);
