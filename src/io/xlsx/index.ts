// Minimal XLSX support for the spreadsheet formats: read sheets as rows of values, write sheets.
export { columnName, decodeExcelEscapes, parseCellRef, readWorkbook, XLSX_LIMITS, type XlsxLimits, type XlsxRow, type XlsxSheet, type XlsxValue } from './read';
export { encodeCellText, writeWorkbook, type XlsxSheetOut } from './write';
