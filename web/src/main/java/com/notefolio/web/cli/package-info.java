/** The {@code serve} command, contributed to the {@code notefolio} launcher through core's CommandProvider. */
package com.notefolio.web.cli;
