/** Test support: a real PostgreSQL for tests, the base of Karibu view tests. */
package com.notefolio.web.testing;
