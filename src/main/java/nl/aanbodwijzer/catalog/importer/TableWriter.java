package nl.aanbodwijzer.catalog.importer;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.aanbodwijzer.system.Sql;

/**
 * Upserts plain reference rows by key, and reports which keys were added or changed. Hand SQL: one
 * generic upsert serves every reference table of catalog-data, which entities per table would repeat.
 */
@Singleton
@Transactional
class TableWriter {
    private final Sql sql;

    TableWriter(Sql sql) {
        this.sql = sql;
    }

    /**
     * Inserts the rows whose key is new and updates those whose values differ. The first column is
     * the key; every row holds a value for each column, in order.
     */
    List<String> upsert(String table, List<String> columns, List<Object[]> rows) {
        Map<String, Object[]> existing = existing(table, columns);
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        for (Object[] row : rows) {
            Object[] current = existing.get(row[0].toString());
            if (current == null) {
                inserts.add(row);
            } else if (!sameValues(current, row)) {
                updates.add(row);
            } else {
                continue;
            }
            changed.add(row[0].toString());
        }
        String columnList = String.join(", ", columns);
        sql.batch("INSERT INTO " + table + " (" + columnList + ") VALUES (" + marks(columns.size()) + ")", inserts);
        List<String> others = columns.subList(1, columns.size());
        List<Object[]> keyLast = updates.stream().map(TableWriter::keyLast).toList();
        sql.batch(
                "UPDATE " + table + " SET " + String.join(" = ?, ", others) + " = ? WHERE " + columns.get(0) + " = ?",
                keyLast);
        return changed;
    }

    /** Replaces the child rows of each given parent key by the rows given. */
    void replaceChildren(
            String table, String parentColumn, String childColumn, Collection<String> parents, List<Object[]> rows) {
        sql.batch(
                "DELETE FROM " + table + " WHERE " + parentColumn + " = ?",
                parents.stream().map(parent -> new Object[] {parent}).toList());
        sql.batch("INSERT INTO " + table + " (" + parentColumn + ", " + childColumn + ") VALUES (?, ?)", rows);
    }

    private Map<String, Object[]> existing(String table, List<String> columns) {
        Map<String, Object[]> rows = new HashMap<>();
        sql.query("SELECT " + String.join(", ", columns) + " FROM " + table, List.of(), row -> {
            Object[] values = new Object[columns.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = row.getObject(i + 1);
            }
            rows.put(values[0].toString(), values);
        });
        return rows;
    }

    private static boolean sameValues(Object[] stored, Object[] wanted) {
        for (int i = 0; i < stored.length; i++) {
            if (!sameValue(stored[i], wanted[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameValue(Object stored, Object wanted) {
        if (stored instanceof Number a && wanted instanceof Number b) {
            return new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString())) == 0;
        }
        return Objects.equals(stored == null ? null : stored.toString(), wanted == null ? null : wanted.toString());
    }

    private static Object[] keyLast(Object[] row) {
        Object[] moved = new Object[row.length];
        System.arraycopy(row, 1, moved, 0, row.length - 1);
        moved[row.length - 1] = row[0];
        return moved;
    }

    private static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
