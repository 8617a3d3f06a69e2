/**
 * Creating a portfolio from uploaded files: the upload received into a temporary file with its size
 * counted by the server ({@link com.notefolio.web.upload.UploadReceiver}), a portfolio CSV or an Excel
 * workbook turned into the core's CSV reader input with spreadsheet row numbers kept
 * ({@link com.notefolio.web.upload.PortfolioUpload}, {@link com.notefolio.web.upload.WorkbookSheets}), and the
 * all-or-nothing import that streams the notes into the database in batches and reports every bad row
 * ({@link com.notefolio.web.upload.PortfolioImport}).
 */
package com.notefolio.web.upload;
