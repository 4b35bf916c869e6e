package org.carbonmrv.registry.holdings;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.carbonmrv.platform.security.Actor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/registry")
@Tag(name = "holdings", description = "accounts, balances and serial blocks")
public class HoldingsController {

    private final HoldingsProjection holdings;

    HoldingsController(HoldingsProjection holdings) {
        this.holdings = holdings;
    }

    @GetMapping("/accounts")
    @Operation(summary = "The caller's organisation's accounts, balances and serial blocks")
    List<HoldingsProjection.Account> myAccounts() {
        return holdings.accountsOf(Actor.require().organisation());
    }

    @GetMapping("/public/issuances")
    @Operation(summary = "Public registry view: every issuance with its serial block (no token needed)")
    List<HoldingsProjection.Block> issuances() {
        return holdings.issuances();
    }
}
