package org.carbonmrv.registry.register;

import org.carbonmrv.registry.serials.SerialNumbers;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Reading serial blocks {@code b} with their project's facts from the project register, for every
 * read model that shows blocks: the join to add to a select list, and the row's {@link BlockView}.
 */
@Component
public class BlockRows {

    /** The end of a select list over serial blocks {@code b}: what the serial text needs of the block's project, and the join. */
    public static final String PROJECT_FACTS = """
                   p.number AS project_number, p.country, p.subdivision, p.methodology_id AS project_methodology,
                   p.owner_organisation AS developer
            FROM serial_blocks b LEFT JOIN registry_projects p ON p.project_id = b.project_id
            """;

    private final SerialNumbers serialNumbers;

    BlockRows(SerialNumbers serialNumbers) {
        this.serialNumbers = serialNumbers;
    }

    /** The programme's serial text of a block (docs/serial-numbers.md), from the block and the project register. */
    public String serials(ResultSet rs) throws SQLException {
        Integer number = rs.getObject("project_number") == null ? null : rs.getInt("project_number");
        return serialNumbers.render(
                new SerialNumbers.ProjectFacts(
                        number,
                        rs.getString("country"),
                        rs.getString("subdivision"),
                        rs.getString("project_methodology"),
                        rs.getString("developer")),
                rs.getInt("vintage"),
                rs.getInt("batch"),
                rs.getLong("serial_start"),
                rs.getLong("serial_end"));
    }

    public BlockView block(ResultSet rs) throws SQLException {
        return new BlockView(
                serials(rs),
                rs.getLong("serial_start"),
                rs.getLong("serial_end"),
                rs.getLong("quantity"),
                rs.getString("state"),
                rs.getInt("vintage"),
                rs.getString("project_id"),
                rs.getString("report_id"),
                rs.getInt("report_version"),
                rs.getString("methodology"),
                rs.getString("dataset_digest"),
                rs.getTimestamp("issued_at").toInstant());
    }
}
