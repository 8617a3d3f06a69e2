/** Browser tests: the real application on a random loopback port, driven in headless Chromium. */
package com.notefolio.web.browser;
