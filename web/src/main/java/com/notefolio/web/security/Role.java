package com.notefolio.web.security;

/**
 * What a user may do. ANALYST browses, runs scenarios and exports; ADMIN also imports, renames,
 * deletes and manages users. Views name them in {@code @RolesAllowed} as the constants below.
 */
public enum Role {
    ANALYST,
    ADMIN;

    /** Names for the views' {@code @RolesAllowed} (annotation values must be constants). */
    public static final String ANALYST_NAME = "ANALYST";
    public static final String ADMIN_NAME = "ADMIN";

    /**
     * Authorities for the services' {@code @Secured}. Services use Spring's annotation, views the
     * Jakarta one: enabling Jakarta's for method security would also wrap every view in a proxy.
     */
    public static final String ANALYST_AUTHORITY = "ROLE_ANALYST";
    public static final String ADMIN_AUTHORITY = "ROLE_ADMIN";
}
