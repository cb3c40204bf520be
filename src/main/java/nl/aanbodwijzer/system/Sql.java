package nl.aanbodwijzer.system;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Plain SQL with bound parameters, on the connection of the caller's transaction. */
@Singleton
public class Sql {
    /** Reads one row. */
    @FunctionalInterface
    public interface RowHandler {
        void handle(ResultSet row) throws SQLException;
    }

    /** Maps one row to a value. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    private final JdbcOperations jdbc;

    Sql(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public void query(String sql, List<?> parameters, RowHandler handler) {
        jdbc.prepareStatement(sql, statement -> {
            bind(statement, parameters.toArray());
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    handler.handle(rs);
                }
            }
            return null;
        });
    }

    public <T> List<T> list(String sql, List<?> parameters, RowMapper<T> mapper) {
        List<T> values = new ArrayList<>();
        query(sql, parameters, row -> values.add(mapper.map(row)));
        return values;
    }

    /** The number in the first column of the first row, as from {@code SELECT COUNT(*)}. */
    public long count(String sql, List<?> parameters) {
        return list(sql, parameters, row -> row.getLong(1)).get(0);
    }

    /** Runs one statement for each row of parameters, in one batch; answers the update count of each. */
    public int[] batch(String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return new int[0];
        }
        return jdbc.prepareStatement(sql, statement -> {
            for (Object[] row : rows) {
                bind(statement, row);
                statement.addBatch();
            }
            return statement.executeBatch();
        });
    }

    /** Runs an INSERT and answers the key the database generated for the new row. */
    public long insert(String sql, Object... parameters) {
        return jdbc.execute(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
                bind(statement, parameters);
                statement.executeUpdate();
                try (ResultSet keys = statement.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    public int update(String sql, Object... parameters) {
        return jdbc.prepareStatement(sql, statement -> {
            bind(statement, parameters);
            return statement.executeUpdate();
        });
    }

    private static void bind(PreparedStatement statement, Object[] parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
    }
}
