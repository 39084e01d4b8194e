package org.bangfu.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.IntSupplier;

/**
 * One page of a list that grows with the data, as the REST API answers it: the rows, how many there are in all,
 * the page asked for (from 0) and its size (1 to {@link #MAX_SIZE}), and whether a later page has more.
 */
public record ResultPage<T>(List<T> items, int total, int page, int size, boolean hasMore) {

    /** The largest page the REST API hands out. */
    public static final int MAX_SIZE = 200;
    /** The page size when the caller names none. */
    public static final int DEFAULT_SIZE = 50;

    /**
     * Checks page and size ({@code InvalidInputException} naming the fields when out of range), then fetches the
     * page's rows with {@code fetch(offset, limit)} and the total with {@code count}.
     */
    public static <T> ResultPage<T> of(int page, int size, BiFunction<Integer, Integer, List<T>> fetch,
                                       IntSupplier count) {
        List<FieldError> errors = new ArrayList<>();
        if (page < 0) {
            errors.add(FieldError.of("page", "validation.page.range"));
        }
        if (size < 1 || size > MAX_SIZE) {
            errors.add(FieldError.of("size", "validation.size.range", 1, MAX_SIZE));
        }
        InvalidInputException.throwIfAny(errors);
        int offset = (int) Math.min(Integer.MAX_VALUE, (long) page * size);
        List<T> items = fetch.apply(offset, size);
        int total = count.getAsInt();
        return new ResultPage<>(items, total, page, size, (long) offset + items.size() < total);
    }
}
