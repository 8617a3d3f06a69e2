/** Downloads made on request into a temporary file and streamed to the browser. */
package com.notefolio.web.view.download;
