package org.carbonmrv.auditservice.transparency;

import java.util.List;

/** That the tree of {@code from} leaves is the beginning of the tree of {@code to} (RFC 9162 section 2.1.4). */
record ConsistencyProofView(long from, String fromRoot, long to, String toRoot, List<String> proof) {}
