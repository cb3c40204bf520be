package nl.aanbodwijzer.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * In the MySQL run of the suite, checks once that the server answers. Without a server the tests
 * are reported as skipped, unless the environment sets {@code AANBODWIJZER_REQUIRE_MYSQL=true} (as
 * .ci/run does): then the run fails at once.
 */
public final class MySqlAvailability implements ExecutionCondition {
    private static volatile String unavailable;
    private static volatile boolean checked;

    public static boolean isMySqlRun() {
        return System.getProperty("micronaut.environments", "").contains("mysql");
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!isMySqlRun()) {
            return ConditionEvaluationResult.enabled("H2 run");
        }
        String problem = check();
        if (problem == null) {
            return ConditionEvaluationResult.enabled("MySQL answers");
        }
        if ("true".equals(System.getenv("AANBODWIJZER_REQUIRE_MYSQL"))) {
            throw new IllegalStateException("MySQL is required for this run but " + problem);
        }
        return ConditionEvaluationResult.disabled("Skipped: " + problem);
    }

    private static synchronized String check() {
        if (!checked) {
            String url = System.getProperty("datasources.default.url");
            try (Connection connection = DriverManager.getConnection(
                    url,
                    System.getProperty("datasources.default.username"),
                    System.getProperty("datasources.default.password"))) {
                unavailable = connection.isValid(5) ? null : "the server at " + url + " does not answer";
            } catch (SQLException e) {
                unavailable = "cannot connect to MySQL at " + url + " (" + e.getMessage() + ")";
            }
            checked = true;
            if (unavailable != null) {
                // surefire shows only the count of skipped tests; say why, once, and how to fix it
                System.err.println("MySQL run skipped: " + unavailable
                        + ". Create the test database and user as the README's MySQL section shows.");
            }
        }
        return unavailable;
    }
}
