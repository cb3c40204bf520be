package nl.aanbodwijzer.gaps;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.aanbodwijzer.catalog.taxonomy.Level;
import nl.aanbodwijzer.catalog.taxonomy.Need;
import nl.aanbodwijzer.catalog.taxonomy.Sector;
import nl.aanbodwijzer.matching.core.AbsenceStatus;
import nl.aanbodwijzer.matching.core.GapReason;
import nl.aanbodwijzer.matching.core.MatchOutcome;
import nl.aanbodwijzer.matching.core.MatchOutcome.Candidate;
import nl.aanbodwijzer.matching.core.PupilProfile;
import nl.aanbodwijzer.system.Sql;

/** Reads and writes gaps: the gap row (coded profile, outcome) and its needs, reasons and candidates. */
@Singleton
@Transactional
class GapStore {
    /** One page of gaps and how many match in all. */
    record Page(List<RecordedGap> items, long total) {}

    private static final String PROFILE_COLUMNS = "age = ?, sector = ?, level_code = ?, municipality_code = ?,"
            + " primary_need = ?, absence_status = ?, weeks_absent = ?, has_tlv = ?, has_care_indication = ?,"
            + " hours_per_week = ?";

    private final Sql sql;

    GapStore(Sql sql) {
        this.sql = sql;
    }

    Optional<Long> idOfCase(String caseHash) {
        return sql.list("SELECT id FROM gap WHERE case_hash = ?", List.of(caseHash), row -> row.getLong(1)).stream()
                .findFirst();
    }

    long insert(PupilProfile profile, MatchOutcome.Gap gap, String caseHash, Instant now) {
        long id = sql.insert(
                "INSERT INTO gap (case_hash, recorded_at, updated_at, times_matched, age, sector, level_code,"
                        + " municipality_code, primary_need, absence_status, weeks_absent, has_tlv, has_care_indication,"
                        + " hours_per_week) VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                concat(new Object[] {caseHash, utc(now), utc(now)}, profileValues(profile)));
        insertChildren(id, profile, gap);
        return id;
    }

    /** The same case matched again: its profile and findings now, counted once more, open again. */
    void replace(long id, PupilProfile profile, MatchOutcome.Gap gap, Instant now) {
        sql.update(
                "UPDATE gap SET updated_at = ?, times_matched = times_matched + 1, outcome = NULL, placed_offer_id = NULL,"
                        + " resolved_at = NULL, " + PROFILE_COLUMNS + " WHERE id = ?",
                concat(concat(new Object[] {utc(now)}, profileValues(profile)), new Object[] {id}));
        for (String table : List.of("gap_need", "gap_reason", "gap_candidate")) {
            sql.update("DELETE FROM " + table + " WHERE gap_id = ?", id);
        }
        insertChildren(id, profile, gap);
    }

    boolean resolve(long id, GapOutcome outcome, String placedOfferId, Instant now) {
        return sql.update(
                        "UPDATE gap SET outcome = ?, placed_offer_id = ?, resolved_at = ?, updated_at = ? WHERE id = ?",
                        outcome.name(),
                        placedOfferId,
                        outcome.resolves() ? utc(now) : null,
                        utc(now),
                        id)
                == 1;
    }

    Optional<RecordedGap> find(long id) {
        return load(" WHERE g.id = ?", List.of(id), 1, 0).stream().findFirst();
    }

    /** Gaps newest first, filtered on being open, a reason and the primary need (each null for any). */
    Page find(Boolean open, GapReason reason, Need primaryNeed, int page, int size) {
        List<String> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        if (open != null) {
            conditions.add(
                    open
                            ? "(g.outcome IS NULL OR g.outcome = 'STILL_OPEN')"
                            : "g.outcome IN ('PLACED_IN_OFFER', 'OTHER_SOLUTION')");
        }
        if (reason != null) {
            conditions.add("EXISTS (SELECT 1 FROM gap_reason r WHERE r.gap_id = g.id AND r.reason = ?)");
            parameters.add(reason.name());
        }
        if (primaryNeed != null) {
            conditions.add("g.primary_need = ?");
            parameters.add(primaryNeed.name());
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        long total = sql.count("SELECT COUNT(*) FROM gap g" + where, parameters);
        return new Page(load(where, parameters, size, (long) (page - 1) * size), total);
    }

    private List<RecordedGap> load(String where, List<Object> parameters, int limit, long offset) {
        List<Object> paged = new ArrayList<>(parameters);
        paged.add(limit);
        paged.add(offset);
        Map<Long, GapRow> rows = new LinkedHashMap<>();
        sql.query(
                "SELECT g.* FROM gap g" + where + " ORDER BY g.id DESC LIMIT ? OFFSET ?",
                paged,
                row -> rows.put(row.getLong("id"), row(row)));
        if (rows.isEmpty()) {
            return List.of();
        }
        String ids = " IN (" + String.join(",", Collections.nCopies(rows.size(), "?")) + ")";
        List<Object> keys = List.copyOf(rows.keySet());
        Map<Long, List<Need>> needs = new HashMap<>();
        sql.query(
                "SELECT gap_id, need_code FROM gap_need WHERE gap_id" + ids + " ORDER BY gap_id, position",
                keys,
                row -> needs.computeIfAbsent(row.getLong(1), k -> new ArrayList<>())
                        .add(Need.valueOf(row.getString(2))));
        Map<Long, List<GapReason>> reasons = new HashMap<>();
        sql.query(
                "SELECT gap_id, reason FROM gap_reason WHERE gap_id" + ids + " ORDER BY gap_id, reason",
                keys,
                row -> reasons.computeIfAbsent(row.getLong(1), k -> new ArrayList<>())
                        .add(GapReason.valueOf(row.getString(2))));
        Map<Long, List<Candidate>> candidates = new HashMap<>();
        sql.query(
                "SELECT gap_id, offer_id, offer_name, why FROM gap_candidate WHERE gap_id" + ids
                        + " ORDER BY gap_id, position",
                keys,
                row -> candidates
                        .computeIfAbsent(row.getLong(1), k -> new ArrayList<>())
                        .add(new Candidate(
                                row.getString(2),
                                row.getString(3),
                                List.of(row.getString(4).split("\n")))));
        List<RecordedGap> gaps = new ArrayList<>();
        rows.forEach((id, row) -> gaps.add(row.toGap(
                needs.getOrDefault(id, List.of()),
                reasons.getOrDefault(id, List.of()),
                candidates.getOrDefault(id, List.of()))));
        return gaps;
    }

    private void insertChildren(long id, PupilProfile profile, MatchOutcome.Gap gap) {
        List<Object[]> needRows = new ArrayList<>();
        for (int i = 0; i < profile.needs().size(); i++) {
            needRows.add(new Object[] {id, i, profile.needs().get(i).name()});
        }
        sql.batch("INSERT INTO gap_need (gap_id, position, need_code) VALUES (?, ?, ?)", needRows);
        sql.batch(
                "INSERT INTO gap_reason (gap_id, reason) VALUES (?, ?)",
                gap.reasons().stream().map(r -> new Object[] {id, r.name()}).toList());
        List<Object[]> candidateRows = new ArrayList<>();
        for (int i = 0; i < gap.candidates().size(); i++) {
            Candidate c = gap.candidates().get(i);
            candidateRows.add(new Object[] {id, i, c.offerId(), c.offerName(), String.join("\n", c.why())});
        }
        sql.batch(
                "INSERT INTO gap_candidate (gap_id, position, offer_id, offer_name, why) VALUES (?, ?, ?, ?, ?)",
                candidateRows);
    }

    private static Object[] profileValues(PupilProfile p) {
        return new Object[] {
            p.age(),
            p.sector().name(),
            p.level() == null ? null : p.level().name(),
            p.municipality(),
            p.primaryNeed().name(),
            p.absenceStatus().name(),
            p.weeksAbsent(),
            p.hasTlv(),
            p.hasCareIndication(),
            p.hoursPerWeek()
        };
    }

    private static GapRow row(ResultSet row) throws SQLException {
        String outcome = row.getString("outcome");
        String level = row.getString("level_code");
        return new GapRow(
                row.getLong("id"),
                instant(row, "recorded_at"),
                instant(row, "updated_at"),
                row.getInt("times_matched"),
                row.getInt("age"),
                Sector.valueOf(row.getString("sector")),
                level == null ? null : Level.valueOf(level),
                row.getString("municipality_code"),
                AbsenceStatus.valueOf(row.getString("absence_status")),
                row.getInt("weeks_absent"),
                row.getBoolean("has_tlv"),
                row.getBoolean("has_care_indication"),
                row.getObject("hours_per_week", Integer.class),
                outcome == null ? null : GapOutcome.valueOf(outcome),
                row.getString("placed_offer_id"),
                instant(row, "resolved_at"));
    }

    /** The gap row before its children are read. */
    private record GapRow(
            long id,
            Instant recordedAt,
            Instant updatedAt,
            int timesMatched,
            int age,
            Sector sector,
            Level level,
            String municipality,
            AbsenceStatus absenceStatus,
            int weeksAbsent,
            boolean hasTlv,
            boolean hasCareIndication,
            Integer hoursPerWeek,
            GapOutcome outcome,
            String placedOfferId,
            Instant resolvedAt) {

        RecordedGap toGap(List<Need> needs, List<GapReason> reasons, List<Candidate> candidates) {
            PupilProfile profile = new PupilProfile(
                    age,
                    sector,
                    level,
                    municipality,
                    needs,
                    absenceStatus,
                    weeksAbsent,
                    hasTlv,
                    hasCareIndication,
                    hoursPerWeek,
                    null);
            return new RecordedGap(
                    id,
                    recordedAt,
                    updatedAt,
                    timesMatched,
                    profile,
                    reasons,
                    candidates,
                    outcome,
                    placedOfferId,
                    resolvedAt);
        }
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        LocalDateTime value = row.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Object[] concat(Object[] a, Object[] b) {
        Object[] all = new Object[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
