package nl.aanbodwijzer.catalog;

import static nl.aanbodwijzer.system.HttpProblems.problem;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import nl.aanbodwijzer.api.model.FieldError;
import nl.aanbodwijzer.api.model.Problem;
import nl.aanbodwijzer.system.ApiTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad parameters and paths, sent as a browser would: the typed clients cannot send them. */
class OfferErrorsTest extends ApiTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "/api/v1/offers?sector=XX | sector | PO | XX",
                "/api/v1/offers?type=SCHOOL | type | ONDERWIJSZORGARRANGEMENT | SCHOOL",
                "/api/v1/offers?need=angst | need | ANGST_SCHOOLWEIGERING | angst",
                "/api/v1/offers?status=OPEN | status | PILOT | OPEN",
                "/api/v1/offers?status=active | status | ACTIVE | active",
                "/api/v1/offers?sector=vo | sector | VO | vo",
            })
    void shouldRejectAnUnknownCodeNamingTheAllowedValues(String uri, String field, String oneAllowed, String sent) {
        Problem problem = problem(raw(), HttpRequest.GET(uri), HttpStatus.BAD_REQUEST);

        FieldError error = firstError(problem);
        assertThat(error.getField()).isEqualTo(field);
        assertThat(error.getAllowed()).contains(oneAllowed);
        assertThat(error.getMessage()).startsWith("'" + sent + "' is not one of");
        assertThat(problem.getDetail()).contains(field);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "/api/v1/offers?age=abc | age",
                "/api/v1/offers?age=-1 | age",
                "/api/v1/offers?age=99999999999 | age",
                "/api/v1/offers?size=1000 | size",
                "/api/v1/offers?size=0 | size",
                "/api/v1/offers?page=0 | page",
                "/api/v1/offers?stale=abc | stale",
                "/api/v1/offers?bsn=123456782 | bsn",
                "/api/v1/offers/%c0%af | path",
                "/api/v1/offers?q=%c0%af | query",
                "/api/v1/offers?q=%ff | query",
                "/api/v1/offers?available=yes | available",
                "/api/v1/offers?municipality=Arnhem | municipality",
                "/api/v1/offers?municipality=GM9999 | municipality",
            })
    void shouldRejectABadValueNamingTheField(String uri, String field) {
        Problem problem = problem(raw(), HttpRequest.GET(uri), HttpStatus.BAD_REQUEST);

        assertThat(firstError(problem).getField()).isEqualTo(field);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/api/v1/offers/no-such-offer", "/api/v1/offers/%20", "/api/v1/no-such-thing"})
    void shouldAnswerNotFoundAsAProblem(String uri) {
        problem(raw(), HttpRequest.GET(uri), HttpStatus.NOT_FOUND);
    }

    private static FieldError firstError(Problem problem) {
        assertThat(problem.getErrors()).isNotEmpty();
        return problem.getErrors().get(0);
    }
}
