package nl.aanbodwijzer.web;

import java.util.Arrays;
import java.util.List;
import nl.aanbodwijzer.system.Labelled;

/** One choice a form offers: the code it sends and the Dutch label a person reads. */
public record Choice(String code, String label) {
    public static List<Choice> of(Labelled[] values) {
        return Arrays.stream(values).map(v -> new Choice(v.name(), v.label())).toList();
    }
}
