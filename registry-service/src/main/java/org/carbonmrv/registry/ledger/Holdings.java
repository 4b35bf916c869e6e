package org.carbonmrv.registry.ledger;

import org.carbonmrv.api.registry.AccountSerials;
import org.carbonmrv.api.registry.SerialRange;
import org.carbonmrv.platform.problem.DomainException;
import org.carbonmrv.platform.problem.FieldProblem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Who holds which serials: a map of non-overlapping blocks, each live in an account or retired.
 * Moving credits splits blocks; the sender keeps the low part. Pure: the ledger aggregate uses it
 * to decide, and replays the decisions from its events.
 */
public final class Holdings {

    public enum State {
        LIVE,
        RETIRED,
        CANCELLED
    }

    public record Block(long start, long end, String account, State state) {
        long quantity() {
            return end - start + 1;
        }
    }

    private final NavigableMap<Long, Block> blocks = new TreeMap<>();
    /** Each account's live blocks and their sum, kept with {@link #blocks}: a movement costs what its account holds, not the registry. */
    private final Map<String, NavigableMap<Long, Block>> liveByAccount = new HashMap<>();

    private final Map<String, Long> liveBalance = new HashMap<>();

    public void issue(String account, SerialRange serials) {
        Map.Entry<Long, Block> before = blocks.floorEntry(serials.end());
        if (before != null && before.getValue().end() >= serials.start()) {
            throw new IllegalStateException("serials " + serials + " overlap an issued block");
        }
        put(new Block(serials.start(), serials.end(), account, State.LIVE));
    }

    private void put(Block b) {
        blocks.put(b.start(), b);
        if (b.state() == State.LIVE) {
            liveByAccount.computeIfAbsent(b.account(), a -> new TreeMap<>()).put(b.start(), b);
            liveBalance.merge(b.account(), b.quantity(), Long::sum);
        }
    }

    private void remove(Block b) {
        blocks.remove(b.start());
        if (b.state() == State.LIVE) {
            liveByAccount.get(b.account()).remove(b.start());
            liveBalance.merge(b.account(), -b.quantity(), Long::sum);
        }
    }

    public long balance(String account) {
        return liveBalance.getOrDefault(account, 0L);
    }

    public long total() {
        return blocks.values().stream().mapToLong(Block::quantity).sum();
    }

    public List<Block> blocks() {
        return List.copyOf(blocks.values());
    }

    /** The serials a movement of {@code quantity} would take: the account's highest live serials. */
    public List<SerialRange> highest(String account, long quantity) {
        if (quantity <= 0) {
            throw DomainException.badRequest(
                    "quantity-invalid", "move at least one credit", FieldProblem.of("quantity", "must be positive"));
        }
        long held = balance(account);
        if (held < quantity) {
            throw DomainException.unprocessable(
                    "insufficient-credits",
                    "account " + account + " holds " + held + " live credits, fewer than " + quantity,
                    new FieldProblem("quantity", "at most " + held, String.valueOf(quantity)));
        }
        List<SerialRange> taken = new ArrayList<>();
        long left = quantity;
        for (Block b : liveByAccount.get(account).descendingMap().values()) {
            if (left == 0) {
                break;
            }
            long n = Math.min(left, b.quantity());
            taken.add(0, new SerialRange(b.end() - n + 1, b.end()));
            left -= n;
        }
        return taken;
    }

    /**
     * Up to {@code quantity} live serials inside {@code ranges} held by accounts that {@code accepts},
     * highest first, per account in ascending order: what a reversal takes back.
     */
    public List<AccountSerials> liveWithin(List<SerialRange> ranges, Predicate<String> accepts, long quantity) {
        Map<String, List<SerialRange>> taken = new LinkedHashMap<>();
        long left = quantity;
        for (Block b : blocks.descendingMap().values()) {
            if (left == 0) {
                break;
            }
            if (b.state() != State.LIVE || !accepts.test(b.account())) {
                continue;
            }
            for (SerialRange r : ranges.stream()
                    .sorted((x, y) -> Long.compare(y.start(), x.start()))
                    .toList()) {
                long hi = Math.min(b.end(), r.end());
                long lo = Math.max(b.start(), r.start());
                if (left == 0 || lo > hi) {
                    continue;
                }
                long n = Math.min(left, hi - lo + 1);
                taken.computeIfAbsent(b.account(), a -> new ArrayList<>()).add(0, new SerialRange(hi - n + 1, hi));
                left -= n;
            }
        }
        return taken.entrySet().stream()
                .map(e -> new AccountSerials(e.getKey(), e.getValue()))
                .toList();
    }

    /** Checks that every serial of {@code range} is live in {@code account}. */
    public List<SerialRange> exactly(String account, SerialRange range) {
        long covered = 0;
        for (Block b : blocks.subMap(
                        blocks.floorKey(range.start()) == null ? range.start() : blocks.floorKey(range.start()),
                        true,
                        range.end(),
                        true)
                .values()) {
            long from = Math.max(b.start(), range.start());
            long to = Math.min(b.end(), range.end());
            if (from > to) {
                continue;
            }
            if (b.state() != State.LIVE || !b.account().equals(account)) {
                throw DomainException.unprocessable(
                        "serials-not-held",
                        "serials " + from + ".." + to + " are not live in account " + account
                                + (b.state() != State.LIVE
                                        ? " (they are " + b.state().name().toLowerCase() + ")"
                                        : ""),
                        FieldProblem.of("serials", "must all be live in " + account));
            }
            covered += to - from + 1;
        }
        if (covered != range.quantity()) {
            throw DomainException.unprocessable(
                    "serials-not-held",
                    "serials " + range.start() + ".." + range.end() + " were not all issued to account " + account,
                    FieldProblem.of("serials", "must all be live in " + account));
        }
        return List.of(range);
    }

    /** Moves ranges from {@code from} to {@code to} (or to retired), splitting blocks. */
    public void move(List<SerialRange> ranges, String from, String to, State state) {
        for (SerialRange r : ranges) {
            long cursor = r.start();
            while (cursor <= r.end()) {
                Map.Entry<Long, Block> entry = blocks.floorEntry(cursor);
                if (entry == null || entry.getValue().end() < cursor) {
                    throw new IllegalStateException("serial " + cursor + " was never issued");
                }
                Block b = entry.getValue();
                if (b.state() != State.LIVE || !b.account().equals(from)) {
                    throw new IllegalStateException("serial " + cursor + " is not live in " + from);
                }
                long hi = Math.min(b.end(), r.end());
                remove(b);
                if (b.start() < cursor) {
                    put(new Block(b.start(), cursor - 1, b.account(), b.state()));
                }
                put(new Block(cursor, hi, to, state));
                if (hi < b.end()) {
                    put(new Block(hi + 1, b.end(), b.account(), b.state()));
                }
                cursor = hi + 1;
            }
        }
    }
}
