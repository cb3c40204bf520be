package nl.aanbodwijzer.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.aanbodwijzer.catalog.Offer.Contact;
import nl.aanbodwijzer.catalog.Offer.EntryRequirements;
import nl.aanbodwijzer.catalog.Offer.Hours;
import nl.aanbodwijzer.catalog.Offer.Location;
import nl.aanbodwijzer.catalog.taxonomy.OfferStatus;
import nl.aanbodwijzer.catalog.taxonomy.OfferType;
import nl.aanbodwijzer.catalog.taxonomy.TargetGroup;
import nl.aanbodwijzer.system.UtcTimes;

/** The mapping between an offer's definition and its tables; times are stored as UTC. */
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
            + " max_duration_weeks, extension_weeks, housed_at_school, contact_name, contact_email, contact_phone,"
            + " website, source, synthetic, target_group, version, updated_at";

    static final String INSERT_OFFER = "INSERT INTO offer (" + OFFER_COLUMNS + ", created_at, id) VALUES ("
            + "?, ".repeat(OFFER_COLUMNS.split(",").length + 1) + "?)";
    static final String UPDATE_OFFER = "UPDATE offer SET " + String.join(" = ?, ", OFFER_COLUMNS.split(",\\s*"))
            + " = ? WHERE id = ? AND version = ?";
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
    static Object[] insertRow(Offer offer, Instant now) {
        List<Object> row = offerColumns(offer, now);
        row.add(UtcTimes.of(now));
        row.add(offer.id());
        return row.toArray();
    }

    /** Parameters for UPDATE_OFFER: it only applies when the stored version is the one before the offer's. */
    static Object[] updateRow(Offer offer, Instant now) {
        List<Object> row = offerColumns(offer, now);
        row.add(offer.id());
        row.add(offer.definitionVersion() - 1);
        return row.toArray();
    }

    /** The values of OFFER_COLUMNS, in order. */
    private static List<Object> offerColumns(Offer offer, Instant now) {
        EntryRequirements entry = offer.entryRequirements();
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
                offer.housedAtSchool(),
                contact.name(),
                contact.email(),
                contact.phone(),
                contact.website(),
                offer.source(),
                offer.synthetic(),
                offer.targetGroup() == null ? null : offer.targetGroup().name(),
                offer.definitionVersion(),
                UtcTimes.of(now)));
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

    /** The offer row's own facts; the child tables add the lists. */
    static Offer.Builder definition(ResultSet rs) throws SQLException {
        return Offer.builder()
                .id(rs.getString("id"))
                .name(rs.getString("name"))
                .description(rs.getString("description"))
                .type(OfferType.valueOf(rs.getString("type")))
                .status(OfferStatus.valueOf(rs.getString("status")))
                .ages(rs.getObject("min_age", Integer.class), rs.getObject("max_age", Integer.class))
                .entryRequirements(new EntryRequirements(
                        rs.getObject("tlv_required", Boolean.class),
                        rs.getObject("care_indication_required", Boolean.class),
                        rs.getString("referral_route"),
                        rs.getString("only_pupils_of_school")))
                .hoursPerWeek(
                        new Hours(rs.getObject("hours_min", Integer.class), rs.getObject("hours_max", Integer.class)))
                .duration(
                        rs.getObject("max_duration_weeks", Integer.class),
                        rs.getObject("extension_weeks", Integer.class))
                .housedAtSchool(rs.getObject("housed_at_school", Boolean.class))
                .contact(new Contact(
                        rs.getString("contact_name"),
                        rs.getString("contact_email"),
                        rs.getString("contact_phone"),
                        rs.getString("website")))
                .provenance(rs.getString("source"), rs.getBoolean("synthetic"))
                .targetGroup(
                        rs.getString("target_group") == null ? null : TargetGroup.valueOf(rs.getString("target_group")))
                .modifiedAt(UtcTimes.instant(rs.getObject("updated_at", LocalDateTime.class)))
                .definitionVersion(rs.getLong("version"));
    }
}
