package nl.aanbodwijzer.catalog.hsds;

import static nl.aanbodwijzer.catalog.hsds.Doc.object;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** One page of a list, in the HSDS envelope; pages count from 1, and a page past the end is empty. */
final class HsdsPage {
    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 1000;

    private HsdsPage() {}

    static <T> Map<String, Object> of(List<T> all, int page, int perPage, Function<T, Map<String, Object>> document) {
        int totalPages = (all.size() + perPage - 1) / perPage;
        long from = (long) (page - 1) * perPage;
        List<Map<String, Object>> contents = from >= all.size()
                ? List.of()
                : all.subList((int) from, (int) Math.min(all.size(), from + perPage)).stream()
                        .map(document)
                        .toList();
        Map<String, Object> envelope = object(
                "total_items",
                all.size(),
                "total_pages",
                totalPages,
                "page_number",
                page,
                "size",
                contents.size(),
                "first_page",
                page == 1,
                "last_page",
                page >= totalPages,
                "empty",
                contents.isEmpty());
        envelope.put("contents", contents);
        return envelope;
    }
}
