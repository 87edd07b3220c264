// Scoring settings and band cut-offs. They are local settings with our defaults (the playbook
// gives no numbers), and the form says so. Editable only in a team's own instrument; the minimum
// group size can never go below 3.
import { ABSOLUTE_MIN_GROUP_SIZE, checkScoringSettings, findRecord, formatProblem, type ScoringSettings } from '../../model';
import { selectDocument, useAppStore } from '../../store';
import { TextField } from '../../ui/TextField';
import { CheckboxField } from '../../ui/CheckboxField';
import { useRecordEdit } from '../governance/useRecordEdit';

type NumberKey = 'minGroupSize' | 'lowBelow' | 'highAbove' | 'minAnsweredShare';

const FIELDS: readonly { key: NumberKey; label: string; hint: string }[] = [
  { key: 'minGroupSize', label: 'Smallest group that gets a score', hint: `Default 5; never below ${ABSOLUTE_MIN_GROUP_SIZE}.` },
  { key: 'lowBelow', label: 'Low band: below', hint: 'Default 2.5 on the 1–5 scale.' },
  { key: 'highAbove', label: 'High band: above', hint: 'Default 3.5; scores in between are medium.' },
  { key: 'minAnsweredShare', label: 'Share of a factor’s items that must be answered', hint: 'Default 0.75.' },
];

export function SettingsForm({ settings, instrumentId }: { settings: ScoringSettings; instrumentId: string | undefined }) {
  const doc = useAppStore(selectDocument);
  const edits = useRecordEdit();
  const record = doc !== null && instrumentId !== undefined ? findRecord(doc, 'surveyInstrument', instrumentId) : undefined;

  function save(patch: Partial<ScoringSettings>): string | null {
    if (record === undefined) return 'Make an editable copy first.';
    const checked = checkScoringSettings({ ...record.settings, ...patch });
    if (!checked.ok) return checked.problems.map(formatProblem).join('; ');
    return edits.upsert({ ...record, settings: checked.value }, 'Edit scoring settings');
  }

  return (
    <fieldset className="settings" data-testid="scoring-settings">
      <legend>Scoring settings</legend>
      <p className="notice" data-testid="settings-note">
        These cut-offs and rules are local settings with this app’s defaults, not playbook values: the playbook gives no numeric scale, scoring
        formula or cut-offs. A factor score is the mean of its answered items; a domain score the mean of its factors; a group score the mean of
        its respondents.
      </p>
      {FIELDS.map((f) => (
        <TextField
          key={f.key}
          label={f.label}
          hint={f.hint}
          inputMode="decimal"
          value={String(settings[f.key])}
          disabled={record === undefined}
          testId={`setting-${f.key}`}
          onCommit={(text) => {
            const value = Number(text);
            return text.trim() === '' || !Number.isFinite(value) ? 'Enter a number.' : save({ [f.key]: value });
          }}
        />
      ))}
      <CheckboxField
        label="Leave out items marked “local default”"
        checked={settings.excludePlaceholders}
        onCommit={(checked) => save({ excludePlaceholders: checked })}
      />
    </fieldset>
  );
}
