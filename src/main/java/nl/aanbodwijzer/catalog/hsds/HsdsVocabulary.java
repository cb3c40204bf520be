package nl.aanbodwijzer.catalog.hsds;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.aanbodwijzer.catalog.taxonomy.Level;
import nl.aanbodwijzer.catalog.taxonomy.OfferType;
import nl.aanbodwijzer.catalog.taxonomy.Sector;
import nl.aanbodwijzer.catalog.taxonomy.TargetGroup;
import nl.aanbodwijzer.catalog.taxonomy.Taxonomy;
import nl.aanbodwijzer.system.Labelled;

/**
 * The two taxonomies this product publishes in HSDS, with stable ids: the classification (needs,
 * offer types, sectors, levels, target groups, each a group with its codes as child terms) and the
 * facts HSDS has no field for, carried as attributes with a value (docs/hsds.md lists them).
 */
final class HsdsVocabulary {
    /** A taxonomy this product publishes. */
    record Published(String id, String name, String description) {}

    /** A term: {@code group} is the code of its parent in the classification, null for a fact or a group. */
    record Term(String id, String code, String name, String description, String parentId, String group, Published in) {}

    static final String VERSION = "1";
    static final Published CLASSIFICATION = new Published(
            HsdsIds.derived("taxonomy:indeling"),
            "Aanbodwijzer-indeling",
            "Indeling van onderwijszorgaanbod in Aanbodwijzer: behoeften van leerlingen, soorten aanbod, sectoren,"
                    + " niveaus en doelgroepen.");
    static final Published FACTS = new Published(
            HsdsIds.derived("taxonomy:kenmerken"),
            "Aanbodwijzer-kenmerken",
            "Kenmerken van aanbod, aanbieders en locaties waarvoor HSDS geen eigen veld heeft; de waarde staat"
                    + " in het attribuut.");

    static final String NEED = "behoefte";
    static final String TYPE = "soort";
    static final String SECTOR = "sector";
    static final String LEVEL = "niveau";
    static final String TARGET_GROUP = "doelgroep";

    /** A fact carried as an attribute value, by the entity it describes. */
    enum Fact {
        STATUS(
                "status",
                "Status in Aanbodwijzer",
                "Actief, pilot, gepland of gesloten (ACTIVE, PILOT, PLANNED, CLOSED)."),
        WAITING_LIST("wachtlijst", "Wachtlijst", "Aantal leerlingen op de wachtlijst, zoals het laatst gepubliceerd."),
        EXPECTED_WAIT_WEEKS(
                "verwachte-wachttijd-weken", "Verwachte wachttijd in weken", "Verwachte wachttijd tot plaatsing."),
        CAPACITY_UPDATED(
                "cijfers-bijgewerkt",
                "Cijfers bijgewerkt",
                "Moment waarop de aanbieder plaatsen en wachtlijst het laatst publiceerde."),
        NEXT_INTAKE(
                "volgende-instroom", "Volgende instroom", "Eerstvolgende datum waarop leerlingen kunnen instromen."),
        HOURS_MIN("uren-per-week-min", "Minimaal aantal uren per week", "Intensiteit: ondergrens in uren per week."),
        HOURS_MAX("uren-per-week-max", "Maximaal aantal uren per week", "Intensiteit: bovengrens in uren per week."),
        MAX_DURATION_WEEKS("maximale-duur-weken", "Maximale duur in weken", "Langste verblijf zonder verlenging."),
        EXTENSION_WEEKS("verlenging-weken", "Verlenging in weken", "Met hoeveel weken het verblijf te verlengen is."),
        TLV_REQUIRED("tlv-vereist", "TLV vereist", "Of een toelaatbaarheidsverklaring nodig is (true/false)."),
        CARE_INDICATION_REQUIRED(
                "indicatie-vereist", "Indicatie vereist", "Of een jeugdhulpindicatie nodig is (true/false)."),
        REFERRAL_ROUTE("verwijsroute", "Verwijsroute", "Hoe een leerling wordt aangemeld."),
        ONLY_PUPILS_OF_SCHOOL(
                "alleen-leerlingen-van-school",
                "Alleen voor leerlingen van school",
                "DUO-vestigingscode van de school waarvan alleen de eigen leerlingen terecht kunnen."),
        HOUSED_AT_SCHOOL("gehuisvest-op-school", "Gehuisvest op school", "Of het aanbod in een school is gehuisvest."),
        SOURCE("bron", "Bron", "Waar de gegevens van het aanbod vandaan komen."),
        SYNTHETIC("synthetisch", "Synthetisch", "true: gegenereerd testaanbod, geen echt aanbod."),
        PARTNER_EDUCATION(
                "partner-onderwijs", "Onderwijspartner", "HSDS-id van de organisatie die het onderwijs geeft."),
        PARTNER_CARE("partner-zorg", "Zorgpartner", "HSDS-id van de organisatie die de zorg geeft."),
        PARTNER_OPERATOR("partner-uitvoerder", "Uitvoerder", "HSDS-id van de organisatie die het aanbod uitvoert."),
        PARTNER_COMMISSIONER(
                "partner-opdrachtgever", "Opdrachtgever", "HSDS-id van de organisatie die het aanbod laat uitvoeren."),
        FUNDING_SHARE("financiering-aandeel", "Aandeel in procenten", "Deel van de financiering uit deze bron."),
        FUNDING_UNTIL("financiering-tot", "Financiering tot", "Laatste dag waarop deze bron betaalt."),
        PROVIDER_KIND(
                "soort-aanbieder",
                "Soort aanbieder",
                "Samenwerkingsverband, school, speciale school of zorgorganisatie"
                        + " (PARTNERSHIP, SCHOOL, SPECIAL_SCHOOL, CARE_ORGANISATION)."),
        STREET("straat", "Straat", "Straat van de locatie."),
        HOUSE_NUMBER("huisnummer", "Huisnummer", "Huisnummer van de locatie, met toevoeging."),
        POSTCODE("postcode", "Postcode", "Postcode van de locatie."),
        CITY("plaats", "Plaats", "Plaats van de locatie."),
        MUNICIPALITY("gemeente", "Gemeente", "CBS-gemeentecode van de locatie, bijvoorbeeld GM0202.");

        final String code;
        final String label;
        final String explanation;

        Fact(String code, String label, String explanation) {
            this.code = code;
            this.label = label;
            this.explanation = explanation;
        }
    }

    private final List<Term> terms = new ArrayList<>();
    private final Map<String, Term> byId = new LinkedHashMap<>();
    private final Map<String, Term> classified = new LinkedHashMap<>();
    private final Map<Fact, Term> facts = new LinkedHashMap<>();

    private HsdsVocabulary() {}

    /** The vocabulary of a catalogue: its need labels come from the catalogue's taxonomy. */
    static HsdsVocabulary of(Taxonomy taxonomy) {
        HsdsVocabulary vocabulary = new HsdsVocabulary();
        Term needs = vocabulary.group(NEED, "Behoefte", "Waar een leerling hulp bij nodig heeft (hulpvraag).");
        taxonomy.needs()
                .forEach(need -> vocabulary.child(
                        needs,
                        need.code().name(),
                        need.label(),
                        need.synonyms().isEmpty()
                                ? need.label()
                                : need.label() + "; ook: " + String.join(", ", need.synonyms())));
        vocabulary.children(
                vocabulary.group(TYPE, "Soort aanbod", "Wat voor voorziening het aanbod is."), OfferType.values());
        vocabulary.children(
                vocabulary.group(SECTOR, "Sector", "Onderwijssector waarvoor het aanbod is."), Sector.values());
        vocabulary.children(
                vocabulary.group(LEVEL, "Niveau", "Niveau binnen het voortgezet onderwijs."), Level.values());
        vocabulary.children(
                vocabulary.group(TARGET_GROUP, "Doelgroep", "Groep leerlingen voor wie het aanbod alleen is."),
                TargetGroup.values());
        for (Fact fact : Fact.values()) {
            Term term = vocabulary.add(new Term(
                    HsdsIds.derived("term:kenmerk:" + fact.code),
                    fact.code,
                    fact.label,
                    fact.explanation,
                    null,
                    null,
                    FACTS));
            vocabulary.facts.put(fact, term);
        }
        return vocabulary;
    }

    List<Published> taxonomies() {
        return List.of(CLASSIFICATION, FACTS);
    }

    List<Term> terms() {
        return Collections.unmodifiableList(terms);
    }

    Optional<Term> term(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The classification term of a code in a group, such as ("behoefte", "ASS"). */
    Term classified(String group, String code) {
        return classified.get(group + ":" + code);
    }

    Term fact(Fact fact) {
        return facts.get(fact);
    }

    Optional<Fact> factOf(String termId) {
        return facts.entrySet().stream()
                .filter(entry -> entry.getValue().id().equals(termId))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    private Term group(String code, String name, String description) {
        return add(new Term(HsdsIds.derived("term:" + code), code, name, description, null, null, CLASSIFICATION));
    }

    private void children(Term group, Labelled[] values) {
        for (Labelled value : values) {
            child(group, value.name(), value.label(), value.label());
        }
    }

    private void child(Term group, String code, String name, String description) {
        Term term = add(new Term(
                HsdsIds.derived("term:" + group.code() + ":" + code),
                code,
                name,
                description,
                group.id(),
                group.code(),
                CLASSIFICATION));
        classified.put(group.code() + ":" + code, term);
    }

    private Term add(Term term) {
        terms.add(term);
        byId.put(term.id(), term);
        return term;
    }
}
