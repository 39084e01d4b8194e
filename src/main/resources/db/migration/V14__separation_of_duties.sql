-- Separation of duties (issue 12, H2/H3).
-- Who touched one aid request (requested or revised it): none of them may decide it on any tier. Who touched the
-- case as a whole (filed, reviewed, visited, revised the file, supplied data) stays in case_participant.
CREATE TABLE aid_request_participant (
    aid_request_id BIGINT      NOT NULL REFERENCES aid_request (id),
    username       VARCHAR(64) NOT NULL,
    part           VARCHAR(20) NOT NULL,
    PRIMARY KEY (aid_request_id, username, part)
);

-- Who submitted a unit's campaign recipients: they may not approve them either.
ALTER TABLE campaign_unit ADD COLUMN submitted_by VARCHAR(64);
