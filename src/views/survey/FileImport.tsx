// A file picker that reads one text file and hands its name and text to the caller, then lists
// the problems (file, line, field) the caller reports, or a success message.
import { type ChangeEvent, useState } from 'react';

import { formatProblem, type Problem } from '../../model';

export interface FileImportProps {
  readonly label: string;
  readonly accept: string;
  readonly testId: string;
  /** Read the file; return problems to list (empty = done) and a message. */
  readonly onText: (name: string, text: string) => { problems: readonly Problem[]; message: string };
}

export function FileImport({ label, accept, testId, onText }: FileImportProps) {
  const [problems, setProblems] = useState<readonly Problem[]>([]);
  const [message, setMessage] = useState<string | null>(null);

  async function handleChange(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (file === undefined) return;
    const result = onText(file.name, await file.text());
    setProblems(result.problems);
    setMessage(result.message);
  }

  return (
    <div className="file-import">
      <label>
        {label} <input type="file" accept={accept} onChange={(e) => void handleChange(e)} data-testid={testId} />
      </label>
      {message !== null && <p role="status">{message}</p>}
      {problems.length > 0 && (
        <ul className="problems" data-testid={`${testId}-problems`}>
          {problems.map((p, i) => (
            <li key={i}>{formatProblem(p)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
