package nl.aanbodwijzer.gaps;

import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.aanbodwijzer.catalog.taxonomy.Need;
import nl.aanbodwijzer.catalog.taxonomy.Sector;
import nl.aanbodwijzer.catalog.taxonomy.TargetGroup;
import nl.aanbodwijzer.matching.GapReceipt;
import nl.aanbodwijzer.matching.core.Escalation;
import nl.aanbodwijzer.matching.core.EscalationStage;
import nl.aanbodwijzer.matching.core.GapReason;
import nl.aanbodwijzer.matching.core.MatchOutcome;
import nl.aanbodwijzer.matching.core.MatchOutcome.Candidate;
import nl.aanbodwijzer.matching.core.MatchOutcome.Finding;
import nl.aanbodwijzer.matching.core.PupilProfile;
import nl.aanbodwijzer.system.Sql;
import nl.aanbodwijzer.system.UtcTimes;

/**
 * Reads and writes gaps: the gap row through its repository, and its needs, reasons and candidates
 * with hand SQL, because a page of gaps loads them with one query per child table.
 */
@Singleton
@Transactional
class GapStore {
    private final GapRepository rows;
    private final Sql sql;

    GapStore(GapRepository rows, Sql sql) {
        this.rows = rows;
        this.sql = sql;
    }

    Optional<GapRow> findByCase(String caseHash) {
        return rows.findByCaseHash(caseHash);
    }

    /** A new gap, matched once. */
    GapRow insert(
            PupilProfile profile, MatchOutcome.Gap findings, Escalation escalation, String caseHash, Instant now) {
        GapRow row = rows.save(row(null, caseHash, UtcTimes.of(now), UtcTimes.of(now), 1, profile, escalation));
        insertChildren(row.id(), profile, findings);
        return row;
    }

    /** The same case matched again: its profile and findings now, counted once more, open again. */
    GapRow replace(
            GapRow current, PupilProfile profile, MatchOutcome.Gap findings, Escalation escalation, Instant now) {
        GapRow row = rows.update(row(
                current.id(),
                current.caseHash(),
                current.recordedAt(),
                UtcTimes.of(now),
                current.timesMatched() + 1,
                profile,
                escalation));
        for (String table : List.of("gap_need", "gap_reason", "gap_candidate")) {
            sql.update("DELETE FROM " + table + " WHERE gap_id = ?", row.id());
        }
        insertChildren(row.id(), profile, findings);
        return row;
    }

    /** Records what became of a gap; answers false when there is no such gap. */
    boolean resolve(long id, GapOutcome outcome, String placedOfferId, Instant now) {
        return rows.update(id, outcome, placedOfferId, outcome.resolves() ? UtcTimes.of(now) : null, UtcTimes.of(now))
                == 1;
    }

    /** Marks that a later match of the case found a place in the offer. */
    void placeFound(long id, String offerId, Instant now) {
        rows.update(id, offerId, UtcTimes.of(now), UtcTimes.of(now));
    }

    Optional<RecordedGap> find(long id) {
        return rows.findById(id).map(row -> withChildren(List.of(row)).get(0));
    }

    /** Gaps newest first, filtered on being open, a reason and the primary need (each null for any). */
    Page<RecordedGap> find(Boolean open, GapReason reason, Need primaryNeed, int page, int size) {
        Page<GapRow> found = rows.find(
                open,
                reason == null ? null : reason.name(),
                primaryNeed == null ? null : primaryNeed.name(),
                Pageable.from(page - 1, size, Sort.of(Sort.Order.desc("id"))));
        return Page.of(withChildren(found.getContent()), found.getPageable(), found.getTotalSize());
    }

    /** The coded facts of the gaps first recorded from {@code from} up to {@code until}, oldest first. */
    List<GapFact> facts(Instant from, Instant until) {
        String inPeriod = " JOIN gap g ON g.id = x.gap_id WHERE g.recorded_at >= ? AND g.recorded_at < ?";
        List<Object> period = List.of(UtcTimes.of(from), UtcTimes.of(until));
        Map<Long, List<String[]>> reasons =
                grouped("SELECT x.gap_id, x.reason, x.position FROM gap_reason x" + inPeriod, period, value -> value);
        Map<Long, List<String>> candidates = grouped(
                "SELECT x.gap_id, x.offer_id FROM gap_candidate x" + inPeriod + " ORDER BY x.gap_id, x.position",
                period,
                value -> value[0]);
        return sql.list(
                "SELECT g.id, g.recorded_at, g.age, g.sector, g.municipality_code, g.primary_need,"
                        + " g.escalation_stage, g.outcome, g.resolved_at FROM gap g"
                        + " WHERE g.recorded_at >= ? AND g.recorded_at < ? ORDER BY g.recorded_at, g.id",
                period,
                row -> new GapFact(
                        row.getLong(1),
                        UtcTimes.instant(row.getObject(2, LocalDateTime.class)),
                        row.getInt(3),
                        Sector.valueOf(row.getString(4)),
                        row.getString(5),
                        Need.valueOf(row.getString(6)),
                        inOrder(reasons.getOrDefault(row.getLong(1), List.of())),
                        row.getString(7) == null
                                ? EscalationStage.NIET_VAN_TOEPASSING
                                : EscalationStage.valueOf(row.getString(7)),
                        row.getString(8) == null ? null : GapOutcome.valueOf(row.getString(8)),
                        UtcTimes.instant(row.getObject(9, LocalDateTime.class)),
                        candidates.getOrDefault(row.getLong(1), List.of())));
    }

    /**
     * Reasons by their position; gaps recorded before positions were kept have them all at 0, and
     * then the order of the reasons themselves (most fundamental first) decides.
     */
    private static List<GapReason> inOrder(List<String[]> reasonsAndPositions) {
        return reasonsAndPositions.stream()
                .sorted(Comparator.<String[]>comparingInt(value -> Integer.parseInt(value[1]))
                        .thenComparing(value -> GapReason.valueOf(value[0])))
                .map(value -> GapReason.valueOf(value[0]))
                .toList();
    }

    static GapReceipt receipt(GapRow row) {
        return new GapReceipt(
                row.id(), UtcTimes.instant(row.recordedAt()), UtcTimes.instant(row.updatedAt()), row.timesMatched());
    }

    private List<RecordedGap> withChildren(List<GapRow> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        String ids = " IN (" + String.join(",", Collections.nCopies(found.size(), "?")) + ")";
        List<Object> keys = found.stream().map(row -> (Object) row.id()).toList();
        Map<Long, List<Need>> needs = grouped(
                "SELECT gap_id, need_code FROM gap_need WHERE gap_id" + ids + " ORDER BY gap_id, position",
                keys,
                value -> Need.valueOf(value[0]));
        Map<Long, List<Finding>> reasons = grouped(
                "SELECT gap_id, reason, explanation FROM gap_reason WHERE gap_id" + ids + " ORDER BY gap_id, position",
                keys,
                value -> new Finding(GapReason.valueOf(value[0]), value[1] == null ? "" : value[1]));
        Map<Long, List<Candidate>> candidates = grouped(
                "SELECT gap_id, offer_id, offer_name, why FROM gap_candidate WHERE gap_id" + ids
                        + " ORDER BY gap_id, position",
                keys,
                value -> new Candidate(value[0], value[1], List.of(value[2].split("\n"))));
        return found.stream()
                .map(row -> new RecordedGap(
                        receipt(row),
                        profile(row, needs.getOrDefault(row.id(), List.of())),
                        new MatchOutcome.Gap(
                                reasons.getOrDefault(row.id(), List.of()),
                                candidates.getOrDefault(row.id(), List.of())),
                        new Escalation(
                                row.escalationStage() == null
                                        ? EscalationStage.NIET_VAN_TOEPASSING
                                        : row.escalationStage(),
                                row.weeksToNextStage()),
                        row.placeFoundOfferId(),
                        UtcTimes.instant(row.placeFoundAt()),
                        row.outcome(),
                        row.placedOfferId(),
                        UtcTimes.instant(row.resolvedAt())))
                .toList();
    }

    /** Values of a child table by gap id: the columns after the first, mapped to one value. */
    private <T> Map<Long, List<T>> grouped(String query, List<Object> parameters, ValueMapper<T> mapper) {
        Map<Long, List<T>> groups = new HashMap<>();
        sql.query(query, parameters, row -> {
            String[] values = new String[row.getMetaData().getColumnCount() - 1];
            for (int i = 0; i < values.length; i++) {
                values[i] = row.getString(i + 2);
            }
            groups.computeIfAbsent(row.getLong(1), key -> new ArrayList<>()).add(mapper.map(values));
        });
        return groups;
    }

    /** Maps the text columns of one child row. */
    @FunctionalInterface
    private interface ValueMapper<T> {
        T map(String[] values);
    }

    private void insertChildren(long id, PupilProfile profile, MatchOutcome.Gap findings) {
        List<Object[]> needRows = new ArrayList<>();
        for (int i = 0; i < profile.needs().size(); i++) {
            needRows.add(new Object[] {id, i, profile.needs().get(i).name()});
        }
        sql.batch("INSERT INTO gap_need (gap_id, position, need_code) VALUES (?, ?, ?)", needRows);
        List<Object[]> reasonRows = new ArrayList<>();
        for (int i = 0; i < findings.reasons().size(); i++) {
            Finding finding = findings.reasons().get(i);
            reasonRows.add(new Object[] {id, finding.code().name(), i, finding.explanation()});
        }
        sql.batch("INSERT INTO gap_reason (gap_id, reason, position, explanation) VALUES (?, ?, ?, ?)", reasonRows);
        List<Object[]> candidateRows = new ArrayList<>();
        for (int i = 0; i < findings.candidates().size(); i++) {
            Candidate c = findings.candidates().get(i);
            candidateRows.add(new Object[] {id, i, c.offerId(), c.offerName(), String.join("\n", c.why())});
        }
        sql.batch(
                "INSERT INTO gap_candidate (gap_id, position, offer_id, offer_name, why) VALUES (?, ?, ?, ?, ?)",
                candidateRows);
    }

    /** A row for the profile; a new or re-matched gap has no place found and no outcome. */
    private static GapRow row(
            Long id,
            String caseHash,
            LocalDateTime recordedAt,
            LocalDateTime updatedAt,
            int times,
            PupilProfile p,
            Escalation escalation) {
        return new GapRow(
                id,
                caseHash,
                recordedAt,
                updatedAt,
                times,
                p.age(),
                p.sector(),
                p.level(),
                p.municipality(),
                p.primaryNeed(),
                p.absenceStatus(),
                p.weeksAbsent(),
                p.hasTlv(),
                p.hasCareIndication(),
                p.hoursPerWeek(),
                String.join(",", p.targetGroups().stream().map(Enum::name).toList()),
                escalation.stage(),
                escalation.weeksToNextStage(),
                null,
                null,
                null,
                null,
                null);
    }

    private static List<TargetGroup> targetGroups(String stored) {
        return stored == null || stored.isEmpty()
                ? List.of()
                : Arrays.stream(stored.split(",")).map(TargetGroup::valueOf).toList();
    }

    private static PupilProfile profile(GapRow row, List<Need> needs) {
        return new PupilProfile(
                row.age(),
                row.sector(),
                row.levelCode(),
                row.municipalityCode(),
                needs,
                targetGroups(row.targetGroups()),
                row.absenceStatus(),
                row.weeksAbsent(),
                row.hasTlv(),
                row.hasCareIndication(),
                row.hoursPerWeek(),
                null);
    }
}
