package org.carbonmrv.api.registry;

/** What an account is for: holding credits, or the registry's retirement, cancellation and buffer accounts. */
public enum AccountKind {
    HOLDING,
    RETIREMENT,
    CANCELLATION,
    BUFFER
}
