// The thresholds behind the insights (the analysis's INSIGHT_THRESHOLDS), editable, with their
// defaults and a reset. Kept per tab in the store (see store/analysisSlice.ts for why not in the
// map file); every change re-runs the analysis through the runner.
import { useId, useState } from 'react';

import { INSIGHT_THRESHOLDS, type ThresholdInfo } from '../../analysis';
import { useAppStore } from '../../store';

export function InsightSettings() {
  const id = useId();
  const thresholds = useAppStore((s) => s.analysisSettings.thresholds);
  const setSettings = useAppStore((s) => s.setAnalysisSettings);
  const reset = useAppStore((s) => s.resetAnalysisSettings);
  const changed = INSIGHT_THRESHOLDS.some((t) => thresholds[t.name] !== t.default);

  return (
    <details className="insight-settings" data-testid="insight-settings">
      <summary>Thresholds{changed ? ' (changed)' : ''}</summary>
      <p className="insight-settings-note">
        Each insight says which of these made it appear. They apply to this tab only and are not saved with
        the map.
      </p>
      <div className="insight-settings-fields">
        {INSIGHT_THRESHOLDS.map((t) => (
          <ThresholdField
            key={t.name}
            info={t}
            id={`${id}-${t.name}`}
            value={thresholds[t.name]}
            onChange={(value) => setSettings({ thresholds: { [t.name]: value } })}
          />
        ))}
      </div>
      <button type="button" onClick={reset} disabled={!changed} data-testid="thresholds-reset">
        Reset to defaults
      </button>
    </details>
  );
}

/** One threshold: the text typed is kept locally; the store gets it once it reads as a number in range. */
function ThresholdField({
  info,
  id,
  value,
  onChange,
}: {
  info: ThresholdInfo;
  id: string;
  value: number;
  onChange: (value: number) => void;
}) {
  const [text, setText] = useState(String(value));
  const [shown, setShown] = useState(value);
  // A reset (or any outside change) replaces what was typed.
  if (shown !== value) {
    setShown(value);
    setText(String(value));
  }
  const parsed = Number(text);
  const valid =
    text.trim() !== '' &&
    Number.isFinite(parsed) &&
    parsed >= info.min &&
    (info.max === undefined || parsed <= info.max);
  return (
    <div className="insight-setting">
      <label htmlFor={id}>{info.label}</label>
      <input
        id={id}
        type="number"
        data-testid={`threshold-${info.name}`}
        min={info.min}
        max={info.max}
        step={info.step}
        value={text}
        aria-invalid={!valid}
        aria-describedby={`${id}-help`}
        onChange={(e) => {
          const next = e.target.value;
          setText(next);
          const n = Number(next);
          if (
            next.trim() !== '' &&
            Number.isFinite(n) &&
            n >= info.min &&
            (info.max === undefined || n <= info.max)
          ) {
            setShown(n);
            onChange(n);
          }
        }}
      />
      <span id={`${id}-help`} className="insight-setting-help">
        {info.help} Default {info.default}.
      </span>
    </div>
  );
}
