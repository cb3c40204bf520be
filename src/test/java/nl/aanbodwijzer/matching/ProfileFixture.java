package nl.aanbodwijzer.matching;

import java.util.List;
import nl.aanbodwijzer.api.model.AbsenceStatus;
import nl.aanbodwijzer.api.model.MatchRequest;
import nl.aanbodwijzer.api.model.Need;
import nl.aanbodwijzer.api.model.Sector;

/** Match requests as a coordinator sends them; change one with its fluent setters. */
public final class ProfileFixture {
    private ProfileFixture() {}

    /** A 14-year-old VO pupil, relatively absent, without TLV. */
    public static MatchRequest vo(String municipality, String need, int weeksAbsent, boolean careIndication) {
        return new MatchRequest(
                14,
                Sector.VO,
                municipality,
                List.of(Need.fromValue(need)),
                AbsenceStatus.RELATIEF_VERZUIM,
                weeksAbsent,
                false,
                careIndication);
    }
}
