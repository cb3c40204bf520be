package nl.aanbodwijzer.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import nl.aanbodwijzer.catalog.Offer.Contact;
import nl.aanbodwijzer.catalog.Offer.EntryRequirements;
import nl.aanbodwijzer.catalog.Offer.Funding;
import nl.aanbodwijzer.catalog.Offer.Hours;
import nl.aanbodwijzer.catalog.Offer.Partner;
import nl.aanbodwijzer.catalog.providers.Provider;
import nl.aanbodwijzer.catalog.taxonomy.FundingSource;
import nl.aanbodwijzer.catalog.taxonomy.Level;
import nl.aanbodwijzer.catalog.taxonomy.Need;
import nl.aanbodwijzer.catalog.taxonomy.OfferStatus;
import nl.aanbodwijzer.catalog.taxonomy.OfferType;
import nl.aanbodwijzer.catalog.taxonomy.ProviderRole;
import nl.aanbodwijzer.catalog.taxonomy.Sector;
import nl.aanbodwijzer.catalog.taxonomy.TargetGroup;
import nl.aanbodwijzer.catalog.taxonomy.Taxonomy;
import nl.aanbodwijzer.web.Choice;
import nl.aanbodwijzer.web.Form;
import nl.aanbodwijzer.web.Inputs;

/**
 * The project leader's offer form, as text: what it holds (from an offer, or as typed) and every
 * choice it offers. Locations, the referral route and funding shares are not on the form; a change
 * keeps them as they are.
 */
public record OfferForm(
        Map<String, String> values,
        Map<String, Set<String>> chosen,
        Map<String, String> roles,
        List<Choice> municipalities,
        List<Choice> needs,
        List<Choice> providers) {

    static final List<String> SINGLE = List.of(
            "id",
            "name",
            "description",
            "type",
            "status",
            "minAge",
            "maxAge",
            "targetGroup",
            "hoursMin",
            "hoursMax",
            "maxDurationWeeks",
            "extensionWeeks",
            "tlvRequired",
            "careIndicationRequired",
            "housedAtSchool",
            "contactName",
            "contactEmail",
            "contactPhone",
            "contactWebsite",
            "source");
    static final List<String> MULTIPLE = List.of("municipalities", "sectors", "levels", "needs", "funding");
    private static final int MAX_AGE = 30;
    private static final int MAX_HOURS = 40;
    private static final int MAX_WEEKS = 520;

    public static final List<Choice> TYPES = Choice.of(OfferType.values());
    public static final List<Choice> STATUSES = Choice.of(OfferStatus.values());
    public static final List<Choice> TARGET_GROUPS = Choice.of(TargetGroup.values());
    public static final List<Choice> SECTORS = Choice.of(Sector.values());
    public static final List<Choice> LEVELS = Choice.of(Level.values());
    public static final List<Choice> FUNDING = Choice.of(FundingSource.values());
    public static final List<Choice> ROLES = Choice.of(ProviderRole.values());

    /** The form for a new offer. */
    static OfferForm empty(Taxonomy taxonomy, List<Provider> providers) {
        return of(Map.of(), Map.of(), Map.of(), taxonomy, providers);
    }

    /** The form holding {@code offer} as it is. */
    static OfferForm of(Offer offer, Taxonomy taxonomy, List<Provider> providers) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("id", offer.id());
        values.put("name", offer.name());
        values.put("description", offer.description());
        values.put("type", code(offer.type()));
        values.put("status", code(offer.status()));
        values.put("minAge", text(offer.minAge()));
        values.put("maxAge", text(offer.maxAge()));
        values.put("targetGroup", code(offer.targetGroup()));
        values.put("hoursMin", text(offer.hoursPerWeek().min()));
        values.put("hoursMax", text(offer.hoursPerWeek().max()));
        values.put("maxDurationWeeks", text(offer.maxDurationWeeks()));
        values.put("extensionWeeks", text(offer.extensionWeeks()));
        values.put("tlvRequired", yesNo(offer.entryRequirements().tlvRequired()));
        values.put("careIndicationRequired", yesNo(offer.entryRequirements().careIndicationRequired()));
        values.put("housedAtSchool", yesNo(offer.housedAtSchool()));
        values.put("contactName", offer.contact().name());
        values.put("contactEmail", offer.contact().email());
        values.put("contactPhone", offer.contact().phone());
        values.put("contactWebsite", offer.contact().website());
        values.put("source", offer.source());
        values.values().removeIf(value -> value == null);
        Map<String, Set<String>> chosen = new LinkedHashMap<>();
        chosen.put("municipalities", new LinkedHashSet<>(offer.municipalities()));
        chosen.put("sectors", codes(offer.sectors(), Sector::name));
        chosen.put("levels", codes(offer.levels(), Level::name));
        chosen.put("needs", codes(offer.needs(), Need::name));
        chosen.put("funding", codes(offer.funding(), f -> f.source().name()));
        Map<String, String> roles = new LinkedHashMap<>();
        offer.providers().forEach(p -> roles.put(p.id(), p.role().name()));
        return of(values, chosen, roles, taxonomy, providers);
    }

    /** The form as it was sent. */
    static OfferForm typed(Form form, Taxonomy taxonomy, List<Provider> providers) {
        Map<String, String> values = form.filled(SINGLE);
        Map<String, Set<String>> chosen = new LinkedHashMap<>();
        MULTIPLE.forEach(field -> chosen.put(field, new LinkedHashSet<>(form.all(field))));
        Map<String, String> roles = new LinkedHashMap<>();
        providers.forEach(p -> {
            String role = form.first("role-" + p.id());
            if (!Inputs.blank(role)) {
                roles.put(p.id(), role);
            }
        });
        return of(values, chosen, roles, taxonomy, providers);
    }

    private static OfferForm of(
            Map<String, String> values,
            Map<String, Set<String>> chosen,
            Map<String, String> roles,
            Taxonomy taxonomy,
            List<Provider> providers) {
        Set<String> chosenMunicipalities = chosen.getOrDefault("municipalities", Set.of());
        List<Choice> municipalities = taxonomy.municipalities().stream()
                .filter(m -> !m.subregions().isEmpty() || chosenMunicipalities.contains(m.code()))
                .map(m -> new Choice(m.code(), m.name()))
                .sorted(Comparator.comparing(Choice::label))
                .toList();
        List<Choice> providerChoices = providers.stream()
                .map(p -> new Choice(p.id(), p.name()))
                .sorted(Comparator.comparing(Choice::label))
                .toList();
        List<Choice> needs = taxonomy.needs().stream()
                .map(n -> new Choice(n.code().name(), n.label()))
                .toList();
        return new OfferForm(values, chosen, roles, municipalities, needs, providerChoices);
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    public boolean is(String field, String code) {
        return code.equals(values.get(field));
    }

    public boolean chosen(String field, String code) {
        return chosen.getOrDefault(field, Set.of()).contains(code);
    }

    public boolean plays(String providerId, String role) {
        return role.equals(roles.get(providerId));
    }

    /**
     * The offer this form describes, on top of {@code base} (the offer as it is, or an empty one),
     * or null with every mistake in {@code inputs}.
     */
    Offer definition(Offer base, Inputs inputs) {
        String name = inputs.required(limited(inputs, "name", 300, "Naam"), value("name"), "Naam");
        OfferType type =
                inputs.required(inputs.choice(OfferType.class, value("type"), "Soort"), value("type"), "Soort");
        OfferStatus status =
                inputs.required(inputs.choice(OfferStatus.class, value("status"), "Status"), value("status"), "Status");
        Integer minAge = inputs.number(value("minAge"), 0, MAX_AGE, "Leeftijd vanaf");
        Integer maxAge = inputs.number(value("maxAge"), 0, MAX_AGE, "Leeftijd tot en met");
        Integer hoursMin = inputs.number(value("hoursMin"), 0, MAX_HOURS, "Uren per week, minstens");
        Integer hoursMax = inputs.number(value("hoursMax"), 0, MAX_HOURS, "Uren per week, hoogstens");
        reversed(inputs, minAge, maxAge, "De leeftijd ‘vanaf’ is hoger dan ‘tot en met’.");
        reversed(inputs, hoursMin, hoursMax, "Het minimum aantal uren is hoger dan het maximum.");
        List<String> municipalities = List.copyOf(chosen.getOrDefault("municipalities", Set.of()));
        List<Sector> sectors = choices(inputs, Sector.class, "sectors", "Sector");
        if (municipalities.isEmpty()) {
            inputs.error("Kies ten minste één gemeente waarvoor het aanbod is.");
        }
        if (sectors.isEmpty()) {
            inputs.error("Kies ten minste één sector.");
        }
        Offer offer = base.toBuilder()
                .id(base.id() != null ? base.id() : newId(inputs))
                .name(name)
                .description(limited(inputs, "description", 4000, "Beschrijving"))
                .type(type)
                .status(status)
                .providers(partners(inputs))
                .municipalities(municipalities)
                .sectors(sectors)
                .levels(choices(inputs, Level.class, "levels", "Niveau"))
                .ages(minAge, maxAge)
                .needs(choices(inputs, Need.class, "needs", "Ondersteuningsbehoefte"))
                .targetGroup(inputs.choice(TargetGroup.class, value("targetGroup"), "Doelgroep"))
                .entryRequirements(new EntryRequirements(
                        yesNo(inputs, "tlvRequired", "Toelaatbaarheidsverklaring nodig"),
                        yesNo(inputs, "careIndicationRequired", "Indicatie nodig"),
                        base.entryRequirements().referralRoute(),
                        base.entryRequirements().onlyPupilsOfSchool()))
                .hoursPerWeek(new Hours(hoursMin, hoursMax))
                .duration(
                        inputs.number(value("maxDurationWeeks"), 0, MAX_WEEKS, "Hoogstens weken"),
                        inputs.number(value("extensionWeeks"), 0, MAX_WEEKS, "Verlenging in weken"))
                .funding(funding(inputs, base.funding()))
                .housedAtSchool(yesNo(inputs, "housedAtSchool", "Op een school gehuisvest"))
                .contact(new Contact(
                        limited(inputs, "contactName", 200, "Contactpersoon"),
                        limited(inputs, "contactEmail", 200, "E-mailadres"),
                        limited(inputs, "contactPhone", 50, "Telefoon"),
                        limited(inputs, "contactWebsite", 300, "Website")))
                .provenance(limited(inputs, "source", 500, "Bron"), base.synthetic())
                .build();
        return inputs.valid() ? offer : null;
    }

    private String newId(Inputs inputs) {
        String id = value("id");
        if (id.isEmpty()) {
            inputs.error("Vul ‘Code’ in.");
        } else if (id.length() > 100 || !id.matches(OfferRules.ID_PATTERN)) {
            inputs.error("Vul bij ‘Code’ alleen kleine letters, cijfers en streepjes in, zoals ‘rebound-arnhem’.");
        }
        return id;
    }

    private List<Partner> partners(Inputs inputs) {
        List<Partner> partners = new ArrayList<>();
        providers.forEach(p -> {
            ProviderRole role = inputs.choice(ProviderRole.class, roles.get(p.code()), "Rol van " + p.label());
            if (role != null) {
                partners.add(new Partner(p.code(), p.label(), role));
            }
        });
        return partners;
    }

    /** The chosen sources; a source that stays keeps its share and end date. */
    private List<Funding> funding(Inputs inputs, List<Funding> before) {
        return choices(inputs, FundingSource.class, "funding", "Financiering").stream()
                .map(source -> before.stream()
                        .filter(f -> f.source() == source)
                        .findFirst()
                        .orElse(new Funding(source, null, null)))
                .toList();
    }

    private <E extends Enum<E>> List<E> choices(Inputs inputs, Class<E> type, String field, String label) {
        return chosen.getOrDefault(field, Set.of()).stream()
                .map(code -> inputs.choice(type, code, label))
                .filter(choice -> choice != null)
                .distinct()
                .toList();
    }

    private String limited(Inputs inputs, String field, int max, String label) {
        String value = values.get(field);
        if (value != null && value.length() > max) {
            inputs.error("‘" + label + "’ is langer dan " + max + " tekens.");
        }
        return value;
    }

    private Boolean yesNo(Inputs inputs, String field, String label) {
        String value = value(field);
        return switch (value) {
            case "" -> null;
            case "ja" -> true;
            case "nee" -> false;
            default -> {
                inputs.error("Onbekende keuze bij ‘" + label + "’.");
                yield null;
            }
        };
    }

    private static void reversed(Inputs inputs, Integer from, Integer to, String message) {
        if (from != null && to != null && from > to) {
            inputs.error(message);
        }
    }

    private static String code(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String text(Integer value) {
        return value == null ? null : value.toString();
    }

    private static String yesNo(Boolean value) {
        return value == null ? null : value ? "ja" : "nee";
    }

    private static <T> Set<String> codes(List<T> values, Function<T, String> code) {
        Set<String> codes = new LinkedHashSet<>();
        values.forEach(value -> codes.add(code.apply(value)));
        return codes;
    }
}
