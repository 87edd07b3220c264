// Survey files (domain brief §5): an item bank from CSV or JSON, a round's responses from CSV.
// Each read is all or nothing and never throws; problems name the file, line and column.
export { readItemBankCsv, readItemBankJson } from './items';
export { readSurveyResponsesCsv } from './responses';
