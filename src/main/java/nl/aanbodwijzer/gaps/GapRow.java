package nl.aanbodwijzer.gaps;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDateTime;
import nl.aanbodwijzer.catalog.taxonomy.Level;
import nl.aanbodwijzer.catalog.taxonomy.Need;
import nl.aanbodwijzer.catalog.taxonomy.Sector;
import nl.aanbodwijzer.matching.core.AbsenceStatus;
import nl.aanbodwijzer.matching.core.EscalationStage;

/**
 * The row of a gap: the coded profile (its needs after the first are a child table; target groups
 * comma-separated), the keyed hash of the case reference, the escalation stage when last recorded,
 * whether a later match found a place, and the outcome. Times are UTC.
 */
@MappedEntity("gap")
record GapRow(
        @Id @GeneratedValue @Nullable Long id,
        @Nullable String caseHash,
        LocalDateTime recordedAt,
        LocalDateTime updatedAt,
        int timesMatched,
        int age,
        Sector sector,
        @Nullable Level levelCode,
        String municipalityCode,
        Need primaryNeed,
        AbsenceStatus absenceStatus,
        int weeksAbsent,
        boolean hasTlv,
        boolean hasCareIndication,
        @Nullable Integer hoursPerWeek,
        @Nullable String targetGroups,
        @Nullable EscalationStage escalationStage,
        @Nullable Integer weeksToNextStage,
        @Nullable String placeFoundOfferId,
        @Nullable LocalDateTime placeFoundAt,
        @Nullable GapOutcome outcome,
        @Nullable String placedOfferId,
        @Nullable LocalDateTime resolvedAt) {}
