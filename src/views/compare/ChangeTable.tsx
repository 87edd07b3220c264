// Every change of a comparison in one table, sortable by any column and filtered by what it is
// about and by text, downloadable as CSV (the rows as filtered and sorted).
import { useMemo, useState } from 'react';

import { CHANGE_COLUMNS, type ChangeRow, type ChangeSubject } from '../../analysis';
import { serializeCsvTable } from '../../io';
import { downloadBytes } from '../../ui/download';

const SUBJECTS: readonly { id: ChangeSubject | 'all'; label: string }[] = [
  { id: 'all', label: 'Everything' },
  { id: 'node', label: 'Elements' },
  { id: 'tie', label: 'Ties' },
  { id: 'receiver', label: 'Care received' },
  { id: 'load', label: 'Loads' },
  { id: 'role', label: 'Roles' },
];
/** Rows drawn at once; the CSV always holds them all. */
const SHOWN = 400;

type Column = (typeof CHANGE_COLUMNS)[number];

export function ChangeTable({ rows, fileBase }: { readonly rows: readonly ChangeRow[]; readonly fileBase: string }) {
  const [subject, setSubject] = useState<ChangeSubject | 'all'>('all');
  const [text, setText] = useState('');
  const [sort, setSort] = useState<{ column: Column; up: boolean } | null>(null);
  const shown = useMemo(() => {
    const needle = text.trim().toLowerCase();
    const kept = rows.filter(
      (r) => (subject === 'all' || r.subject === subject) && (needle === '' || CHANGE_COLUMNS.some((c) => r[c].toLowerCase().includes(needle))),
    );
    if (sort === null) return kept;
    const sign = sort.up ? 1 : -1;
    return [...kept].sort((x, y) => sign * x[sort.column].localeCompare(y[sort.column], undefined, { numeric: true }));
  }, [rows, subject, text, sort]);

  const handleCsv = () => {
    const csv = serializeCsvTable(CHANGE_COLUMNS, shown.map((r) => CHANGE_COLUMNS.map((c) => r[c])));
    downloadBytes(`${fileBase}-changes.csv`, 'text/csv', new TextEncoder().encode(csv));
  };

  return (
    <section className="change-table" aria-label="Change table" data-testid="change-table">
      <div className="change-table-tools">
        <select value={subject} onChange={(e) => setSubject(e.target.value as ChangeSubject | 'all')} aria-label="Show changes to" data-testid="change-filter">
          {SUBJECTS.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </select>
        <input type="search" value={text} onChange={(e) => setText(e.target.value)} placeholder="Filter" aria-label="Filter changes" />
        <span>{shown.length} changes</span>
        <button type="button" onClick={handleCsv} data-testid="change-csv">
          Download CSV
        </button>
      </div>
      <table>
        <thead>
          <tr>
            {CHANGE_COLUMNS.map((c) => (
              <th key={c} aria-sort={sort?.column === c ? (sort.up ? 'ascending' : 'descending') : 'none'}>
                <button type="button" onClick={() => setSort((s) => ({ column: c, up: s?.column === c ? !s.up : true }))}>
                  {c}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.slice(0, SHOWN).map((r, i) => (
            <tr key={`${r.id}:${r.field}:${r.change}:${i}`} data-testid="change-row">
              {CHANGE_COLUMNS.map((c) => (
                <td key={c}>{r[c]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {shown.length > SHOWN && <p className="hint">The first {SHOWN} of {shown.length} are shown; the CSV holds them all.</p>}
    </section>
  );
}
