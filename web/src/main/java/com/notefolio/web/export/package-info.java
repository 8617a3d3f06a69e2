/** Exports of stored portfolios: the reports module's workbooks and tables, written as the notes are read. */
package com.notefolio.web.export;
