package nl.aanbodwijzer.matching.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import nl.aanbodwijzer.catalog.Offer;
import nl.aanbodwijzer.catalog.taxonomy.Taxonomy;
import nl.aanbodwijzer.catalog.taxonomy.Taxonomy.Centroid;
import nl.aanbodwijzer.catalog.taxonomy.Taxonomy.MunicipalityEntry;

/**
 * The catalogue as matching reads it: every offer at a position, with its {@link OfferFacts}, the
 * municipalities of its locations, and per municipality the positions of the offers that serve it.
 * Built once per catalogue and changed offer by offer, never in place: a match reads one catalogue
 * from start to end.
 */
public final class MatchCatalogue {
    private static final int[] NONE = new int[0];

    private final Taxonomy taxonomy;
    private final Map<String, Integer> municipalityIndex;
    private final Centroid[] centroids;
    private final Offer[] offers;
    private final OfferFacts[] facts;
    /** Per position, the indexes of the municipalities the offer's locations are in. */
    private final int[][] places;

    private final Map<String, Integer> positions;
    /** Per municipality code, the positions of the offers that serve it, ascending. */
    private final Map<String, int[]> serving;
    /** Per home municipality, the km to every municipality by index (NaN where unknown). */
    private final Map<String, double[]> kmFrom = new ConcurrentHashMap<>();

    private MatchCatalogue(
            Taxonomy taxonomy,
            Map<String, Integer> municipalityIndex,
            Centroid[] centroids,
            Offer[] offers,
            OfferFacts[] facts,
            int[][] places,
            Map<String, Integer> positions,
            Map<String, int[]> serving) {
        this.taxonomy = taxonomy;
        this.municipalityIndex = municipalityIndex;
        this.centroids = centroids;
        this.offers = offers;
        this.facts = facts;
        this.places = places;
        this.positions = positions;
        this.serving = serving;
    }

    public static MatchCatalogue of(Collection<Offer> offers, Taxonomy taxonomy) {
        List<MunicipalityEntry> municipalities = taxonomy.municipalities();
        Map<String, Integer> index = new HashMap<>();
        Centroid[] centroids = new Centroid[municipalities.size()];
        for (int i = 0; i < centroids.length; i++) {
            index.put(municipalities.get(i).code(), i);
            centroids[i] = municipalities.get(i).centroid();
        }
        MatchCatalogue empty = new MatchCatalogue(
                taxonomy, index, centroids, new Offer[0], new OfferFacts[0], new int[0][], Map.of(), Map.of());
        return empty.with(offers);
    }

    /** This catalogue with these offers added or replaced; this one stays as it is. */
    public MatchCatalogue with(Collection<Offer> changed) {
        Map<String, Integer> newPositions = new HashMap<>(positions);
        int size = offers.length;
        for (Offer offer : changed) {
            if (!newPositions.containsKey(offer.id())) {
                newPositions.put(offer.id(), size++);
            }
        }
        Offer[] newOffers = Arrays.copyOf(offers, size);
        OfferFacts[] newFacts = Arrays.copyOf(facts, size);
        int[][] newPlaces = Arrays.copyOf(places, size);
        Set<Integer> moved = new HashSet<>();
        Map<String, List<Integer>> servedBy = new HashMap<>();
        for (Offer offer : changed) {
            int position = newPositions.get(offer.id());
            Offer before = newOffers[position];
            if (before == null || !before.municipalities().equals(offer.municipalities())) {
                moved.add(position);
                if (before != null) {
                    before.municipalities().forEach(code -> servedBy.computeIfAbsent(code, c -> new ArrayList<>()));
                }
                offer.municipalities().forEach(code -> servedBy.computeIfAbsent(code, c -> new ArrayList<>())
                        .add(position));
            }
            newOffers[position] = offer;
            newFacts[position] = OfferFacts.of(offer);
            newPlaces[position] = placesOf(offer);
        }
        Map<String, int[]> newServing = new HashMap<>(serving);
        servedBy.forEach((code, movedIn) -> newServing.put(
                code,
                IntStream.concat(
                                Arrays.stream(serving.getOrDefault(code, NONE)).filter(p -> !moved.contains(p)),
                                movedIn.stream().mapToInt(Integer::intValue))
                        .sorted()
                        .toArray()));
        return new MatchCatalogue(
                taxonomy, municipalityIndex, centroids, newOffers, newFacts, newPlaces, newPositions, newServing);
    }

    private int[] placesOf(Offer offer) {
        return offer.locations().stream()
                .map(location -> municipalityIndex.get(location.municipalityCode()))
                .filter(Objects::nonNull)
                .mapToInt(Integer::intValue)
                .toArray();
    }

    Taxonomy taxonomy() {
        return taxonomy;
    }

    int size() {
        return offers.length;
    }

    Offer offer(int position) {
        return offers[position];
    }

    int position(String offerId) {
        return positions.get(offerId);
    }

    OfferFacts facts(int position) {
        return facts[position];
    }

    /** The hard rules the offer at a position breaks for a pupil at home in a municipality, as bits. */
    int broken(int position, PupilFacts pupil, String municipality) {
        return facts[position].broken(pupil, Arrays.binarySearch(serving(municipality), position) >= 0);
    }

    /** The positions of the offers that serve the municipality, ascending. */
    int[] serving(String municipality) {
        return serving.getOrDefault(municipality, NONE);
    }

    /**
     * The km from a municipality to every municipality, by index; computed once per home
     * municipality. NaN where either centroid is unknown.
     */
    double[] kmFrom(String municipality) {
        return kmFrom.computeIfAbsent(municipality, code -> {
            double[] km = new double[centroids.length];
            Integer home = municipalityIndex.get(code);
            for (int i = 0; i < km.length; i++) {
                km[i] = home == null || centroids[home] == null || centroids[i] == null
                        ? Double.NaN
                        : centroids[home].kmTo(centroids[i]);
            }
            return km;
        });
    }

    /**
     * Km from the home municipality (given as {@link #kmFrom}) to the offer's nearest location, to one
     * decimal; NaN when the offer has no location with a known centroid.
     */
    double nearestKm(int position, double[] km) {
        double nearest = Double.POSITIVE_INFINITY;
        for (int place : places[position]) {
            if (km[place] < nearest) {
                nearest = km[place];
            }
        }
        return nearest == Double.POSITIVE_INFINITY ? Double.NaN : Math.round(nearest * 10) / 10.0;
    }
}
