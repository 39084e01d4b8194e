-- Running process instances move to new model versions through versioned steps (issue 13): Flyway records that a
-- step is due, the application runs it with Camunda's migration API once the engine has deployed the new models,
-- and writes down what moved and what could not.
CREATE TABLE process_migration (
    id           VARCHAR(100)  PRIMARY KEY,
    description  VARCHAR(1000) NOT NULL,
    requested_at TIMESTAMP WITH TIME ZONE NOT NULL,
    done_at      TIMESTAMP WITH TIME ZONE,
    migrated     INTEGER,
    failed       INTEGER,
    report       VARCHAR(4000)
);

-- The case processes lose their escalation timers and steps (SLA by one sweep over the tasks' follow-up dates):
-- running instances move to the new versions, and each waiting task keeps the moment its timer would have fired.
INSERT INTO process_migration (id, description, requested_at)
VALUES ('2026-12-sla-sweep', 'Case processes without escalation timers: running instances to the new versions',
        CURRENT_TIMESTAMP);
