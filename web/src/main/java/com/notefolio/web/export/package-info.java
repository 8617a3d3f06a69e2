/**
 * Exports of stored portfolios: the reports module's workbooks and tables, and the notes browser's filtered
 * list as an importable portfolio CSV and as a workbook, written as the notes are read.
 */
package com.notefolio.web.export;
