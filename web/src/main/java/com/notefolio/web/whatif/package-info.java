/**
 * What-if scenarios in the application: scenarios saved by name per portfolio (in the core's scenario
 * JSON), and single-note comparisons answered at once by the core engine.
 */
package com.notefolio.web.whatif;
