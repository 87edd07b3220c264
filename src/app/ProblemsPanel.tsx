// The error panel: the last problems from an import, a stored map or a file write, each with its
// file, line, path and message. Labels and messages are shown as text only.
import { useAppStore } from '../store';

export function ProblemsPanel() {
  const report = useAppStore((s) => s.report);
  const dismiss = useAppStore((s) => s.dismissProblems);
  if (report === null) return null;
  const errors = report.problems.filter((p) => p.severity === 'error').length;
  return (
    <section
      className={`problems ${errors > 0 ? 'has-errors' : ''}`}
      role="alert"
      aria-labelledby="problems-title"
      data-testid="problems-panel"
    >
      <div className="problems-head">
        <h2 id="problems-title">{report.title}</h2>
        <button type="button" onClick={dismiss} data-testid="problems-dismiss">
          Dismiss
        </button>
      </div>
      {errors > 0 && <p>Nothing was changed. Fix the file and try again:</p>}
      <ul>
        {report.problems.map((p, i) => (
          <li key={i} data-testid="problem-item" className={p.severity}>
            {p.file !== undefined && <span className="problem-file">{p.file}</span>}
            {p.line !== undefined && (
              <span className="problem-line">
                {p.file !== undefined ? ', ' : ''}line {p.line}
                {p.column !== undefined ? `, column ${p.column}` : ''}
              </span>
            )}
            {(p.file !== undefined || p.line !== undefined) && ': '}
            {p.path !== '' && (
              <>
                <code className="problem-path">{p.path}</code>{' '}
              </>
            )}
            <span className="problem-message">{p.message}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
