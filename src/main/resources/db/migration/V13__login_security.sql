-- Login security: a password that must be changed at the next login (the first administrator, created from the
-- settings), and per-account lockout after repeated failed logins.
ALTER TABLE app_user ADD COLUMN password_must_change BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE app_user ADD COLUMN failed_logins INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE app_user ADD COLUMN locked_until TIMESTAMP WITH TIME ZONE;
