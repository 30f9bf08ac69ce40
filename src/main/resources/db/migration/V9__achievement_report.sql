-- The achievement report (Báo cáo thành tích) a unit fills in on the system instead of uploading a file: one per
-- nominee, with the sections of the thematic-campaign form (Decree 152/2025; Decree 98/2023 mẫu 08).
-- Runs unchanged on PostgreSQL and H2. Removing the nominee (or its dossier) removes the report.
create table achievement_report (
    nominee_id    uuid          primary key references nominee (id) on delete cascade,
    dossier_id    uuid          not null references dossier (id) on delete cascade,
    -- I. sơ lược lý lịch (cá nhân) / đặc điểm, tình hình (tập thể, hộ gia đình); name, birth year and position
    -- come from the nominee itself
    address       varchar(300),
    founded_year  integer,
    duties        varchar(2000),
    background    varchar(4000),
    -- II. thành tích: sáng kiến, giải pháp; hành động, việc làm cụ thể (the results per content are the rows)
    initiatives   varchar(4000),
    deeds         varchar(4000),
    -- the signature block of the unit head
    signer_title  varchar(200),
    signer_name   varchar(200),
    updated_at    timestamp with time zone not null,
    updated_by    varchar(64)   not null
);
create index ix_achievement_report_dossier on achievement_report (dossier_id);

-- II. the results against the campaign's emulation contents (plan section II), in the order the unit wrote them.
create table achievement_report_row (
    nominee_id   uuid          not null references achievement_report (nominee_id) on delete cascade,
    line_no      integer       not null,
    content      varchar(16)   not null,
    result_text  varchar(4000) not null,
    constraint pk_achievement_report_row primary key (nominee_id, line_no)
);
