-- A hardship file's life is no longer one process instance (issue 13): the application, each follow-up period, visit,
-- yearly review and exit are instances of their own. Running whole-life instances move to them (FileLineMigration).
INSERT INTO process_migration (id, description, requested_at)
VALUES ('2026-12-file-line', 'Whole-life hardship-file instances to the application, follow-up period and exit processes',
        CURRENT_TIMESTAMP);
