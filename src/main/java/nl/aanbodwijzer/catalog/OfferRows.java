package nl.aanbodwijzer.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import nl.aanbodwijzer.catalog.Offer.Capacity;
import nl.aanbodwijzer.catalog.Offer.Contact;
import nl.aanbodwijzer.catalog.Offer.EntryRequirements;
import nl.aanbodwijzer.catalog.Offer.Funding;
import nl.aanbodwijzer.catalog.Offer.Hours;
import nl.aanbodwijzer.catalog.Offer.Location;
import nl.aanbodwijzer.catalog.Offer.Partner;
import nl.aanbodwijzer.catalog.taxonomy.Level;
import nl.aanbodwijzer.catalog.taxonomy.Need;
import nl.aanbodwijzer.catalog.taxonomy.OfferStatus;
import nl.aanbodwijzer.catalog.taxonomy.OfferType;
import nl.aanbodwijzer.catalog.taxonomy.Sector;

/** The mapping between the offer aggregate and its tables; times are stored as UTC. */
final class OfferRows {
    static final List<String> CHILD_TABLES = List.of(
            "offer_provider",
            "offer_location",
            "offer_municipality",
            "offer_sector",
            "offer_level",
            "offer_need",
            "offer_funding");

    private static final String OFFER_COLUMNS = "name, description, type, status, min_age, max_age, tlv_required,"
            + " care_indication_required, referral_route, only_pupils_of_school, hours_min, hours_max,"
            + " max_duration_weeks, extension_weeks, places_total, places_occupied, waiting_list, expected_wait_weeks,"
            + " next_intake, capacity_updated_at, housed_at_school, contact_name, contact_email, contact_phone, website,"
            + " source, synthetic, last_verified_at, version, updated_at";

    static final String INSERT_OFFER = "INSERT INTO offer (" + OFFER_COLUMNS + ", created_at, id) VALUES ("
            + "?, ".repeat(OFFER_COLUMNS.split(",").length + 1) + "?)";
    static final String UPDATE_OFFER = "UPDATE offer SET " + String.join(" = ?, ", OFFER_COLUMNS.split(",\\s*"))
            + " = ? WHERE id = ? AND version = ?";
    static final String UPDATE_STATE = "UPDATE offer SET places_total = ?, places_occupied = ?, waiting_list = ?,"
            + " expected_wait_weeks = ?, next_intake = ?, capacity_updated_at = ?, last_verified_at = ?, version = ?,"
            + " updated_at = ? WHERE id = ? AND version = ?";
    static final String INSERT_PROVIDER =
            "INSERT INTO offer_provider (offer_id, provider_id, role, position) VALUES (?, ?, ?, ?)";
    static final String INSERT_LOCATION = "INSERT INTO offer_location (offer_id, position, name, street,"
            + " house_number, postcode, city, municipality_code, school_location_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String INSERT_MUNICIPALITY =
            "INSERT INTO offer_municipality (offer_id, municipality_code) VALUES (?, ?)";
    static final String INSERT_SECTOR = "INSERT INTO offer_sector (offer_id, sector) VALUES (?, ?)";
    static final String INSERT_LEVEL = "INSERT INTO offer_level (offer_id, level_code) VALUES (?, ?)";
    static final String INSERT_NEED = "INSERT INTO offer_need (offer_id, need_code, position) VALUES (?, ?, ?)";
    static final String INSERT_FUNDING =
            "INSERT INTO offer_funding (offer_id, position, source, share_percent, until) VALUES (?, ?, ?, ?, ?)";

    private OfferRows() {}

    /** Parameters for INSERT_OFFER. */
    static Object[] insertRow(Offer offer) {
        List<Object> row = offerColumns(offer);
        row.add(utc(Instant.now()));
        row.add(offer.id());
        return row.toArray();
    }

    /** Parameters for UPDATE_OFFER: it only applies when the stored version is the one before the offer's. */
    static Object[] updateRow(Offer offer) {
        List<Object> row = offerColumns(offer);
        row.add(offer.id());
        row.add(offer.version() - 1);
        return row.toArray();
    }

    /** The values of OFFER_COLUMNS, in order. */
    private static List<Object> offerColumns(Offer offer) {
        EntryRequirements entry = offer.entryRequirements();
        Capacity capacity = offer.capacity();
        Contact contact = offer.contact();
        return new ArrayList<>(Arrays.asList(
                offer.name(),
                offer.description(),
                offer.type().name(),
                offer.status().name(),
                offer.minAge(),
                offer.maxAge(),
                entry.tlvRequired(),
                entry.careIndicationRequired(),
                entry.referralRoute(),
                entry.onlyPupilsOfSchool(),
                offer.hoursPerWeek().min(),
                offer.hoursPerWeek().max(),
                offer.maxDurationWeeks(),
                offer.extensionWeeks(),
                capacity.total(),
                capacity.occupied(),
                capacity.waitingList(),
                capacity.expectedWaitWeeks(),
                capacity.nextIntake(),
                utc(capacity.updatedAt()),
                offer.housedAtSchool(),
                contact.name(),
                contact.email(),
                contact.phone(),
                contact.website(),
                offer.source(),
                offer.synthetic(),
                offer.lastVerifiedAt(),
                offer.version(),
                utc(Instant.now())));
    }

    /** Parameters for INSERT_LOCATION after the offer id. */
    static Object[] locationRow(Location location, int position) {
        return new Object[] {
            position,
            location.name(),
            location.street(),
            location.houseNumber(),
            location.postcode(),
            location.city(),
            location.municipalityCode(),
            location.schoolLocationCode()
        };
    }

    static Location location(ResultSet rs) throws SQLException {
        return new Location(
                rs.getString("name"),
                rs.getString("street"),
                rs.getString("house_number"),
                rs.getString("postcode"),
                rs.getString("city"),
                rs.getString("municipality_code"),
                rs.getString("school_location_code"));
    }

    static Builder builder(ResultSet rs) throws SQLException {
        return new Builder(rs);
    }

    static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    /** Collects one offer's row and, as they are read, its child rows. */
    static final class Builder {
        final List<Partner> providers = new ArrayList<>();
        final List<Location> locations = new ArrayList<>();
        final List<String> municipalities = new ArrayList<>();
        final List<Sector> sectors = new ArrayList<>();
        final List<Level> levels = new ArrayList<>();
        final List<Need> needs = new ArrayList<>();
        final List<Funding> funding = new ArrayList<>();
        private final Function<Builder, Offer> offer;

        private Builder(ResultSet rs) throws SQLException {
            String id = rs.getString("id");
            String name = rs.getString("name");
            String description = rs.getString("description");
            OfferType type = OfferType.valueOf(rs.getString("type"));
            OfferStatus status = OfferStatus.valueOf(rs.getString("status"));
            Integer minAge = rs.getObject("min_age", Integer.class);
            Integer maxAge = rs.getObject("max_age", Integer.class);
            EntryRequirements entry = new EntryRequirements(
                    rs.getObject("tlv_required", Boolean.class),
                    rs.getObject("care_indication_required", Boolean.class),
                    rs.getString("referral_route"),
                    rs.getString("only_pupils_of_school"));
            Hours hours = new Hours(rs.getObject("hours_min", Integer.class), rs.getObject("hours_max", Integer.class));
            Integer maxDuration = rs.getObject("max_duration_weeks", Integer.class);
            Integer extension = rs.getObject("extension_weeks", Integer.class);
            Capacity capacity = new Capacity(
                    rs.getObject("places_total", Integer.class),
                    rs.getObject("places_occupied", Integer.class),
                    rs.getObject("waiting_list", Integer.class),
                    rs.getObject("expected_wait_weeks", Integer.class),
                    rs.getObject("next_intake", LocalDate.class),
                    instant(rs, "capacity_updated_at"));
            Boolean housedAtSchool = rs.getObject("housed_at_school", Boolean.class);
            Contact contact = new Contact(
                    rs.getString("contact_name"),
                    rs.getString("contact_email"),
                    rs.getString("contact_phone"),
                    rs.getString("website"));
            String source = rs.getString("source");
            boolean synthetic = rs.getBoolean("synthetic");
            LocalDate lastVerifiedAt = rs.getObject("last_verified_at", LocalDate.class);
            long version = rs.getLong("version");
            offer = b -> new Offer(
                    id,
                    name,
                    description,
                    type,
                    status,
                    b.providers,
                    b.locations,
                    b.municipalities,
                    b.sectors,
                    b.levels,
                    minAge,
                    maxAge,
                    b.needs,
                    entry,
                    hours,
                    maxDuration,
                    extension,
                    capacity,
                    b.funding,
                    housedAtSchool,
                    contact,
                    source,
                    synthetic,
                    lastVerifiedAt,
                    version);
        }

        Offer build() {
            return offer.apply(this);
        }
    }
}
