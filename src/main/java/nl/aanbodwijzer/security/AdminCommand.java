package nl.aanbodwijzer.security;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.ApplicationContextBuilder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import nl.aanbodwijzer.system.Actor;
import nl.aanbodwijzer.system.DomainException;
import nl.aanbodwijzer.system.DomainException.RuleViolation;
import nl.aanbodwijzer.system.Role;

/**
 * {@code java -jar aanbodwijzer.jar admin create NAME}: makes an administrator, also on an empty
 * production database. The password comes from {@code AANBODWIJZER_ADMIN_PASSWORD} or the first line
 * of standard input, never from an argument (arguments show in the process list and shell history).
 * Exits 0 when made, 1 when refused (a weak password, a name in use), 2 on wrong usage.
 */
public final class AdminCommand {
    static final String PASSWORD_VARIABLE = "AANBODWIJZER_ADMIN_PASSWORD";
    private static final Actor COMMAND_LINE = new Actor("command-line", Set.of(Role.ADMIN), null);

    private AdminCommand() {}

    public static int run(
            String[] args, Map<String, String> environment, InputStream in, PrintStream out, PrintStream err)
            throws IOException {
        return run(args, environment, in, out, err, ApplicationContext.builder());
    }

    static int run(
            String[] args,
            Map<String, String> environment,
            InputStream in,
            PrintStream out,
            PrintStream err,
            ApplicationContextBuilder context)
            throws IOException {
        if (args.length != 3 || !args[1].equals("create")) {
            err.println("usage: java -jar aanbodwijzer.jar admin create NAME   (password on standard input or in "
                    + PASSWORD_VARIABLE + ")");
            return 2;
        }
        String password = environment.containsKey(PASSWORD_VARIABLE)
                ? environment.get(PASSWORD_VARIABLE)
                : new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
        if (password == null || password.isEmpty()) {
            err.println("No password: give it on standard input or in " + PASSWORD_VARIABLE + ".");
            return 2;
        }
        try (ApplicationContext started = context.properties(
                        Map.of("aanbodwijzer.import-on-start", false, "micronaut.server.enabled", false))
                .start()) {
            started.getBean(AccountAdministration.class).create(args[2], password, Role.ADMIN, null, COMMAND_LINE);
            out.println("Created administrator " + args[2] + ".");
            return 0;
        } catch (RuleViolation refused) {
            refused.violations().forEach(violation -> err.println(violation.field() + ": " + violation.message()));
            return 1;
        } catch (DomainException refused) {
            err.println(refused.getMessage());
            return 1;
        }
    }
}
