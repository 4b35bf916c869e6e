package org.carbonmrv.auditservice.transparency;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.carbonmrv.audit.checkpoint.CheckpointKey;
import org.carbonmrv.platform.problem.DomainException;
import org.carbonmrv.platform.security.Role;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Checkpoints, the public key and consistency proofs are public (hashes and signatures only, no
 * business data): anyone may keep them and check later that the history was not rewritten.
 * Inclusion proofs name events: for auditors and the registry.
 */
@RestController
@RequestMapping("/api/audit")
@Tag(name = "transparency log", description = "signed checkpoints of the event store and proofs against them")
class TransparencyLogController {

    private final TransparencyLog log;
    private final CheckpointKey key;

    TransparencyLogController(TransparencyLog log, CheckpointKey key) {
        this.log = log;
        this.key = key;
    }

    @GetMapping("/public/checkpoints/latest")
    @Operation(summary = "The latest signed checkpoint (tree size, Merkle root, chain head, time, Ed25519 signature)")
    CheckpointView latest() {
        return log.latest()
                .orElseThrow(
                        () -> DomainException.notFound("checkpoint-not-found", "no checkpoint has been signed yet"));
    }

    @GetMapping("/public/checkpoints/{treeSize}")
    @Operation(summary = "The checkpoint signed at this tree size")
    CheckpointView ofSize(@PathVariable long treeSize) {
        return log.ofSize(treeSize)
                .orElseThrow(() ->
                        DomainException.notFound("checkpoint-not-found", "no checkpoint of tree size " + treeSize));
    }

    @GetMapping(value = "/public/key", produces = MediaType.TEXT_PLAIN_VALUE)
    @Operation(summary = "The Ed25519 public key that signs the checkpoints, in PEM")
    String publicKey() {
        return key.verifier().pem();
    }

    @GetMapping("/public/proofs/consistency")
    @Operation(summary = "That the tree of ?from= leaves is the beginning of the tree of ?to= (RFC 9162 2.1.4)")
    ConsistencyProofView consistency(@RequestParam long from, @RequestParam long to) {
        return log.consistency(from, to);
    }

    @GetMapping("/proofs/inclusion")
    @PreAuthorize("hasAnyRole('" + Role.AUDITOR + "', '" + Role.REGISTRY_ADMIN + "')")
    @Operation(
            summary =
                    "That event ?globalIndex= is in the checkpoint of ?treeSize= (default the latest) (RFC 9162 2.1.3)")
    InclusionProofView inclusion(@RequestParam long globalIndex, @RequestParam(required = false) Long treeSize) {
        return log.inclusion(globalIndex, treeSize);
    }
}
