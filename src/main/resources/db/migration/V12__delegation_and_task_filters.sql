-- Delegation (ủy quyền, docs/api.md "Delegation"): delegator names a colleague of the same review role for an
-- inclusive range of dates in Asia/Ho_Chi_Minh. Whether it is in force is computed on every read from the
-- application clock, so it ends by itself at the end date: nothing is written into the engine.
create table delegation (
    id          uuid          primary key,
    delegator   varchar(255)  not null,
    delegate    varchar(255)  not null,
    starts_on   date          not null,
    ends_on     date          not null,
    created     timestamp     not null,
    constraint ck_delegation_range check (starts_on <= ends_on),
    constraint ck_delegation_not_self check (delegator <> delegate)
);
create index ix_delegation_delegate on delegation (delegate, starts_on, ends_on);
create index ix_delegation_delegator on delegation (delegator, starts_on, ends_on);

-- Saved filters of the task list (bộ lọc đã lưu), per user; query is the list's query string (stage, campaignId,
-- unit, overdue, scope), applied as /tasks?{query}.
create table task_filter (
    id          uuid          primary key,
    username    varchar(255)  not null,
    name        varchar(100)  not null,
    query       varchar(1000) not null,
    created     timestamp     not null,
    constraint uq_task_filter_name unique (username, name)
);
