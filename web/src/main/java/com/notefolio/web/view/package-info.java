/**
 * The screens: sign-in, the layout with navigation, portfolios, notes browser, note detail, users.
 * Views only present what services prepared; user text is always set as text, never as HTML.
 */
package com.notefolio.web.view;
