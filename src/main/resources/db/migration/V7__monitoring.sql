-- Monitoring dashboard (issue 5): indexes for its aggregate queries, which all filter by campaign.
-- Runs unchanged on PostgreSQL and H2.
-- Units' progress: group the campaign's dossiers by unit without touching the table rows for the counts.
create index ix_dossier_campaign_unit on dossier (campaign_id, unit_code, status);
-- Dossiers waiting at a stage (dossiersByStage, the list behind a diagram number).
create index ix_dossier_campaign_stage on dossier (campaign_id, stage, status);
-- FAILED e-mails of a campaign (incidents).
create index ix_notification_campaign_status on notification (campaign_id, status);
