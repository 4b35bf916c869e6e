package org.carbonmrv.registry.accounts;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.carbonmrv.api.registry.AccountClosedEvent;
import org.carbonmrv.api.registry.AccountKind;
import org.carbonmrv.api.registry.AccountOpenedEvent;
import org.carbonmrv.api.registry.AccountReinstatedEvent;
import org.carbonmrv.api.registry.AccountRenamedEvent;
import org.carbonmrv.api.registry.AccountStatus;
import org.carbonmrv.api.registry.AccountSuspendedEvent;
import org.carbonmrv.platform.paging.Page;
import org.carbonmrv.platform.readmodels.RebuildableReadModel;
import org.carbonmrv.registry.register.BlockRows;
import org.carbonmrv.registry.register.BlockView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The accounts of every organisation, and an organisation's accounts with their balances and serial blocks. */
@Component
@RebuildableReadModel(tables = {"accounts"})
@ProcessingGroup("holdings")
public class AccountsProjection {

    public record Account(
            String id,
            String organisation,
            AccountKind kind,
            String name,
            AccountStatus status,
            long balance,
            List<BlockView> blocks) {}

    private final JdbcTemplate jdbc;
    private final BlockRows blocks;

    AccountsProjection(JdbcTemplate jdbc, BlockRows blocks) {
        this.jdbc = jdbc;
        this.blocks = blocks;
    }

    @EventHandler
    void on(AccountOpenedEvent e) {
        jdbc.update("""
                INSERT INTO accounts (id, organisation, kind, name, status) VALUES (?, ?, ?, ?, 'OPEN')
                ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind""", e.accountId(), e.organisation(), e.kind().name(), e.name());
    }

    @EventHandler
    void on(AccountRenamedEvent e) {
        jdbc.update("UPDATE accounts SET name = ? WHERE id = ?", e.name(), e.accountId());
    }

    @EventHandler
    void on(AccountSuspendedEvent e) {
        status(e.accountId(), AccountStatus.SUSPENDED);
    }

    @EventHandler
    void on(AccountReinstatedEvent e) {
        status(e.accountId(), AccountStatus.OPEN);
    }

    @EventHandler
    void on(AccountClosedEvent e) {
        status(e.accountId(), AccountStatus.CLOSED);
    }

    private void status(String accountId, AccountStatus status) {
        jdbc.update("UPDATE accounts SET status = ? WHERE id = ?", status.name(), accountId);
    }

    /** The organisation that holds an account, if it exists. */
    public Optional<String> holderOf(String accountId) {
        return jdbc.queryForList("SELECT organisation FROM accounts WHERE id = ?", String.class, accountId).stream()
                .findFirst();
    }

    /** A page of an organisation's accounts with their blocks, in one statement (a request holds one pooled connection). */
    Page<Account> accountsOf(String organisation, int page, int size) {
        long total =
                jdbc.queryForObject("SELECT count(*) FROM accounts WHERE organisation = ?", Long.class, organisation);
        List<Account> accounts = jdbc.query(
                """
                SELECT a.id AS account, a.kind, a.name, a.status, b.*,
                """ + BlockRows.PROJECT_FACTS.replace("FROM serial_blocks b", """
                FROM (SELECT * FROM accounts WHERE organisation = ? ORDER BY id LIMIT ? OFFSET ?) a
                LEFT JOIN serial_blocks b ON b.account_id = a.id""") + """
                ORDER BY a.id, b.serial_start""",
                rs -> {
                    List<Account> found = new ArrayList<>();
                    List<BlockView> held = new ArrayList<>();
                    AccountRow current = null;
                    while (rs.next()) {
                        String id = rs.getString("account");
                        if (current == null || !current.id().equals(id)) {
                            if (current != null) {
                                found.add(account(current, organisation, held));
                                held = new ArrayList<>();
                            }
                            current = new AccountRow(
                                    id,
                                    AccountKind.valueOf(rs.getString("kind")),
                                    rs.getString("name"),
                                    AccountStatus.valueOf(rs.getString("status")));
                        }
                        if (rs.getObject("serial_start") != null) {
                            held.add(blocks.block(rs));
                        }
                    }
                    if (current != null) {
                        found.add(account(current, organisation, held));
                    }
                    return found;
                },
                organisation,
                size,
                Page.offset(page, size));
        return new Page<>(accounts, page, size, total);
    }

    private record AccountRow(String id, AccountKind kind, String name, AccountStatus status) {}

    private static Account account(AccountRow row, String organisation, List<BlockView> blocks) {
        long balance = blocks.stream()
                .filter(b -> b.state().equals("LIVE"))
                .mapToLong(BlockView::quantity)
                .sum();
        return new Account(row.id(), organisation, row.kind(), row.name(), row.status(), balance, List.copyOf(blocks));
    }
}
