package nl.aanbodwijzer.system;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.management.endpoint.annotation.Endpoint;
import io.micronaut.management.endpoint.health.HealthEndpoint;
import io.micronaut.management.endpoint.health.HealthLevelOfDetail;
import io.micronaut.management.health.aggregator.HealthAggregator;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Liveness;
import io.micronaut.security.authentication.Authentication;
import java.security.Principal;

/**
 * {@code /health} tells anyone only UP or DOWN; the details (database, its version and address, disk
 * space) are for an administrator, whose credentials the request carries.
 */
@Endpoint(id = HealthEndpoint.NAME, defaultSensitive = false)
@Replaces(HealthEndpoint.class)
class OperatorHealth extends HealthEndpoint {
    OperatorHealth(
            HealthAggregator<HealthResult> healthAggregator,
            HealthIndicator[] healthIndicators,
            @Liveness HealthIndicator[] livenessHealthIndicators) {
        super(healthAggregator, healthIndicators, livenessHealthIndicators);
    }

    @Override
    protected HealthLevelOfDetail levelOfDetail(Principal principal) {
        boolean administrator = principal instanceof Authentication authentication
                && authentication.getRoles().contains(Role.ADMIN.name());
        return administrator ? HealthLevelOfDetail.STATUS_DESCRIPTION_DETAILS : HealthLevelOfDetail.STATUS;
    }
}
