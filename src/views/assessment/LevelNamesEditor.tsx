// The readiness level names are local settings (the brief does not fix them, §6.3): edit them
// here. The first edit stores a readiness matrix record with the current names.
import { type CareMap, getRecords, newId } from '../../model';
import { TextField } from '../../ui/TextField';
import { useRecordEdit } from '../governance/useRecordEdit';

export function LevelNamesEditor({ doc, levels, source }: { doc: CareMap; levels: readonly string[]; source: 'matrix' | 'default' }) {
  const edits = useRecordEdit();
  const matrix = getRecords(doc, 'capacityMatrix')[0];

  function rename(index: number, name: string): string | null {
    const next = levels.map((l, i) => (i === index ? name.trim() : l));
    const record = matrix !== undefined ? { ...matrix, levels: next } : { id: newId('matrix'), type: 'capacityMatrix', levels: next };
    return edits.upsert(record, `Rename readiness level ${index + 1}`);
  }

  return (
    <details className="mini-form" data-testid="level-names">
      <summary>Readiness levels: {levels.map((l, i) => `${i + 1} ${l}`).join(' · ')}</summary>
      <p className="muted">
        {source === 'default'
          ? 'These level names are placeholders until you load your own matrix. Rename them to match it.'
          : 'Your circle’s level names.'}
      </p>
      {levels.map((l, i) => (
        <TextField key={i} label={`Level ${i + 1}`} value={l} testId={`level-name-${i + 1}`} onCommit={(text) => rename(i, text)} />
      ))}
    </details>
  );
}
