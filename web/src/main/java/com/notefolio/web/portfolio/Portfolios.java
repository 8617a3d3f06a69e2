package com.notefolio.web.portfolio;

import com.notefolio.web.security.AuditAction;
import com.notefolio.web.security.AuditTrail;
import com.notefolio.web.security.Role;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What users do with portfolios, with the roles enforced here as well as in the views: ANALYST reads,
 * ADMIN renames and deletes (imports are in the upload package).
 */
@Service
public class Portfolios {

    /** Longest portfolio name. */
    public static final int MAX_NAME = 200;

    private final PortfolioStore store;
    private final NoteStore notes;
    private final AuditTrail audit;
    private final IndexDataStore indexData;
    private final ApplicationEventPublisher events;

    public Portfolios(PortfolioStore store, NoteStore notes, AuditTrail audit, IndexDataStore indexData,
                      ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
        this.notes = notes;
        this.audit = audit;
        this.indexData = indexData;
    }

    /** The index fixings and forward curves the portfolio's floating notes read; NONE when it holds none. */
    @Secured(Role.ANALYST_AUTHORITY)
    @Transactional(readOnly = true)
    public PortfolioIndexData indexData(long id) {
        return indexData.load(id);
    }

    @Secured(Role.ANALYST_AUTHORITY)
    public List<PortfolioListing> list() {
        return store.list();
    }

    @Secured(Role.ANALYST_AUTHORITY)
    public Optional<PortfolioListing> find(long id) {
        return store.find(id);
    }

    @Secured(Role.ANALYST_AUTHORITY)
    public NoteStore notes() {
        return notes;
    }

    /** Renames a portfolio; refuses a blank, too long or taken name with a message for the user. */
    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional
    public void rename(long id, String name) {
        String cleaned = checkName(name);
        Optional<Long> holder = store.idOf(cleaned);
        if (holder.isPresent() && holder.get() != id) {
            throw new IllegalArgumentException("A portfolio named " + cleaned + " exists already.");
        }
        String before = store.find(id).map(PortfolioListing::name).orElse(null);
        if (!store.rename(id, cleaned)) {
            throw new IllegalArgumentException("No portfolio " + id + ".");
        }
        audit.record(AuditAction.PORTFOLIO_RENAMED, "portfolio " + id, before + " → " + cleaned);
    }

    @Secured(Role.ADMIN_AUTHORITY)
    @Transactional
    public void delete(long id) {
        String name = store.find(id).map(PortfolioListing::name).orElse(null);
        if (!store.delete(id)) {
            throw new IllegalArgumentException("No portfolio " + id + ".");
        }
        audit.record(AuditAction.PORTFOLIO_DELETED, "portfolio " + id, name);
        events.publishEvent(new PortfolioDeleted(id));
    }

    /** A portfolio name trimmed, or a message saying why it cannot be one. */
    public static String checkName(String name) {
        String cleaned = name == null ? "" : name.strip();
        if (cleaned.isEmpty()) {
            throw new IllegalArgumentException("A portfolio needs a name.");
        }
        if (cleaned.length() > MAX_NAME) {
            throw new IllegalArgumentException("A portfolio name has at most " + MAX_NAME + " characters.");
        }
        if (cleaned.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("A portfolio name cannot contain control characters.");
        }
        return cleaned;
    }
}
