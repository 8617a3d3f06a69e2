/**
 * A reusable Chart.js chart for Vaadin views: the chart's configuration as a value (labels, data sets,
 * stacking, axes), sent to the browser as JSON data only, and clicks on bars and slices reported back to
 * the server by index, and the same figures as a table under the chart whose links drill down from the
 * keyboard. Chart.js 4.4.7 comes from its webjar on the class path; no front-end build.
 */
package com.notefolio.web.view.chart;
