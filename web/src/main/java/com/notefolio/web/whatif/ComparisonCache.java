package com.notefolio.web.whatif;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Computed portfolio what-if comparisons by {@link WhatIfKey}, at most {@code notefolio.whatif.cache-size}
 * (least recently used leave first), like the dashboard's cache. A result is a few hundred ladder months
 * per case and currency and ten notes per scenario; entries of an older revision are never asked for again.
 */
@Component
public class ComparisonCache {

    private final Cache<WhatIfKey, PortfolioComparison> cache;

    public ComparisonCache(@Value("${notefolio.whatif.cache-size:50}") int size) {
        this.cache = Caffeine.newBuilder().maximumSize(size).build();
    }

    public Optional<PortfolioComparison> get(WhatIfKey key) {
        return Optional.ofNullable(cache.getIfPresent(key));
    }

    public void put(WhatIfKey key, PortfolioComparison comparison) {
        cache.put(key, comparison);
    }
}
