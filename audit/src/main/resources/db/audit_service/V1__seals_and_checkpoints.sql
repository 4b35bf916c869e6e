-- The hash chain over the event store, the Merkle tree over its links, and the signed checkpoints.
-- Written only by the sealer; nothing here is ever updated.

-- One sealing: the events of the transactions that ended between the horizon of the batch before
-- and this one, sealed in global-index order.
CREATE TABLE seal_batches (
    batch_no       BIGINT      PRIMARY KEY,
    -- every transaction below it had ended when the batch was sealed
    horizon        xid8        NOT NULL,
    -- no transaction at or above it had begun
    snapshot_xmax  xid8        NOT NULL,
    -- the event store's last global index handed out, read just before the snapshot
    issued_before  BIGINT      NOT NULL,
    first_position BIGINT      NOT NULL,
    event_count    INTEGER     NOT NULL,
    sealed_at      TIMESTAMPTZ NOT NULL
);

-- A link of the chain per event, in sealing order: position is the event's leaf in the tree.
CREATE TABLE sealed_events (
    position         BIGINT PRIMARY KEY,
    global_index     BIGINT NOT NULL UNIQUE,
    -- checked at commit: the links stream in before their batch row is written
    batch_no         BIGINT NOT NULL REFERENCES seal_batches (batch_no) DEFERRABLE INITIALLY DEFERRED,
    identity_digest  BYTEA  NOT NULL,
    payload_digest   BYTEA  NOT NULL,
    meta_data_digest BYTEA  NOT NULL,
    link             BYTEA  NOT NULL
);

-- Every perfect subtree of the Merkle tree (level 0: the leaves), for inclusion and consistency proofs.
CREATE TABLE merkle_nodes (
    level SMALLINT NOT NULL,
    index BIGINT   NOT NULL,
    hash  BYTEA    NOT NULL,
    PRIMARY KEY (level, index)
);

CREATE TABLE checkpoints (
    tree_size  BIGINT      PRIMARY KEY,
    root       BYTEA       NOT NULL,
    chain_head BYTEA       NOT NULL,
    issued_at  TIMESTAMPTZ NOT NULL,
    key_id     VARCHAR(16) NOT NULL,
    signature  BYTEA       NOT NULL
);

-- Events the sealer would not seal because they cannot have been written by the platform when
-- their global index says (an index handed out before an earlier batch, in a transaction begun after it).
CREATE TABLE refused_events (
    global_index BIGINT      PRIMARY KEY,
    batch_no     BIGINT      NOT NULL,
    reason       TEXT        NOT NULL,
    found_at     TIMESTAMPTZ NOT NULL
);
