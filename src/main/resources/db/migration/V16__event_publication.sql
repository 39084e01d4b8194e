-- Spring Modulith's JDBC event publication registry (docs/events.md). Every event with a listener that runs after
-- the commit is stored here in the publishing transaction, one row per listener, and its row is deleted when that
-- listener has finished (spring.modulith.events.completion-mode=delete); a row left behind is an event not yet
-- handled, published again on start and by EventRetries. The columns are those of the library's own
-- schema-postgresql.sql / schema-h2.sql (spring-modulith-events-jdbc 1.4.4), which is switched off
-- (spring.modulith.events.jdbc.schema-initialization.enabled=false) so that Flyway alone owns the schema.
-- VARCHAR without a length is unbounded on PostgreSQL (like the library's TEXT) and 1,000,000 characters on H2.
CREATE TABLE event_publication (
    id               UUID                     NOT NULL PRIMARY KEY,
    listener_id      VARCHAR(512)             NOT NULL,
    event_type       VARCHAR(512)             NOT NULL,
    serialized_event VARCHAR                  NOT NULL,
    publication_date TIMESTAMP WITH TIME ZONE NOT NULL,
    completion_date  TIMESTAMP WITH TIME ZONE
);
-- The registry finds a publication by listener and event when it completes one, and the incomplete ones by date.
CREATE INDEX event_publication_by_listener_id_ix ON event_publication (listener_id);
CREATE INDEX event_publication_by_completion_date_ix ON event_publication (completion_date);
