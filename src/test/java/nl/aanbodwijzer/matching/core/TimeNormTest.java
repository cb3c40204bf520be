package nl.aanbodwijzer.matching.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.aanbodwijzer.capacity.Capacity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeNormTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final TimeNorm NORM = new TimeNorm(TimeNorm.DEFAULT_WEEKS);

    @ParameterizedTest(name = "{0} weeks absent leaves {1}")
    @CsvSource({"0, 13", "8, 5", "13, 0", "20, 0"})
    void shouldCountTheWeeksLeftUnderTheNorm(int weeksAbsent, int left) {
        assertThat(NORM.weeksLeft(weeksAbsent)).isEqualTo(left);
    }

    @Test
    void shouldCountTheWeeksOfTheConfiguredNorm() {
        assertThat(new TimeNorm(12).weeksLeft(8)).isEqualTo(4);
    }

    @Test
    void shouldNotCountExcusedAbsenceOrExemptionAsStayingHome() {
        assertThat(NORM.appliesTo(AbsenceStatus.GEOORLOOFD)).isFalse();
        assertThat(NORM.appliesTo(AbsenceStatus.VRIJSTELLING_5A)).isFalse();
        assertThat(NORM.appliesTo(AbsenceStatus.RELATIEF_VERZUIM)).isTrue();
        assertThat(NORM.appliesTo(AbsenceStatus.ABSOLUUT_VERZUIM)).isTrue();
        assertThat(NORM.appliesTo(AbsenceStatus.DREIGEND)).isTrue();
    }

    @ParameterizedTest(name = "total {0}, occupied {1}, wait {2}, intake in {3} days, {4} weeks left: {5}")
    @CsvSource(
            nullValues = "-",
            value = {
                "10, 8, -, -, 0, YES",
                "10, 10, 5, -, 5, YES",
                "10, 10, 6, -, 5, NO",
                "10, 10, 0, -, 0, NO",
                "10, 10, -, -, 11, NO",
                "-, -, -, -, 11, UNKNOWN",
                "-, -, 3, -, 11, YES",
                "10, -, -, -, 11, UNKNOWN",
                "10, 10, -, 21, 5, YES",
                "10, 10, 20, 21, 5, YES",
                "10, 10, 2, 60, 5, YES",
                "10, 10, -, 40, 5, NO",
                "10, 10, -, -3, 5, NO",
            })
    void shouldJudgeWhetherAPlaceComesInTime(
            Integer total, Integer occupied, Integer wait, Integer intakeInDays, int weeksLeft, InTime expected) {
        LocalDate intake = intakeInDays == null ? null : TODAY.plusDays(intakeInDays);
        Capacity capacity = new Capacity(total, occupied, null, wait, intake, null);

        assertThat(TimeNorm.inTime(capacity, TODAY, weeksLeft)).isEqualTo(expected);
    }

    @Test
    void shouldTakeTheNextIntakeAsTheWaitWhenItIsSooner() {
        Capacity full = new Capacity(10, 10, 4, 20, TODAY.plusWeeks(3), null);

        assertThat(TimeNorm.waitWeeks(full, TODAY)).isEqualTo(3);
        assertThat(TimeNorm.waitWeeks(full, TODAY.plusDays(1)))
                .as("a started week counts")
                .isEqualTo(3);
    }
}
