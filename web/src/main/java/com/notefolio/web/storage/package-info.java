/**
 * The embedded database's files at rest and at start-up: owner-only folder and files, a generated password
 * kept beside them, older password-less databases migrated to it, and a damaged file refused with a clear
 * message instead of a stack trace or a silent fresh install.
 */
package com.notefolio.web.storage;
