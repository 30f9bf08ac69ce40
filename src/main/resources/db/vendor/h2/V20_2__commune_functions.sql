-- H2 (the demo database): the commune functions are Java methods reading the thread's CommuneContext (H2 runs
-- in the application's JVM, on the caller's thread). H2 has no row-level security: the in_commune filter of the
-- stores is the wall here (PostgreSQL adds its policies, db/vendor/postgresql).
create alias if not exists app_commune for 'vn.bacson.khenthuong.commune.CommuneContext.forDatabase';
create alias if not exists in_commune for 'vn.bacson.khenthuong.commune.CommuneContext.visible';

alter table unit alter column commune_code set default app_commune();
alter table campaign alter column commune_code set default app_commune();
alter table dossier alter column commune_code set default app_commune();
alter table nominee alter column commune_code set default app_commune();
alter table dossier_document alter column commune_code set default app_commune();
alter table dossier_history alter column commune_code set default app_commune();
alter table submit_request alter column commune_code set default app_commune();
alter table decision alter column commune_code set default app_commune();
alter table notification alter column commune_code set default app_commune();
alter table council_session alter column commune_code set default app_commune();
alter table council_vote alter column commune_code set default app_commune();
alter table decision_dossier alter column commune_code set default app_commune();
alter table decision_document alter column commune_code set default app_commune();
alter table task_projection alter column commune_code set default app_commune();
alter table task_projection_candidate alter column commune_code set default app_commune();
alter table achievement_report alter column commune_code set default app_commune();
alter table achievement_report_row alter column commune_code set default app_commune();
alter table public_posting alter column commune_code set default app_commune();
alter table posting_feedback alter column commune_code set default app_commune();
alter table delegation alter column commune_code set default app_commune();
alter table task_filter alter column commune_code set default app_commune();
alter table signature_request alter column commune_code set default app_commune();
