package nl.aanbodwijzer.system;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.web.router.MethodBasedRouteMatch;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.RouteMatch;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.aanbodwijzer.system.DomainException.InvalidInput;

/**
 * Reads the request line as strictly as a request body: percent-escapes must spell UTF-8 (the lenient
 * decoder turns {@code %c0%af} into "/"), every query parameter must be one the operation declares (so
 * that {@code ?bsn=...} is refused rather than ignored), booleans are {@code true} or {@code false}, and a
 * code is spelt exactly as the contract spells it. The framework's converters read "abc" as false and
 * "active" as ACTIVE.
 */
@ServerFilter({"/api/**", "/hsds/**"})
final class RequestLineRules {

    @RequestFilter
    void check(HttpRequest<?> request) {
        checkUtf8(request.getUri().getRawPath(), "path");
        String query = request.getUri().getRawQuery();
        if (query != null) {
            checkUtf8(query, "query");
        }
        RouteAttributes.getRouteMatch(request)
                .filter(MethodBasedRouteMatch.class::isInstance)
                .ifPresent(route -> checkParameters(request, queryArguments(route)));
    }

    private static void checkParameters(HttpRequest<?> request, Map<String, Argument<?>> declared) {
        for (String name : request.getParameters().names()) {
            Argument<?> argument = declared.get(name);
            if (argument == null) {
                throw new InvalidInput(new Violation(
                        name,
                        declared.isEmpty()
                                ? "this operation takes no query parameters"
                                : "unknown query parameter; known are " + String.join(", ", declared.keySet())));
            }
            for (String value : request.getParameters().getAll(name)) {
                checkValue(name, argument.getType(), value);
            }
        }
    }

    private static void checkValue(String name, Class<?> type, String value) {
        if ((type == Boolean.class || type == boolean.class) && !value.equals("true") && !value.equals("false")) {
            throw new InvalidInput(new Violation(name, "'" + value + "' is not true or false"));
        }
        List<String> allowed = type.isEnum() ? Codes.spellings(type) : List.of();
        if (type.isEnum() && !allowed.contains(value)) {
            throw new InvalidInput(
                    new Violation(name, "'" + value + "' is not one of " + String.join(", ", allowed), allowed));
        }
    }

    private static Map<String, Argument<?>> queryArguments(RouteMatch<?> route) {
        Map<String, Argument<?>> declared = new HashMap<>();
        for (Argument<?> argument : ((MethodBasedRouteMatch<?, ?>) route).getArguments()) {
            argument.getAnnotationMetadata()
                    .stringValue(QueryValue.class)
                    .or(() -> argument.getAnnotationMetadata().hasAnnotation(QueryValue.class)
                            ? Optional.of(argument.getName())
                            : Optional.empty())
                    .ifPresent(name -> declared.put(name, argument));
        }
        return declared;
    }

    /** Refuses percent-escapes that do not spell UTF-8, and raw bytes outside ASCII. */
    private static void checkUtf8(@Nullable String raw, String part) {
        if (raw == null || raw.indexOf('%') < 0) {
            return;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && hex(raw, i + 1) >= 0) {
                bytes.write(hex(raw, i + 1));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()));
        } catch (CharacterCodingException e) {
            throw new InvalidInput(new Violation(part, "the " + part + " is not valid UTF-8"));
        }
    }

    private static int hex(String raw, int at) {
        if (at + 1 >= raw.length()) {
            return -1;
        }
        int high = Character.digit(raw.charAt(at), 16);
        int low = Character.digit(raw.charAt(at + 1), 16);
        return high < 0 || low < 0 ? -1 : high * 16 + low;
    }
}
