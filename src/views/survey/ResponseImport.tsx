// Import a round's responses from CSV (io readSurveyResponsesCsv): all rows or none, as one
// undo step; problems name file, line and column.
import { readSurveyResponsesCsv } from '../../io';
import { type CareMap, instrumentOfRound, type SurveyRound } from '../../model';
import { today, useRecordEdit } from '../governance/useRecordEdit';
import { FileImport } from './FileImport';

export function ResponseImport({ doc, round }: { doc: CareMap; round: SurveyRound }) {
  const edits = useRecordEdit();
  return (
    <div className="mini-form">
      <h4>Import responses from CSV</h4>
      <p className="muted">
        One row per respondent: columns <code>stakeholder</code>, <code>date</code>, optional <code>team</code>, <code>group</code> and{' '}
        <code>code</code>, then one column per item id with 1–5 or blank. No name column: responses are anonymous.
      </p>
      <FileImport
        label="Responses file"
        accept=".csv,text/csv"
        testId="responses-file"
        onText={(name, text) => {
          const { items } = instrumentOfRound(doc, round);
          const teams = doc.nodes.filter((n) => n.kind === 'team').map((n) => ({ id: n.id, label: n.label }));
          const result = readSurveyResponsesCsv(text, { round: round.id, items, teams, defaultDate: today(), file: name });
          if (!result.ok) return { problems: result.problems, message: `Nothing imported from ${name}.` };
          const refusal = edits.upsertMany(result.value, `Import ${result.value.length} survey responses`);
          return refusal === null
            ? { problems: result.warnings, message: `Imported ${result.value.length} responses from ${name}.` }
            : { problems: [], message: refusal };
        }}
      />
    </div>
  );
}
