package nl.aanbodwijzer.matching.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SmallestTest {
    @Test
    void shouldGiveTheSameFirstFewAsSortingThemAll() {
        Random random = new Random(7);
        for (int run = 0; run < 200; run++) {
            List<Integer> items = new ArrayList<>();
            for (int i = random.nextInt(50); i > 0; i--) {
                items.add(random.nextInt(20));
            }
            int count = random.nextInt(5);

            List<Integer> sorted = items.stream().sorted().limit(count).toList();

            assertThat(Smallest.first(items, Comparator.naturalOrder(), count)).isEqualTo(sorted);
        }
    }
}
