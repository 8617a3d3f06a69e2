/** Whole exports of the workbooks, shared by the export command and the web application. */
package com.notefolio.reports.export;
