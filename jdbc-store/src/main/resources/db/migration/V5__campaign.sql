-- The campaign kept in the database, once a coordinator imported one (relais campaign import) or
-- changed one in the chat; while this table is empty, the campaign of the settings is in force.
-- (V4 belongs to the broadcasts, developed alongside: the two files do not depend on each other.)
--
-- An action is one document (CampaignCodec's key=value lines), not rows of six tables: it is always
-- read and written whole, nothing queries inside it, and a field added later needs no migration.
-- Its id (what statistics and drafts refer to), its place and whether it is closed are columns.

-- One row (id 1): the campaign's own fields, and the version every change of the campaign bumps,
-- which each instance reads on every event to know whether its cached copy is still current.
CREATE TABLE campaign (
    id      SMALLINT         NOT NULL PRIMARY KEY,
    data    VARCHAR(1000000) NOT NULL,
    version BIGINT           NOT NULL
);

CREATE TABLE campaign_action (
    action_id  VARCHAR(64)      NOT NULL PRIMARY KEY,
    sort_order INTEGER          NOT NULL,
    closed     BOOLEAN          NOT NULL,
    data       VARCHAR(1000000) NOT NULL,
    UNIQUE (sort_order)
);
