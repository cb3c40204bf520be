package nl.aanbodwijzer.catalog.hsds;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The official HSDS 3.1 schema files, read where the workspace keeps them ({@code ../shared/hsds}, or
 * {@code AANBODWIJZER_HSDS_SCHEMAS}); they are not copied into this project. The remote {@code $ref}s
 * of the HSDS OpenAPI file, and the relative ones between its files, are read from those files. Without them the tests that need them are
 * skipped and say so, unless {@code AANBODWIJZER_REQUIRE_HSDS=true} (as .ci/run sets).
 */
final class HsdsSchemas implements ExecutionCondition {
    private static final String REMOTE = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/";
    static final Path FOLDER = Path.of(System.getenv().getOrDefault("AANBODWIJZER_HSDS_SCHEMAS", "../shared/hsds"))
            .toAbsolutePath()
            .normalize();

    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();
    private static SchemaRegistry registry;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Files.isRegularFile(FOLDER.resolve("schema/openapi.json"))) {
            return ConditionEvaluationResult.enabled("HSDS schemas at " + FOLDER);
        }
        String missing = "the HSDS 3.1 schema files are not at " + FOLDER + "; they come from the Open Referral"
                + " specification repository (github.com/openreferral/specification, branch 3.1-dev, folder schema/);"
                + " point AANBODWIJZER_HSDS_SCHEMAS at a copy";
        if ("true".equals(System.getenv("AANBODWIJZER_REQUIRE_HSDS"))) {
            throw new IllegalStateException("HSDS schemas are required for this run but " + missing);
        }
        System.err.println("HSDS schema tests skipped: " + missing);
        return ConditionEvaluationResult.disabled("Skipped: " + missing);
    }

    /** The schema of an operation's 200 answer in the HSDS OpenAPI file, such as ("/services", "get"). */
    static Schema ofOperation(String path, String method) {
        String pointer = "#/paths/" + path.replace("~", "~0").replace("/", "~1") + "/" + method
                + "/responses/200/content/application~1json/schema";
        return schema(REMOTE + "openapi.json" + pointer);
    }

    /** The schema of one object, such as "compiled/service.json" or "organization.json". */
    static Schema ofObject(String file) {
        return schema(REMOTE + file);
    }

    static List<String> errors(Schema schema, String json) {
        List<Error> errors = schema.validate(
                json,
                InputFormat.JSON,
                context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)));
        return errors.stream().map(Error::toString).toList();
    }

    private static Schema schema(String location) {
        return SCHEMAS.computeIfAbsent(location, at -> registry().getSchema(SchemaLocation.of(at)));
    }

    private static synchronized SchemaRegistry registry() {
        if (registry == null) {
            registry = SchemaRegistry.withDefaultDialect(
                    SpecificationVersion.DRAFT_2020_12,
                    builder ->
                            builder.schemas(id -> id.startsWith(REMOTE) ? read(id.substring(REMOTE.length())) : null));
        }
        return registry;
    }

    /**
     * The local copy of a remote schema file. The fully nested organization schema was not copied (too
     * large); its $ref form, organization.json, is the same schema and is read instead, with the
     * identifier of its own place so that its relative $refs are found.
     */
    private static String read(String remote) {
        try {
            if (remote.equals("compiled/organization.json")) {
                return read("organization.json")
                        .replaceFirst("\\{", "{\"\\$id\": \"" + REMOTE + "organization.json\",");
            }
            return Files.readString(FOLDER.resolve("schema").resolve(remote));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
