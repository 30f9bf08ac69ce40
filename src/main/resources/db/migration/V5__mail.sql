-- Delivery of the notification outbox (issue 4). Runs unchanged on PostgreSQL and H2.
-- next_attempt_at: when the dispatcher may (re)try the row; locked_until + lock_token: the lease of the node
-- that is sending it (status SENDING), so two nodes never send the same row at once; message_id: the stable
-- Message-ID the row was sent with (a digest shares one).
alter table notification add column next_attempt_at timestamp with time zone;
alter table notification add column locked_until timestamp with time zone;
alter table notification add column lock_token varchar(40);
alter table notification add column message_id varchar(200);
update notification set next_attempt_at = created_at where next_attempt_at is null;
alter table notification alter column next_attempt_at set not null;
create index ix_notification_due on notification (status, next_attempt_at);
create index ix_notification_campaign on notification (campaign_id);
