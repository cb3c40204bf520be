package nl.aanbodwijzer.search;

import java.util.ArrayList;
import java.util.List;
import nl.aanbodwijzer.capacity.Capacity;
import nl.aanbodwijzer.capacity.CapacityHistory;
import nl.aanbodwijzer.catalog.Offer;
import nl.aanbodwijzer.catalog.Websites;
import nl.aanbodwijzer.catalog.taxonomy.Taxonomy;
import nl.aanbodwijzer.system.Clocks;
import nl.aanbodwijzer.system.Labelled;
import nl.aanbodwijzer.web.BarChart;
import nl.aanbodwijzer.web.Texts;

/**
 * Everything known about one offer, as its page shows it: the card's summary, the facts in sections
 * (unknown said as unknown), where it takes place, whom to contact, and its capacity history as a
 * chart of free places and as a table.
 */
public record OfferDetails(
        OfferCard card,
        String description,
        List<Section> sections,
        List<String> locations,
        Offer.Contact contact,
        String source,
        BarChart historyChart,
        List<HistoryRow> history) {
    private static final int CHART_ENTRIES = 12;

    /** The contact's website as a link target (see {@link Websites#uri}). */
    public String websiteHref() {
        return Websites.uri(contact.website());
    }

    /** A heading with its facts. */
    public record Section(String heading, List<Fact> facts) {}

    public record Fact(String label, String value) {}

    /** One publication or confirmation of the numbers. */
    public record HistoryRow(
            String date, String kind, String total, String occupied, String waiting, String expectedWait) {}

    static OfferDetails of(Offer offer, Taxonomy taxonomy, boolean stale, List<CapacityHistory.Entry> entries) {
        List<HistoryRow> rows = entries.stream().map(OfferDetails::row).toList();
        return new OfferDetails(
                OfferCard.of(offer, taxonomy, stale, null),
                offer.description(),
                sections(offer, taxonomy),
                offer.locations().stream().map(OfferDetails::location).toList(),
                offer.contact(),
                offer.source(),
                chart(offer, entries),
                rows);
    }

    /** Long labels carry a soft hyphen where they may break: a column is narrower than the word. */
    private static List<Section> sections(Offer offer, Taxonomy taxonomy) {
        Offer.EntryRequirements entry = offer.entryRequirements();
        return List.of(
                new Section(
                        "Voor wie",
                        List.of(
                                new Fact("Leeftijd", Texts.range(offer.minAge(), offer.maxAge(), "jaar")),
                                new Fact("Sector", labels(offer.sectors())),
                                new Fact("Niveau", labels(offer.levels())),
                                new Fact(
                                        "Ondersteunings\u00ADbehoeften",
                                        offer.openToEveryNeed()
                                                ? "alle behoeften"
                                                : Texts.list(offer.needs().stream()
                                                        .map(taxonomy::label)
                                                        .toList())),
                                new Fact(
                                        "Doelgroep",
                                        offer.targetGroup() == null
                                                ? Texts.UNKNOWN
                                                : offer.targetGroup().label()),
                                new Fact("Gemeenten", OfferCard.area(offer, taxonomy)))),
                new Section(
                        "Toelating",
                        List.of(
                                new Fact("Toelaatbaarheids\u00ADverklaring nodig", Texts.yesNo(entry.tlvRequired())),
                                new Fact("Zorgindicatie nodig", Texts.yesNo(entry.careIndicationRequired())),
                                new Fact("Verwijsroute", orUnknown(entry.referralRoute())),
                                new Fact(
                                        "Alleen voor leerlingen van",
                                        entry.onlyPupilsOfSchool() == null
                                                ? "geen beperking bekend"
                                                : taxonomy.schoolName(entry.onlyPupilsOfSchool())))),
                new Section(
                        "Vorm",
                        List.of(
                                new Fact(
                                        "Uren per week",
                                        Texts.range(
                                                offer.hoursPerWeek().min(),
                                                offer.hoursPerWeek().max(),
                                                "uur")),
                                new Fact("Duur", duration(offer)),
                                new Fact("Op een school", Texts.yesNo(offer.housedAtSchool())),
                                new Fact("Status", offer.status().label()),
                                new Fact(
                                        "Aanbieders",
                                        Texts.list(offer.providers().stream()
                                                .map(p -> p.name() + " ("
                                                        + p.role().label() + ")")
                                                .toList())))),
                new Section("Plaatsen", places(offer)),
                new Section("Bekostiging", funding(offer)));
    }

    private static List<Fact> places(Offer offer) {
        Capacity capacity = offer.capacity();
        return List.of(
                new Fact("Plaatsen", Texts.number(capacity.total())),
                new Fact("Bezet", Texts.number(capacity.occupied())),
                new Fact("Vrij", OfferCard.places(capacity)),
                new Fact("Wachtlijst", Texts.number(capacity.waitingList())),
                new Fact("Verwachte wachttijd", OfferCard.expectedWait(capacity)),
                new Fact("Volgende instroom", Texts.date(capacity.nextIntake())),
                new Fact("Laatst bevestigd", Texts.date(offer.lastVerifiedAt())));
    }

    private static List<Fact> funding(Offer offer) {
        if (offer.funding().isEmpty()) {
            return List.of(new Fact("Bron", Texts.UNKNOWN));
        }
        List<Fact> facts = new ArrayList<>();
        for (Offer.Funding f : offer.funding()) {
            String share = f.sharePercent() == null ? "" : f.sharePercent() + " %, ";
            facts.add(new Fact(f.source().label(), share + "tot " + Texts.date(f.until())));
        }
        return facts;
    }

    private static String duration(Offer offer) {
        if (offer.maxDurationWeeks() == null) {
            return Texts.UNKNOWN;
        }
        String most = "hoogstens " + Texts.weeks(offer.maxDurationWeeks());
        return offer.extensionWeeks() == null
                ? most
                : most + ", te verlengen met " + Texts.weeks(offer.extensionWeeks());
    }

    private static String location(Offer.Location l) {
        List<String> parts = new ArrayList<>();
        parts.add(l.name());
        if (l.street() != null) {
            parts.add(l.street() + (l.houseNumber() == null ? "" : " " + l.houseNumber()));
        }
        if (l.city() != null) {
            parts.add((l.postcode() == null ? "" : l.postcode() + " ") + l.city());
        }
        return String.join(", ", parts);
    }

    private static BarChart chart(Offer offer, List<CapacityHistory.Entry> entries) {
        List<CapacityHistory.Entry> recent =
                entries.subList(Math.max(0, entries.size() - CHART_ENTRIES), entries.size());
        return new BarChart(
                "geschiedenis",
                "Vrije plaatsen per melding",
                "Het aantal vrije plaatsen van " + offer.name() + " bij elk van de laatste " + recent.size()
                        + " meldingen, van oud naar nieuw.",
                "Vrij",
                recent.stream()
                        .map(e -> BarChart.Bar.of(day(e), e.after().free()))
                        .toList());
    }

    private static HistoryRow row(CapacityHistory.Entry e) {
        Capacity after = e.after();
        return new HistoryRow(
                day(e),
                e.kind() == CapacityHistory.Kind.CONFIRMED ? "ongewijzigd bevestigd" : "gewijzigd",
                Texts.number(after.total()),
                Texts.number(after.occupied()),
                Texts.number(after.waitingList()),
                after.expectedWaitWeeks() == null ? Texts.UNKNOWN : Texts.weeks(after.expectedWaitWeeks()));
    }

    private static String day(CapacityHistory.Entry e) {
        return Texts.date(e.at().atZone(Clocks.NETHERLANDS).toLocalDate());
    }

    private static String labels(List<? extends Labelled> values) {
        return Texts.list(values.stream().map(Labelled::label).toList());
    }

    private static String orUnknown(String value) {
        return value == null || value.isBlank() ? Texts.UNKNOWN : value;
    }
}
