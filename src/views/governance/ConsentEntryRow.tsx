// One participant's answer in a consent round: consent, objection (with its reason), concern or
// absent; an objection also records how it was resolved. Saved with a button so an objection and
// its reason are written together.
import { type FormEvent, useState } from 'react';

import {
  CONSENT_RESPONSES,
  type CareMap,
  type ConsentEntry,
  type ConsentResponse,
  OBJECTION_RESOLUTIONS,
  openObjections,
  type Proposal,
} from '../../model';
import { nodeName } from './members';
import { useRecordEdit } from './useRecordEdit';

export interface ConsentEntryRowProps {
  readonly doc: CareMap;
  readonly proposal: Proposal;
  readonly index: number;
  readonly entry: ConsentEntry;
  readonly readOnly: boolean;
}

export function ConsentEntryRow({ doc, proposal, index, entry, readOnly }: ConsentEntryRowProps) {
  const edits = useRecordEdit();
  const who = 'nodeId' in entry.participant ? nodeName(doc, entry.participant.nodeId) : entry.participant.name;
  const [response, setResponse] = useState<ConsentResponse>(entry.response);
  const [reason, setReason] = useState(entry.reason ?? '');
  const [resolution, setResolution] = useState(entry.resolution ?? '');
  const [note, setNote] = useState(entry.resolutionNote ?? '');
  const [error, setError] = useState<string | null>(null);

  if (readOnly) {
    return (
      <li data-testid="consent-entry">
        {who}: {entry.response}
        {entry.reason !== undefined ? ` (“${entry.reason}”)` : ''}
        {entry.resolution !== undefined ? ` → ${entry.resolution}${entry.resolutionNote ? `: ${entry.resolutionNote}` : ''}` : ''}
      </li>
    );
  }

  function handleSave(e: FormEvent) {
    e.preventDefault();
    const next: Record<string, unknown> = { participant: entry.participant, response };
    if (reason.trim() !== '') next.reason = reason.trim();
    if (response === 'objection' && resolution !== '') next.resolution = resolution;
    if (response === 'objection' && note.trim() !== '') next.resolutionNote = note.trim();
    const consentRound = proposal.consentRound.map((x, i) => (i === index ? next : x));
    const status = openObjections({ consentRound: consentRound as ConsentEntry[] }).length > 0 ? 'objection_integration' : 'in_consent_round';
    setError(edits.upsert({ ...proposal, consentRound, status }, `${who}: ${response} on “${proposal.title}”`));
  }

  return (
    <li data-testid="consent-entry">
      <form className="consent-entry" onSubmit={handleSave} aria-label={`Answer of ${who}`}>
        <strong>{who}</strong>
        <select aria-label={`${who}: response`} value={response} onChange={(e) => setResponse(e.target.value as ConsentResponse)} data-testid="consent-response">
          {CONSENT_RESPONSES.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
        {(response === 'objection' || response === 'concern') && (
          <input aria-label={`${who}: reason`} placeholder="Reason" value={reason} onChange={(e) => setReason(e.target.value)} data-testid="consent-reason" />
        )}
        {response === 'objection' && (
          <>
            <select aria-label={`${who}: resolved how`} value={resolution} onChange={(e) => setResolution(e.target.value)} data-testid="consent-resolution">
              <option value="">Not resolved yet</option>
              {OBJECTION_RESOLUTIONS.map((r) => (
                <option key={r} value={r}>
                  {r}
                </option>
              ))}
            </select>
            <input aria-label={`${who}: how it was resolved`} placeholder="How" value={note} onChange={(e) => setNote(e.target.value)} data-testid="consent-resolution-note" />
          </>
        )}
        <button type="submit" data-testid="consent-save">
          Save
        </button>
        {error !== null && <span className="field-error" role="alert">{error}</span>}
      </form>
    </li>
  );
}
