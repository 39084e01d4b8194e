-- The inbox in the database (issue 14): one row per open user task of a declared kind, written in the engine's own
-- transaction when the task is created, assigned, escalated, completed or deleted (workflow.TaskItems), with the
-- business columns the inbox shows and filters on, its candidate groups and who may not be offered it (four eyes).
-- Lists and counts are paged SQL over these tables; nothing is filtered or sorted in Java.
CREATE TABLE task_item (
    task_id             VARCHAR(64)   PRIMARY KEY,
    task_key            VARCHAR(100)  NOT NULL,
    process_instance_id VARCHAR(64)   NOT NULL,
    subjects            VARCHAR(40)   NOT NULL,
    reference           VARCHAR(200)  NOT NULL,
    person              VARCHAR(200),
    unit_id             BIGINT        NOT NULL REFERENCES org_unit (id),
    unit_path           VARCHAR(400)  NOT NULL,
    route               VARCHAR(200)  NOT NULL,
    ids                 VARCHAR(2000) NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    due_at              TIMESTAMP WITH TIME ZONE,
    assignee            VARCHAR(100),
    badge               VARCHAR(100),
    grade               VARCHAR(40),
    amount              NUMERIC(14, 2),
    escalated_to        VARCHAR(20)
);
CREATE INDEX task_item_assignee ON task_item (assignee, due_at);
CREATE INDEX task_item_due ON task_item (due_at, task_id);
CREATE INDEX task_item_process ON task_item (process_instance_id);

-- A task's candidate groups, with copies of what the claimable list filters and sorts on, so that a group's list
-- and count are one index range (index-only for the count) however many tasks wait in it.
CREATE TABLE task_item_group (
    task_id   VARCHAR(64)  NOT NULL REFERENCES task_item (task_id) ON DELETE CASCADE,
    group_id  VARCHAR(100) NOT NULL,
    assigned  BOOLEAN      NOT NULL,
    due_at    TIMESTAMP WITH TIME ZONE,
    task_key  VARCHAR(100) NOT NULL,
    unit_path VARCHAR(400) NOT NULL,
    PRIMARY KEY (group_id, task_id)
);
CREATE INDEX task_item_group_task ON task_item_group (task_id);
CREATE INDEX task_item_group_open ON task_item_group (group_id, assigned, due_at, task_id, task_key, unit_path);

CREATE TABLE task_item_excluded (
    task_id  VARCHAR(64)  NOT NULL REFERENCES task_item (task_id) ON DELETE CASCADE,
    username VARCHAR(100) NOT NULL,
    PRIMARY KEY (task_id, username)
);
CREATE INDEX task_item_excluded_user ON task_item_excluded (username, task_id);

-- Tasks open before this version get their rows once the engine is up.
INSERT INTO process_migration (id, description, requested_at)
VALUES ('2026-12-task-items', 'The inbox table filled from the open tasks of the engine', CURRENT_TIMESTAMP);
