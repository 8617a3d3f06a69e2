/** Users, roles (ANALYST, ADMIN), the first administrator account and the sign-in configuration. */
package com.notefolio.web.security;
