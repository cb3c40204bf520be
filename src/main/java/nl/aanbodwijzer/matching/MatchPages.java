package nl.aanbodwijzer.matching;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.aanbodwijzer.catalog.Catalog;
import nl.aanbodwijzer.catalog.taxonomy.Level;
import nl.aanbodwijzer.catalog.taxonomy.Need;
import nl.aanbodwijzer.catalog.taxonomy.Sector;
import nl.aanbodwijzer.catalog.taxonomy.TargetGroup;
import nl.aanbodwijzer.catalog.taxonomy.Taxonomy;
import nl.aanbodwijzer.matching.core.AbsenceStatus;
import nl.aanbodwijzer.matching.core.PupilProfile;
import nl.aanbodwijzer.system.CurrentActor;
import nl.aanbodwijzer.system.Role;
import nl.aanbodwijzer.web.Form;
import nl.aanbodwijzer.web.Inputs;
import nl.aanbodwijzer.web.Page;
import nl.aanbodwijzer.web.Pages;

/**
 * Matching for the coordinator: the profile form, and on the same page what matching found, which
 * prints as the one-page case summary for the thuiszitterstafel. The description is used for this
 * answer only; nothing that identifies the pupil is asked.
 */
@Controller("/matchen")
@Secured({Role.Names.COORDINATOR, Role.Names.PROJECTLEIDER})
class MatchPages {
    private static final int SUGGESTIONS = 10;
    private static final int MAX_NEEDS = 5;
    private static final int MAX_TEXT = 1000;
    private static final Pattern CASE_REFERENCE = Pattern.compile("[A-Za-z0-9._/-]{1,64}");
    private static final Pattern SCHOOL = Pattern.compile("[0-9A-Z]{4}[0-9]{2}");
    /** The fields shown again as typed; the needs and target groups are checkboxes, read apart. */
    private static final List<String> FIELDS = List.of(
            "age",
            "sector",
            "level",
            "municipality",
            "primaryNeed",
            "absenceStatus",
            "weeksAbsent",
            "hasTlv",
            "hasCareIndication",
            "hoursPerWeek",
            "school",
            "text",
            "caseReference");

    private final Matching matching;
    private final Catalog catalog;
    private final CurrentActor actor;
    private final Pages pages;

    MatchPages(Matching matching, Catalog catalog, CurrentActor actor, Pages pages) {
        this.matching = matching;
        this.catalog = catalog;
        this.actor = actor;
        this.pages = pages;
    }

    @Get
    MutableHttpResponse<String> form(HttpRequest<?> request) {
        return page(request, MatchForm.of(taxonomy(), Map.of(), Set.of(), Set.of()), null, List.of())
                .render();
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<String> match(HttpRequest<?> request, @Body String body) {
        Form submitted = pages.form(request, body);
        Map<String, String> values = submitted.filled(FIELDS);
        String age = values.get("age");
        String sector = values.get("sector");
        String municipality = values.get("municipality");
        String primaryNeed = values.get("primaryNeed");
        String absenceStatus = values.get("absenceStatus");
        String weeksAbsent = values.get("weeksAbsent");
        String school = values.get("school");
        String text = values.get("text");
        String reference = values.get("caseReference");
        Set<String> otherNeeds = new LinkedHashSet<>(submitted.all("needs"));
        Set<String> groups = new LinkedHashSet<>(submitted.all("targetGroups"));
        Taxonomy taxonomy = taxonomy();
        MatchForm form = MatchForm.of(taxonomy, values, otherNeeds, groups);

        Inputs inputs = new Inputs();
        Integer pupilAge = inputs.required(inputs.number(age, 3, 30, "Leeftijd"), age, "Leeftijd");
        Sector pupilSector = inputs.required(inputs.choice(Sector.class, sector, "Sector"), sector, "Sector");
        Level pupilLevel = inputs.choice(Level.class, values.get("level"), "Niveau");
        if (municipality == null) {
            inputs.error("Kies de woongemeente.");
        } else if (!taxonomy.knowsMunicipality(municipality)) {
            inputs.error("Onbekende keuze bij ‘Woongemeente’.");
        }
        Need first = inputs.required(
                inputs.choice(Need.class, primaryNeed, "Belangrijkste behoefte"),
                primaryNeed,
                "Belangrijkste behoefte");
        List<Need> allNeeds = new ArrayList<>();
        if (first != null) {
            allNeeds.add(first);
        }
        otherNeeds.forEach(code -> {
            Need need = inputs.choice(Need.class, code, "Andere behoeften");
            if (need != null && !allNeeds.contains(need)) {
                allNeeds.add(need);
            }
        });
        if (allNeeds.size() > MAX_NEEDS) {
            inputs.error("Kies hoogstens " + MAX_NEEDS + " behoeften.");
        }
        List<TargetGroup> pupilGroups = groups.stream()
                .map(code -> inputs.choice(TargetGroup.class, code, "Doelgroepen"))
                .filter(g -> g != null)
                .distinct()
                .toList();
        AbsenceStatus status =
                inputs.required(inputs.choice(AbsenceStatus.class, absenceStatus, "Verzuim"), absenceStatus, "Verzuim");
        Integer weeks =
                inputs.required(inputs.number(weeksAbsent, 0, 520, "Weken verzuim"), weeksAbsent, "Weken verzuim");
        Integer hours = inputs.number(values.get("hoursPerWeek"), 0, 40, "Haalbare uren per week");
        String schoolCode = school == null ? null : school.toUpperCase(Locale.ROOT);
        if (schoolCode != null && (!SCHOOL.matcher(schoolCode).matches() || !taxonomy.knowsSchool(schoolCode))) {
            inputs.error("Onbekende vestigingscode bij ‘School’ (vier tekens en twee cijfers, zoals 00AB00).");
        }
        if (text != null && text.length() > MAX_TEXT) {
            inputs.error("De beschrijving is langer dan " + MAX_TEXT + " tekens.");
        }
        if (reference != null && !CASE_REFERENCE.matcher(reference).matches()) {
            inputs.error("Een casusreferentie heeft 1 tot 64 letters, cijfers of . _ / - en geen spaties.");
        }
        if (!inputs.valid()) {
            return page(request, form, null, inputs.errors())
                    .status(HttpStatus.BAD_REQUEST)
                    .render();
        }
        PupilProfile profile = new PupilProfile(
                pupilAge,
                pupilSector,
                pupilLevel,
                municipality,
                allNeeds,
                pupilGroups,
                status,
                weeks,
                "ja".equals(values.get("hasTlv")),
                "ja".equals(values.get("hasCareIndication")),
                hours,
                schoolCode);
        Matching.Result result = matching.match(profile, text, reference, actor.get(), SUGGESTIONS);
        return page(request, form, MatchView.of(profile, result, taxonomy, reference), List.of())
                .render();
    }

    private Page page(HttpRequest<?> request, MatchForm form, MatchView view, List<String> errors) {
        return pages.page(request, "matching/match", view == null ? "Matchen" : "Matchen: uitkomst")
                .with("form", form)
                .with("view", view)
                .with("errors", errors);
    }

    private Taxonomy taxonomy() {
        return catalog.snapshot().taxonomy();
    }
}
