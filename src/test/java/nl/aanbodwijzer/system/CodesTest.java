package nl.aanbodwijzer.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.aanbodwijzer.capacity.Availability;
import nl.aanbodwijzer.capacity.CapacityHistory;
import nl.aanbodwijzer.catalog.providers.ProviderKind;
import nl.aanbodwijzer.catalog.taxonomy.FundingSource;
import nl.aanbodwijzer.catalog.taxonomy.Level;
import nl.aanbodwijzer.catalog.taxonomy.Need;
import nl.aanbodwijzer.catalog.taxonomy.OfferStatus;
import nl.aanbodwijzer.catalog.taxonomy.OfferType;
import nl.aanbodwijzer.catalog.taxonomy.ProviderRole;
import nl.aanbodwijzer.catalog.taxonomy.Sector;
import nl.aanbodwijzer.catalog.taxonomy.TargetGroup;
import nl.aanbodwijzer.gaps.GapOutcome;
import nl.aanbodwijzer.gaps.RecordedGap;
import nl.aanbodwijzer.matching.core.AbsenceStatus;
import nl.aanbodwijzer.matching.core.EscalationStage;
import nl.aanbodwijzer.matching.core.Exclusion;
import nl.aanbodwijzer.matching.core.GapReason;
import nl.aanbodwijzer.matching.core.InTime;
import nl.aanbodwijzer.reports.ReportCodes;
import nl.aanbodwijzer.search.SearchRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every generated API enum and its domain enum hold the same codes, so that {@link Codes} never fails. */
class CodesTest {
    record Pair(Class<? extends Enum<?>> api, Class<? extends Enum<?>> domain) {
        @Override
        public String toString() {
            return api.getSimpleName() + " ~ " + domain.getName();
        }
    }

    static List<Pair> pairs() {
        return List.of(
                new Pair(nl.aanbodwijzer.api.model.Need.class, Need.class),
                new Pair(nl.aanbodwijzer.api.model.Sector.class, Sector.class),
                new Pair(nl.aanbodwijzer.api.model.Level.class, Level.class),
                new Pair(nl.aanbodwijzer.api.model.OfferType.class, OfferType.class),
                new Pair(nl.aanbodwijzer.api.model.OfferStatus.class, OfferStatus.class),
                new Pair(nl.aanbodwijzer.api.model.FundingSource.class, FundingSource.class),
                new Pair(nl.aanbodwijzer.api.model.ProviderRole.class, ProviderRole.class),
                new Pair(nl.aanbodwijzer.api.model.ProviderKind.class, ProviderKind.class),
                new Pair(nl.aanbodwijzer.api.model.Availability.class, Availability.class),
                new Pair(nl.aanbodwijzer.api.model.AbsenceStatus.class, AbsenceStatus.class),
                new Pair(nl.aanbodwijzer.api.model.GapReason.class, GapReason.class),
                new Pair(nl.aanbodwijzer.api.model.GapOutcome.class, GapOutcome.class),
                new Pair(nl.aanbodwijzer.api.model.GapStatus.class, RecordedGap.Status.class),
                new Pair(nl.aanbodwijzer.api.model.TargetGroup.class, TargetGroup.class),
                new Pair(nl.aanbodwijzer.api.model.EscalationStage.class, EscalationStage.class),
                new Pair(nl.aanbodwijzer.api.model.Role.class, Role.class),
                new Pair(nl.aanbodwijzer.api.model.ExclusionReasonCode.class, Exclusion.class),
                new Pair(nl.aanbodwijzer.api.model.CapacityHistoryEntryKind.class, CapacityHistory.Kind.class),
                new Pair(nl.aanbodwijzer.api.model.MatchSuggestionInTime.class, InTime.class),
                new Pair(nl.aanbodwijzer.api.model.ListOffersSortParameter.class, SearchRequest.Sort.class),
                new Pair(nl.aanbodwijzer.api.model.GapDimension.class, ReportCodes.dimension()),
                new Pair(nl.aanbodwijzer.api.model.ReportFormat.class, ReportCodes.download()),
                new Pair(nl.aanbodwijzer.api.model.ReportColumnKind.class, ReportCodes.columnKind()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void shouldHoldTheSameCodesOnBothSides(Pair pair) {
        assertThat(codes(pair.api())).isEqualTo(codes(pair.domain()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    @SuppressWarnings({"unchecked", "rawtypes"})
    void shouldConvertEveryConstantThereAndBack(Pair pair) {
        for (Enum<?> constant : pair.api().getEnumConstants()) {
            Enum<?> domain = Codes.to((Class) pair.domain(), constant);
            assertThat(Codes.to((Class) pair.api(), domain)).isSameAs(constant);
        }
    }

    private static List<String> codes(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants())
                .map(constant -> constant.toString().toUpperCase(Locale.ROOT))
                .sorted()
                .toList();
    }
}
