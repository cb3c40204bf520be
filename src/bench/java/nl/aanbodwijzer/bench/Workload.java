package nl.aanbodwijzer.bench;

import java.util.ArrayList;
import java.util.List;
import nl.aanbodwijzer.catalog.taxonomy.Level;
import nl.aanbodwijzer.catalog.taxonomy.Need;
import nl.aanbodwijzer.catalog.taxonomy.OfferType;
import nl.aanbodwijzer.catalog.taxonomy.Sector;
import nl.aanbodwijzer.matching.core.AbsenceStatus;
import nl.aanbodwijzer.matching.core.PupilProfile;
import nl.aanbodwijzer.search.SearchRequest;

/**
 * The fixed work of every benchmark: 50 searches as a zorgcoördinator types them (words, typos and
 * filters on type, need, municipality and availability) and 50 anonymous pupil profiles from all over
 * the country. Every engine answers the same searches: a page of 20, the total and the facet counts.
 */
final class Workload {
    static final int PAGE = 20;

    /** One search: free text (or null) and the filters a user set (null: not set). */
    record Search(String text, OfferType type, Need need, String municipality, boolean availableNow) {
        SearchRequest request() {
            return new SearchRequest(
                    text,
                    type,
                    null,
                    need,
                    null,
                    null,
                    null,
                    municipality,
                    null,
                    null,
                    availableNow,
                    null,
                    null,
                    SearchRequest.Sort.RELEVANCE,
                    1,
                    PAGE);
        }

        /** The query string of {@code GET /api/v1/offers}. */
        String queryString() {
            List<String> parts = new ArrayList<>();
            if (text != null) {
                parts.add("q=" + java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8));
            }
            if (type != null) {
                parts.add("type=" + type);
            }
            if (need != null) {
                parts.add("need=" + need);
            }
            if (municipality != null) {
                parts.add("municipality=" + municipality);
            }
            if (availableNow) {
                parts.add("available=true");
            }
            return String.join("&", parts);
        }
    }

    /** A profile and the free text a coordinator may add. */
    record Match(PupilProfile profile, String text) {}

    private static final String AMSTERDAM = "GM0363";
    private static final String ROTTERDAM = "GM0599";
    private static final String UTRECHT = "GM0344";
    private static final String ARNHEM = "GM0202";
    private static final String ZEVENAAR = "GM0299";
    private static final String GRONINGEN = "GM0014";
    private static final String EINDHOVEN = "GM0772";
    private static final String ZWOLLE = "GM0193";
    private static final String MAASTRICHT = "GM0935";
    private static final String LEEUWARDEN = "GM0080";

    static final List<Search> SEARCHES = List.of(
            text("autisme"),
            text("angst voor school"),
            text("thuiszitter"),
            text("kleine groep"),
            text("rebound"),
            text("hoogbegaafd"),
            text("trajectklas arnhem"),
            text("jeugd-ggz behandeling"),
            text("prikkelarm"),
            text("verzuimcoach"),
            text("schoolweigering"),
            text("adhd en concentratie"),
            text("trauma"),
            text("stage en praktijkvakken"),
            text("terugkeer naar de eigen school"),
            text("opdc"),
            text("somber en depressief"),
            text("gedrag"),
            text("overgang van po naar vo"),
            text("chronisch ziek"),
            text("autsime"),
            text("hoogbegafde leerling"),
            text("schoolangst"),
            text("angstig kind"),
            text("rustige klas met vaste mentor"),
            text("coach aan huis"),
            text("startkwalificatie diploma"),
            text("time-out"),
            text("plusklas"),
            text("tussenvoorziening utrecht"),
            new Search("autisme", null, null, AMSTERDAM, false),
            new Search("kleine groep", null, Need.ANGST_SCHOOLWEIGERING, ROTTERDAM, false),
            new Search("begeleiding", OfferType.VERZUIMCOACH, null, UTRECHT, false),
            new Search("thuiszitter", null, null, ARNHEM, true),
            new Search("trajectvoorziening", OfferType.TRAJECTVOORZIENING, null, ZEVENAAR, false),
            new Search("behandeling", null, Need.PSYCHIATRIE, null, true),
            new Search("structuur", null, Need.ASS, GRONINGEN, false),
            new Search("school", OfferType.ONDERWIJSZORGARRANGEMENT, Need.GEDRAG, null, false),
            new Search("leercentrum", OfferType.LEERCENTRUM, null, EINDHOVEN, false),
            new Search("hoogbegaafd", OfferType.HOOGBEGAAFDENVOORZIENING, Need.HOOGBEGAAFDHEID, null, true),
            new Search(null, null, Need.ASS, null, false),
            new Search(null, OfferType.TRAJECTVOORZIENING, null, null, false),
            new Search(null, null, null, ZWOLLE, false),
            new Search(null, null, null, null, true),
            new Search(null, null, Need.LANGDURIG_VERZUIM, MAASTRICHT, false),
            new Search(null, OfferType.VERZUIMCOACH, null, LEEUWARDEN, true),
            new Search(null, null, Need.DEPRESSIE, AMSTERDAM, true),
            new Search(null, OfferType.OPDC, Need.LEERPROBLEMEN, null, false),
            new Search(null, null, null, null, false),
            new Search("ouders betrokken", null, Need.THUISSITUATIE, UTRECHT, true));

    static final List<Match> MATCHES = matches();

    private Workload() {}

    private static Search text(String text) {
        return new Search(text, null, null, null, false);
    }

    private static List<Match> matches() {
        String[] places = {
            AMSTERDAM, ROTTERDAM, UTRECHT, ARNHEM, ZEVENAAR, GRONINGEN, EINDHOVEN, ZWOLLE, MAASTRICHT, LEEUWARDEN
        };
        Need[] needs = Need.values();
        AbsenceStatus[] statuses = AbsenceStatus.values();
        String[] texts = {null, "angstig en somber, wil graag in een kleine groep", null, "rust en structuur", null};
        List<Match> matches = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            boolean primary = i % 3 == 0;
            int age = primary ? 7 + i % 5 : 12 + i % 6;
            List<Need> profileNeeds = i % 2 == 0
                    ? List.of(needs[i % needs.length])
                    : List.of(needs[i % needs.length], needs[(i * 7 + 3) % needs.length]);
            matches.add(new Match(
                    new PupilProfile(
                            age,
                            primary ? Sector.PO : Sector.VO,
                            primary ? null : Level.values()[i % Level.values().length],
                            places[i % places.length],
                            profileNeeds.stream().distinct().toList(),
                            List.of(),
                            statuses[i % statuses.length],
                            2 + (i * 5) % 20,
                            i % 4 == 0,
                            i % 3 == 1,
                            i % 5 == 0 ? null : 8 + i % 16,
                            null),
                    texts[i % texts.length]));
        }
        return List.copyOf(matches);
    }
}
