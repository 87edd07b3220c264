// Survey files (domain brief §5): an item bank from CSV or JSON, a round's responses from CSV.
// Each read is all or nothing and never throws; problems name the file, line and column.
export { MAX_ITEM_BANK_CHARS, MAX_ITEM_BANK_ITEMS, readItemBankCsv, readItemBankJson } from './items';
export { MAX_RESPONSE_CHARS, MAX_RESPONSE_ROWS, readSurveyResponsesCsv, type ResponseCsvOptions } from './responses';
