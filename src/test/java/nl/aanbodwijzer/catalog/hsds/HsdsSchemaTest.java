package nl.aanbodwijzer.catalog.hsds;

import static nl.aanbodwijzer.capacity.CapacityFixture.numbers;
import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.aanbodwijzer.capacity.CapacityFixture;
import nl.aanbodwijzer.system.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every HSDS answer for the whole seed catalogue, validated against the official HSDS 3.1 schema files. */
@ExtendWith(HsdsSchemas.class)
class HsdsSchemaTest extends ApiTest {
    @Inject
    CapacityFixture capacity;

    @Inject
    JsonMapper json;

    @BeforeEach
    void publishSomeNumbers() {
        signIn(accounts.admin());
        capacity.publish("grip", numbers(8, 6, 3, 10, LocalDate.of(2027, 2, 1)));
        capacity.publish("verzuimcoaches", numbers(null, null, 12, 20, null));
        signOut();
    }

    @Test
    void shouldAnswerEveryServiceAsTheSchemasDescribe() throws IOException {
        Schema list = HsdsSchemas.ofOperation("/services", "get");
        for (String query : List.of("", "&minimal=true", "&full=true")) {
            assertValid(list, "/hsds/services?per_page=1000" + query);
        }
        Schema full = HsdsSchemas.ofOperation("/services/{id}", "get");
        List<Map<String, Object>> services = contents("/hsds/services?per_page=1000");
        assertThat(services).hasSize(46);
        for (Map<String, Object> service : services) {
            assertValid(full, "/hsds/services/" + service.get("id"));
        }
    }

    @Test
    void shouldCarryCapacityWithItsUnitAndTheWaitingListAsAttributes() throws IOException {
        String grip = get("/hsds/services/" + HsdsIds.of("service", "grip"));

        assertThat(grip)
                .contains("\"unit\":{\"id\":\"" + HsdsDocuments.UNIT_ID + "\",\"name\":\"plaats\"")
                .contains("\"available\":2,\"maximum\":8")
                .contains("\"value\":\"3\",\"taxonomy_term\":{\"id\":\"" + HsdsIds.derived("term:kenmerk:wachtlijst"));
        assertThat(HsdsSchemas.errors(HsdsSchemas.ofObject("service_capacity.json"), capacityOf(grip)))
                .isEmpty();
    }

    @Test
    void shouldAnswerEveryOrganizationAsTheSchemasDescribe() throws IOException {
        Schema list = HsdsSchemas.ofOperation("/organizations", "get");
        assertValid(list, "/hsds/organizations?per_page=1000");
        assertValid(list, "/hsds/organizations?per_page=1000&full=true&full_service=true");
        Schema one = HsdsSchemas.ofOperation("/organizations/{id}", "get");
        List<Map<String, Object>> organizations = contents("/hsds/organizations?per_page=1000");
        assertThat(organizations).hasSize(19);
        for (Map<String, Object> organization : organizations) {
            assertValid(one, "/hsds/organizations/" + organization.get("id"));
            assertValid(one, "/hsds/organizations/" + organization.get("id") + "?full_service=true");
        }
    }

    @Test
    void shouldAnswerEveryTaxonomyAndTermAsTheSchemasDescribe() throws IOException {
        assertValid(HsdsSchemas.ofOperation("/", "get"), "/hsds/");
        assertValid(HsdsSchemas.ofOperation("/taxonomies", "get"), "/hsds/taxonomies");
        for (Map<String, Object> taxonomy : contents("/hsds/taxonomies")) {
            assertValid(HsdsSchemas.ofOperation("/taxonomies/{id}", "get"), "/hsds/taxonomies/" + taxonomy.get("id"));
        }
        assertValid(HsdsSchemas.ofOperation("/taxonomy_terms", "get"), "/hsds/taxonomy_terms?per_page=1000");
        List<Map<String, Object>> terms = contents("/hsds/taxonomy_terms?per_page=1000");
        assertThat(terms).hasSizeGreaterThan(50);
        for (Map<String, Object> term : terms) {
            assertValid(
                    HsdsSchemas.ofOperation("/taxonomy_terms/{id}", "get"), "/hsds/taxonomy_terms/" + term.get("id"));
        }
    }

    @Test
    void shouldRefuseADocumentThatBreaksTheSchema() throws IOException {
        String grip = get("/hsds/services/" + HsdsIds.of("service", "grip"));
        String broken = grip.replace("\"status\":\"active\"", "\"status\":\"open\"")
                .replace("\"id\":\"" + HsdsIds.of("service", "grip") + "\"", "\"id\":\"grip\"");

        assertThat(HsdsSchemas.errors(HsdsSchemas.ofOperation("/services/{id}", "get"), broken))
                .anySatisfy(error -> assertThat(error).contains("status"))
                .anySatisfy(error -> assertThat(error).contains("uuid"));
    }

    private void assertValid(Schema schema, String uri) {
        assertThat(HsdsSchemas.errors(schema, get(uri))).as(uri).isEmpty();
    }

    private String get(String uri) {
        return raw().retrieve(uri);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> contents(String uri) throws IOException {
        Map<String, Object> page = json.readValue(get(uri), Map.class);
        return (List<Map<String, Object>>) page.get("contents");
    }

    @SuppressWarnings("unchecked")
    private String capacityOf(String service) throws IOException {
        Map<String, Object> document = json.readValue(service, Map.class);
        List<Object> capacities = (List<Object>) document.get("capacities");
        return new String(json.writeValueAsBytes(capacities.get(0)));
    }
}
