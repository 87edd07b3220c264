// The round's instrument: the three domains and their factors, the stakeholder versions, the
// response scale, the items and the scoring settings. The built-in bank is our local default,
// marked as such; "Make an editable copy" gives the team or circle its own instrument, whose
// items can be edited or replaced by an imported bank (CSV or JSON) and whose settings can change.
import { type CareMap, DEFAULT_ITEM_BANK, instrumentOfRound, newId, RESPONSE_SCALE, STAKEHOLDER_GROUPS, SURVEY_DOMAINS, type SurveyRound } from '../../model';
import { useRecordEdit } from '../governance/useRecordEdit';
import { ItemBankImport } from './ItemBankImport';
import { ItemsTable } from './ItemsTable';
import { SettingsForm } from './SettingsForm';

export function InstrumentPanel({ doc, round }: { doc: CareMap; round: SurveyRound }) {
  const edits = useRecordEdit();
  const { items, settings, source } = instrumentOfRound(doc, round);
  const instrument = round.instrument !== undefined ? doc.records.find((r) => r.id === round.instrument && r.type === 'surveyInstrument') : undefined;
  const scopeName = doc.nodes.find((n) => n.id === round.scope)?.label ?? round.scope;

  function makeCopy() {
    const id = newId('inst');
    edits.upsertMany(
      [
        { id, type: 'surveyInstrument', label: `${scopeName} survey`, owner: round.scope, items: DEFAULT_ITEM_BANK, settings: {} },
        { ...round, instrument: id },
      ],
      `Editable survey for “${scopeName}”`,
    );
  }

  return (
    <section aria-label="Instrument" data-testid="instrument-panel">
      <h3>Instrument</h3>
      {source === 'built_in' ? (
        <p className="notice" data-testid="instrument-source">
          This round uses the built-in item bank: plain-language statements written for this app as a local default, not the playbook’s official
          items.{' '}
          <button type="button" onClick={makeCopy} data-testid="instrument-copy">
            Make an editable copy for {scopeName}
          </button>
        </p>
      ) : (
        <p className="muted" data-testid="instrument-source">
          This round uses {scopeName}’s own copy of the instrument. Items marked “local default” are still our wording.
        </p>
      )}
      <details>
        <summary>Domains, factors, stakeholder versions and scale</summary>
        <ul>
          {SURVEY_DOMAINS.map((d) => (
            <li key={d.id}>
              <strong>{d.label}</strong> ({d.factors.length} factors): {d.factors.map((f) => f.label).join('; ')}
            </li>
          ))}
        </ul>
        <p>Stakeholder versions: {STAKEHOLDER_GROUPS.map((g) => g.label + ('hint' in g ? ` (${g.hint})` : '')).join(', ')}.</p>
        <p>Response scale: {RESPONSE_SCALE.map((s) => `${s.value} ${s.label}`).join(' · ')}.</p>
      </details>
      <ItemsTable items={items} instrument={instrument === undefined ? undefined : instrument.id} />
      {instrument !== undefined && <ItemBankImport instrumentId={instrument.id} />}
      <SettingsForm settings={settings} instrumentId={instrument?.id} />
    </section>
  );
}
