package nl.aanbodwijzer.matching;

import static nl.aanbodwijzer.system.HttpProblems.problem;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import nl.aanbodwijzer.api.model.Problem;
import nl.aanbodwijzer.security.TestAccounts;
import nl.aanbodwijzer.system.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A match request with a value of the wrong kind is refused, naming the field; it is never misread. */
class MatchInputTest extends ApiTest {
    private static final String PROFILE = """
            "age":14,"sector":"VO","municipality":"GM0202","absenceStatus":"RELATIEF_VERZUIM",\
            "weeksAbsent":4,"hasTlv":false""";

    private String coordinator;

    @BeforeEach
    void signInAsCoordinator() {
        coordinator = accounts.coordinator();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "'\"needs\":[null],\"hasCareIndication\":false' | needs",
                "'\"needs\":[\"GEDRAG\"],\"hasCareIndication\":\"ja\"' | hasCareIndication",
                "'\"needs\":[\"GEDRAG\"],\"hasCareIndication\":1' | hasCareIndication",
                "'\"needs\":[\"gedrag\"],\"hasCareIndication\":false' | needs",
                "'\"needs\":\"GEDRAG\",\"hasCareIndication\":false' | needs",
                "'\"needs\":[\"GEDRAG\"],\"hasCareIndication\":false,\"caseReference\":5' | caseReference",
                "'\"needs\":[\"GEDRAG\"],\"hasCareIndication\":false,\"caseReference\":\"a\\u0000b\"' | caseReference",
                "'\"needs\":[\"GEDRAG\"],\"hasCareIndication\":false,\"caseReference\":\"\\ud800\"' | caseReference",
            })
    void shouldRefuseAValueOfTheWrongKindNamingTheField(String fields, String field) {
        Problem problem = send("{" + PROFILE + "," + fields + "}");

        assertThat(problem.getDetail()).contains(field).doesNotContain("nl.aanbodwijzer", "java.", "class ");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "'{\"age\":\"8\"}' | age",
                "'{\"age\":14.5}' | age",
                "'{\"sector\":\"vo\"}' | sector",
            })
    void shouldRefuseAWrongNumberOrCode(String body, String field) {
        Problem problem = send(body);

        assertThat(problem.getDetail()).contains(field).doesNotContain("nl.aanbodwijzer", "java.", "class ");
    }

    @org.junit.jupiter.api.Test
    void shouldRefuseAnIdentityInTheQueryString() {
        Problem problem = send(
                "/api/v1/matches?bsn=123456782",
                "{" + PROFILE + ",\"needs\":[\"GEDRAG\"],\"hasCareIndication\":false}");

        assertThat(problem.getErrors()).singleElement().satisfies(error -> assertThat(error.getField())
                .isEqualTo("bsn"));
    }

    private Problem send(String body) {
        return send("/api/v1/matches", body);
    }

    private Problem send(String uri, String body) {
        return problem(
                raw(),
                HttpRequest.POST(uri, body)
                        .basicAuth(coordinator, TestAccounts.PASSWORD)
                        .contentType("application/json"),
                HttpStatus.BAD_REQUEST);
    }
}
