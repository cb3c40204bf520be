package nl.aanbodwijzer.system;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Every row of every application table, for tests that must show what a request did or did not write. */
@Singleton
public class DatabaseSnapshot {
    private final JdbcOperations jdbc;

    DatabaseSnapshot(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Table name to its rows (each row as text), rows sorted. */
    @ReadOnly
    public Map<String, List<String>> take() {
        Map<String, List<String>> snapshot = new TreeMap<>();
        for (String table : tables()) {
            snapshot.put(table, rows(table));
        }
        return snapshot;
    }

    private List<String> tables() {
        return jdbc.execute(connection -> {
            DatabaseMetaData meta = connection.getMetaData();
            List<String> tables = new ArrayList<>();
            try (ResultSet rs =
                    meta.getTables(connection.getCatalog(), connection.getSchema(), "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!name.startsWith("flyway")) {
                        tables.add(name);
                    }
                }
            }
            return tables;
        });
    }

    private List<String> rows(String table) {
        return jdbc.prepareStatement("SELECT * FROM " + table, statement -> {
            List<String> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        row.append(meta.getColumnLabel(i))
                                .append('=')
                                .append(rs.getString(i))
                                .append(';');
                    }
                    rows.add(row.toString());
                }
            }
            rows.sort(null);
            return rows;
        });
    }
}
