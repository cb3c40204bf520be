package nl.aanbodwijzer.matching.core;

import static org.assertj.core.api.Assertions.assertThat;

import nl.aanbodwijzer.capacity.Capacity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeNormTest {
    @ParameterizedTest(name = "{0} weeks absent leaves {1}")
    @CsvSource({"0, 13", "8, 5", "13, 0", "20, 0"})
    void shouldCountTheWeeksLeftUnderTheNorm(int weeksAbsent, int left) {
        assertThat(TimeNorm.deadlineWeeks(weeksAbsent)).isEqualTo(left);
    }

    @ParameterizedTest(name = "total {0}, occupied {1}, wait {2}, absent {3} weeks: {4}")
    @CsvSource(
            nullValues = "-",
            value = {
                "10, 8, -, 20, YES",
                "10, 10, 5, 8, YES",
                "10, 10, 6, 8, NO",
                "10, 10, 0, 13, NO",
                "10, 10, 2, 14, NO",
                "10, 10, -, 2, NO",
                "-, -, -, 2, UNKNOWN",
                "-, -, 3, 2, YES",
                "10, -, -, 2, UNKNOWN",
            })
    void shouldJudgeWhetherAPlaceComesInTime(
            Integer total, Integer occupied, Integer wait, int absent, InTime expected) {
        Capacity capacity = new Capacity(total, occupied, null, wait, null, null);

        assertThat(TimeNorm.inTime(capacity, absent)).isEqualTo(expected);
    }
}
