-- The yearly review notifies its files in batches, each in its own transaction (issue 13): how many files of a run
-- have been told so far, shown as the run's progress.
ALTER TABLE reverification_run ADD COLUMN notified_count INTEGER DEFAULT 0 NOT NULL;
