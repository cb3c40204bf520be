package nl.aanbodwijzer.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RoleTest {
    @Test
    void shouldNameEachRoleOnceForSecuredAnnotations() throws IllegalAccessException {
        Field[] names = Role.Names.class.getFields();
        assertThat(Arrays.stream(names).map(Field::getName))
                .containsExactlyInAnyOrder(
                        Arrays.stream(Role.values()).map(Enum::name).toArray(String[]::new));
        for (Field name : names) {
            assertThat(name.get(null)).isEqualTo(name.getName());
        }
    }
}
