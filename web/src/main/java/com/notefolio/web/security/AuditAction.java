package com.notefolio.web.security;

/** What an audit entry records. Stored by name: add new ones at will, never rename one. */
public enum AuditAction {
    SIGN_IN,
    SIGN_IN_FAILED,
    /** Refused without checking the password: the account or the address is locked out for a while. */
    SIGN_IN_LOCKED,
    USER_CREATED,
    ROLE_CHANGED,
    USER_ENABLED,
    USER_DISABLED,
    PASSWORD_SET,
    PORTFOLIO_IMPORTED,
    PORTFOLIO_RENAMED,
    PORTFOLIO_DELETED,
    SCENARIO_DELETED,
    /** A portfolio's index fixings and forward curves replaced by an administrator's upload. */
    INDEX_DATA_REPLACED
}
