-- The reviewers' task list (GET /api/tasks) reads this projection of the engine's open stage tasks instead of the
-- engine's task query (docs/architecture.md, "The task list"). One row per open user task whose id is one of
-- dossier.Stage's task definition keys; written by tasklist.TaskProjection, a built-in task listener, in the same
-- transaction as the engine command, and reconciled with ACT_RU_TASK at every start (TaskProjectionReconciler).
-- created and due mirror ACT_RU_TASK.CREATE_TIME_ / DUE_DATE_ (timestamp without time zone, as the engine
-- writes them), so order and overdue comparisons are the engine's. Runs unchanged on PostgreSQL and H2.
create table task_projection (
    task_id              varchar(64)   primary key,
    process_instance_id  varchar(64)   not null,
    dossier_id           uuid,
    campaign_id          uuid,
    unit_code            varchar(64),
    stage                varchar(40)   not null,
    task_name            varchar(255),
    -- the task's candidate group when it has exactly one (every stage task of the BPMN); null when it has none
    -- or several (added by hand in Tasklist or engine-rest: then they are all in task_projection_candidate)
    candidate_group      varchar(255),
    assignee             varchar(255),
    created              timestamp     not null,
    due                  timestamp
);
-- The list's order (due asc, no due last, then created, then id) and the overdue filter (a range on due).
create index ix_task_projection_order on task_projection (due, created, task_id);
-- Visibility: the caller's candidate groups (with the stage filter), or the tasks assigned to them (assignee=me).
create index ix_task_projection_group on task_projection (candidate_group, stage, due, created, task_id);
create index ix_task_projection_assignee on task_projection (assignee, due, created, task_id);
-- The campaign filter (with the stage filter), in the list's order; the unit filter.
create index ix_task_projection_campaign on task_projection (campaign_id, stage, due, created, task_id);
create index ix_task_projection_unit on task_projection (unit_code, stage);

-- Candidate groups of the rare task that has more than one; empty as long as nobody edits a task's groups.
create table task_projection_candidate (
    task_id   varchar(64)   not null references task_projection (task_id) on delete cascade,
    group_id  varchar(255)  not null,
    primary key (task_id, group_id)
);
create index ix_task_projection_candidate_group on task_projection_candidate (group_id);
