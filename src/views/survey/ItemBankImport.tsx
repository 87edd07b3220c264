// Replace a team's instrument items with an item bank read from CSV or JSON (all or nothing; the
// problems name file, line and field).
import { readItemBankCsv, readItemBankJson } from '../../io';
import { findRecord } from '../../model';
import { useAppStoreApi } from '../../store';
import { useRecordEdit } from '../governance/useRecordEdit';
import { FileImport } from './FileImport';

export function ItemBankImport({ instrumentId }: { instrumentId: string }) {
  const store = useAppStoreApi();
  const edits = useRecordEdit();
  return (
    <FileImport
      label="Import an item bank (CSV or JSON)"
      accept=".csv,.json,text/csv,application/json"
      testId="item-bank-file"
      onText={(name, text) => {
        const result = /\.json$/i.test(name) ? readItemBankJson(text, name) : readItemBankCsv(text, name);
        if (!result.ok) return { problems: result.problems, message: `Nothing imported from ${name}.` };
        const doc = store.getState().document;
        const record = doc !== null ? findRecord(doc, 'surveyInstrument', instrumentId) : undefined;
        if (record === undefined) return { problems: [], message: 'The instrument is gone.' };
        const refusal = edits.upsert({ ...record, items: result.value }, `Import item bank ${name}`);
        return refusal === null
          ? { problems: result.warnings, message: `Imported ${result.value.length} items from ${name}.` }
          : { problems: [], message: refusal };
      }}
    />
  );
}
