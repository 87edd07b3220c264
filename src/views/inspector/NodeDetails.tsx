// The rest of a node's fields: capacity (hours a week it can give or carry, how many receivers),
// consent to be mapped (status, by whom, when, how, when to review) and the dates it is valid
// between. Like NodeFields, it edits one node or several at once.
import { memo } from 'react';

import {
  CapacitySchema,
  CONSENT_METHODS,
  CONSENT_STATUSES,
  type CareNode,
  CareNodeSchema,
  ConsentSchema,
  type NodeId,
} from '../../model';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import {
  applyChecked,
  capacityPatch,
  checkNumber,
  checkText,
  consentPatch,
  consentStatusPatch,
  numberText,
  type Shared,
  sharedValue,
  shownValue,
} from './edits';
import { toOptions } from './options';
import { useCommitNodes } from './useCommit';

const C = ConsentSchema.shape;
const STATUS_OPTIONS = toOptions(CONSENT_STATUSES);
const METHOD_OPTIONS = toOptions(CONSENT_METHODS);

export interface NodeDetailsProps {
  readonly nodes: readonly CareNode[];
  readonly ids: readonly NodeId[];
}

export const NodeDetails = memo(function NodeDetails({ nodes, ids }: NodeDetailsProps) {
  const commit = useCommitNodes(ids);
  const hours = sharedValue(nodes, (n) => numberText(n.capacity?.hoursPerWeek));
  const receivers = sharedValue(nodes, (n) => numberText(n.capacity?.maxReceivers));
  const status = sharedValue(nodes, (n) => n.consent?.status ?? '');
  const allConsent = nodes.every((n) => n.consent !== undefined);
  const by = sharedValue(nodes, (n) => n.consent?.by ?? '');
  const at = sharedValue(nodes, (n) => n.consent?.at ?? '');
  const method = sharedValue(nodes, (n) => n.consent?.method ?? '');
  const reviewAt = sharedValue(nodes, (n) => n.consent?.reviewAt ?? '');
  const validFrom = sharedValue(nodes, (n) => n.validFrom ?? '');
  const validTo = sharedValue(nodes, (n) => n.validTo ?? '');

  const dateField = (
    label: string,
    value: Shared<string>,
    testId: string,
    onValue: (v: string | undefined) => string | null,
    schema: typeof C.at,
  ) => (
    <TextField
      label={label}
      {...shownValue(value)}
      placeholder="YYYY-MM-DD"
      testId={testId}
      onCommit={(t) => applyChecked(checkText(schema, t.trim()), onValue)}
    />
  );

  return (
    <div className="field-group">
      <h3>Capacity</h3>
      <TextField
        label="Hours a week it can give"
        inputMode="decimal"
        {...shownValue(hours)}
        testId="inspector-capacity-hours"
        onCommit={(t) =>
          applyChecked(checkNumber(CapacitySchema.shape.hoursPerWeek, t), (value) =>
            commit('capacity', (n) => capacityPatch(n, 'hoursPerWeek', value)),
          )
        }
      />
      <TextField
        label="Most receivers it can support"
        inputMode="numeric"
        {...shownValue(receivers)}
        testId="inspector-capacity-receivers"
        onCommit={(t) =>
          applyChecked(checkNumber(CapacitySchema.shape.maxReceivers, t), (value) =>
            commit('capacity', (n) => capacityPatch(n, 'maxReceivers', value)),
          )
        }
      />
      <h3>Consent to be mapped</h3>
      <SelectField
        label="Consent"
        {...shownValue(status)}
        options={STATUS_OPTIONS}
        emptyLabel="Not recorded"
        testId="inspector-consent-status"
        onCommit={(v) => commit('consent', (n) => consentStatusPatch(n, v))}
      />
      {allConsent && (
        <>
          <TextField
            label="Consent given by"
            {...shownValue(by)}
            testId="inspector-consent-by"
            onCommit={(t) =>
              applyChecked(checkText(C.by, t), (value) =>
                commit('consent', (n) => consentPatch(n, 'by', value)),
              )
            }
          />
          {dateField(
            'Consent given on',
            at,
            'inspector-consent-at',
            (v) => commit('consent', (n) => consentPatch(n, 'at', v)),
            C.at,
          )}
          <SelectField
            label="How consent was given"
            {...shownValue(method)}
            options={METHOD_OPTIONS}
            emptyLabel="Not recorded"
            testId="inspector-consent-method"
            onCommit={(v) => commit('consent', (n) => consentPatch(n, 'method', v === '' ? undefined : v))}
          />
          {dateField(
            'Review consent on',
            reviewAt,
            'inspector-consent-review',
            (v) => commit('consent', (n) => consentPatch(n, 'reviewAt', v)),
            C.reviewAt,
          )}
        </>
      )}
      <h3>Dates</h3>
      {dateField(
        'Valid from',
        validFrom,
        'inspector-valid-from',
        (v) => commit('valid from', () => ({ validFrom: v })),
        CareNodeSchema.shape.validFrom,
      )}
      {dateField(
        'Valid to',
        validTo,
        'inspector-valid-to',
        (v) => commit('valid to', () => ({ validTo: v })),
        CareNodeSchema.shape.validTo,
      )}
    </div>
  );
});
