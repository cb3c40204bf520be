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

/**
 * The row of a gap: the coded profile (its needs after the first are a child table), the keyed hash
 * of the case reference, and the outcome. Times are UTC.
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
        @Nullable GapOutcome outcome,
        @Nullable String placedOfferId,
        @Nullable LocalDateTime resolvedAt) {}
