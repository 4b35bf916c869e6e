package org.carbonmrv.registry.ledger;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.carbonmrv.api.registry.SerialRange;
import org.carbonmrv.platform.problem.DomainException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random sequences of issue, transfer, retire, cancel and reverse: serials never overlap, live plus retired
 * plus cancelled always equals what was issued, and retired or cancelled serials never move again.
 */
class HoldingsPropertiesTest {

    static final List<String> ACCOUNTS = List.of("holding:a", "holding:b", "holding:c");

    record Op(int kind, int from, int to, long quantity) {}

    @Provide
    Arbitrary<List<Op>> operations() {
        Arbitrary<Op> op = Combinators.combine(
                        Arbitraries.integers().between(0, 4),
                        Arbitraries.integers().between(0, 2),
                        Arbitraries.integers().between(0, 2),
                        Arbitraries.longs().between(1, 500))
                .as(Op::new);
        return op.list().ofMinSize(1).ofMaxSize(60);
    }

    @Property(tries = 300)
    void serialsNeverOverlapTotalsHoldAndRetiredSerialsNeverMove(@ForAll("operations") List<Op> ops) {
        Holdings holdings = new Holdings();
        long issued = 0;
        long next = 1;
        Map<Long, Long> retired = new HashMap<>();
        List<SerialRange> issuances = new ArrayList<>();
        for (Op op : ops) {
            String from = ACCOUNTS.get(op.from());
            switch (op.kind()) {
                case 0 -> {
                    holdings.issue(from, new SerialRange(next, next + op.quantity() - 1));
                    issuances.add(new SerialRange(next, next + op.quantity() - 1));
                    issued += op.quantity();
                    next += op.quantity();
                }
                case 1, 2, 3 -> {
                    List<SerialRange> taken;
                    try {
                        taken = holdings.highest(from, op.quantity());
                    } catch (DomainException notEnough) {
                        assertThat(holdings.balance(from)).isLessThan(op.quantity());
                        continue;
                    }
                    long before = holdings.balance(from);
                    if (op.kind() == 1) {
                        holdings.move(taken, from, ACCOUNTS.get(op.to()), Holdings.State.LIVE);
                    } else {
                        holdings.move(
                                taken, from, from, op.kind() == 2 ? Holdings.State.RETIRED : Holdings.State.CANCELLED);
                        taken.forEach(r -> retired.put(r.start(), r.end()));
                    }
                    if (op.kind() != 1 || !from.equals(ACCOUNTS.get(op.to()))) {
                        assertThat(holdings.balance(from)).isEqualTo(before - op.quantity());
                    }
                }
                case 4 -> {
                    if (issuances.isEmpty()) {
                        continue;
                    }
                    // a reversal: take back up to the quantity from one issuance, only from one holder
                    SerialRange issuance = issuances.get(op.to() % issuances.size());
                    long before = holdings.balance(from);
                    var taken = holdings.liveWithin(List.of(issuance), from::equals, op.quantity());
                    long quantity = 0;
                    for (var account : taken) {
                        assertThat(account.account()).isEqualTo(from);
                        for (SerialRange r : account.serials()) {
                            assertThat(r.start()).isGreaterThanOrEqualTo(issuance.start());
                            assertThat(r.end()).isLessThanOrEqualTo(issuance.end());
                            quantity += r.quantity();
                            retired.put(r.start(), r.end());
                        }
                        holdings.move(account.serials(), from, from, Holdings.State.CANCELLED);
                    }
                    assertThat(quantity).isLessThanOrEqualTo(op.quantity());
                    assertThat(holdings.balance(from)).isEqualTo(before - quantity);
                }
                default -> throw new IllegalStateException();
            }
            assertInvariants(holdings, issued, retired);
        }
    }

    private static void assertInvariants(Holdings holdings, long issued, Map<Long, Long> retired) {
        List<Holdings.Block> blocks = new ArrayList<>(holdings.blocks());
        for (int i = 1; i < blocks.size(); i++) {
            assertThat(blocks.get(i).start()).isGreaterThan(blocks.get(i - 1).end());
        }
        assertThat(holdings.total()).isEqualTo(issued);
        for (String account : ACCOUNTS) {
            assertThat(holdings.balance(account))
                    .as("the account's index agrees with the blocks")
                    .isEqualTo(blocks.stream()
                            .filter(b -> b.state() == Holdings.State.LIVE
                                    && b.account().equals(account))
                            .mapToLong(b -> b.end() - b.start() + 1)
                            .sum());
        }
        long live = ACCOUNTS.stream().mapToLong(holdings::balance).sum();
        long retiredTotal = retired.entrySet().stream()
                .mapToLong(e -> e.getValue() - e.getKey() + 1)
                .sum();
        assertThat(live + retiredTotal).isEqualTo(issued);
        retired.forEach((start, end) -> {
            for (Holdings.Block b : blocks) {
                if (b.start() <= end && b.end() >= start) {
                    assertThat(b.state()).isNotEqualTo(Holdings.State.LIVE);
                }
            }
        });
    }
}
