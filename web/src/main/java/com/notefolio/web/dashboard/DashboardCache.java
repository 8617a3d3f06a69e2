package com.notefolio.web.dashboard;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Computed dashboards by {@link DashboardKey}, at most {@code notefolio.dashboard.cache-size} of them
 * (least recently used leave first). A result is a few hundred ladder months and exposure rows per
 * currency, so a hundred fit in a few megabytes. Entries of an older revision are never asked for again
 * and age out.
 */
@Component
public class DashboardCache {

    private final Cache<DashboardKey, DashboardFigures> cache;

    public DashboardCache(@Value("${notefolio.dashboard.cache-size:100}") int size) {
        this.cache = Caffeine.newBuilder().maximumSize(size).build();
    }

    public Optional<DashboardFigures> get(DashboardKey key) {
        return Optional.ofNullable(cache.getIfPresent(key));
    }

    public void put(DashboardKey key, DashboardFigures figures) {
        cache.put(key, figures);
    }
}
