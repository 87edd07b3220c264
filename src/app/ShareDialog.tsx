// "Copy to share…": a copy of the map for people outside, in any format, showing people only as
// their consent allows (model `shareMap`): the person chooses how people without consent appear
// and whether those who consented show by initials or name, and gives the copy a title of its own
// when the map's names someone. A format that cannot hold the whole copy first says what it will
// leave out (ExportLossDialog) and offers the Carewealth file. The same choices apply to the
// pictures (graph and map).
import { useMemo, useState } from 'react';

import type { ExportLoss, FormatId } from '../io';
import {
  NAME_CHOICES,
  type NameChoice,
  shareMap,
  type ShareSummary,
  WITHOUT_CONSENT_CHOICES,
  type WithoutConsentChoice,
} from '../model';
import { selectDocument, useAppStore } from '../store';
import { Dialog } from '../ui/Dialog';
import { ExportLossDialog } from './ExportLossDialog';
import { downloadShareCopy, exportFormats, exportLossesOf } from './mapActions';
import { useServices } from './services';

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "Of 12 people: 9 by initials, 3 as “A neighbour”." */
export function describeShare(summary: ShareSummary): string {
  const parts = [
    summary.byInitials > 0 ? `${summary.byInitials} by initials` : '',
    summary.byName > 0 ? `${summary.byName} by name` : '',
    summary.asNeighbour > 0 ? `${summary.asNeighbour} as “A neighbour”` : '',
    summary.byRole > 0 ? `${summary.byRole} by their role` : '',
    summary.leftOut > 0 ? `${summary.leftOut} left out` : '',
  ].filter((p) => p !== '');
  if (summary.people === 0) return 'The map has no people.';
  return `Of ${plural(summary.people, 'person', 'people')}: ${parts.join(', ')}.`;
}

function Choices<T extends string>({
  legend,
  name,
  choices,
  value,
  onChange,
}: {
  readonly legend: string;
  readonly name: string;
  readonly choices: readonly { readonly id: T; readonly label: string }[];
  readonly value: T;
  readonly onChange: (value: T) => void;
}) {
  return (
    <fieldset className="choices">
      <legend>{legend}</legend>
      {choices.map((c) => (
        <label key={c.id}>
          <input
            type="radio"
            name={name}
            value={c.id}
            checked={value === c.id}
            data-testid={`${name}-${c.id}`}
            onChange={() => onChange(c.id)}
          />
          {c.label}
        </label>
      ))}
    </fieldset>
  );
}

export function ShareDialog({ onClose }: { readonly onClose: () => void }) {
  const services = useServices();
  const doc = useAppStore(selectDocument);
  const stored = useAppStore((s) => s.shareOptions);
  const formats = exportFormats();
  const [format, setFormat] = useState<FormatId>('native');
  const [withoutConsent, setWithoutConsent] = useState<WithoutConsentChoice>(stored.withoutConsent);
  const [names, setNames] = useState<NameChoice>(stored.names);
  const [title, setTitle] = useState(doc?.meta.title ?? '');
  const summary = useMemo(
    () => (doc === null ? null : shareMap(doc, { withoutConsent, names }).summary),
    [doc, withoutConsent, names],
  );
  const titleOk = title.trim() !== '' && title.length <= 200 && !/[\r\n]/.test(title);
  const [losses, setLosses] = useState<readonly ExportLoss[] | null>(null);
  const options = { withoutConsent, names, title: title.trim() };

  function download(as: FormatId) {
    services.store.getState().setShareOptions({ withoutConsent, names });
    if (downloadShareCopy(services, as, options)) onClose();
  }

  function handleDownload() {
    const lost = exportLossesOf(services, format, options);
    if (lost.length === 0) download(format);
    else setLosses(lost);
  }

  if (losses !== null) {
    return (
      <ExportLossDialog
        formatLabel={formats.find((f) => f.id === format)?.label ?? format}
        losses={losses}
        onCancel={() => setLosses(null)}
        onDownloadNative={() => download('native')}
        onExportAnyway={() => download(format)}
      />
    );
  }

  return (
    <Dialog title="Copy to share" onClose={onClose} testId="share-dialog">
      <p>A copy for people outside, showing people only as their consent allows.</p>
      <form
        className="download-form"
        onSubmit={(e) => {
          e.preventDefault();
          handleDownload();
        }}
      >
        <label>
          <span>Format</span>
          <select
            value={format}
            data-testid="share-format"
            onChange={(e) => setFormat(e.target.value as FormatId)}
          >
            {formats.map((f) => (
              <option key={f.id} value={f.id}>
                {f.label} ({f.extension})
              </option>
            ))}
          </select>
        </label>
        <Choices
          legend="People whose consent is refused, withdrawn or not recorded appear"
          name="share-without-consent"
          choices={WITHOUT_CONSENT_CHOICES}
          value={withoutConsent}
          onChange={setWithoutConsent}
        />
        <Choices
          legend="People who consented appear"
          name="share-names"
          choices={NAME_CHOICES}
          value={names}
          onChange={setNames}
        />
        <label>
          <span>Title of the copy</span>
          <input
            value={title}
            maxLength={200}
            data-testid="share-title"
            aria-invalid={!titleOk}
            aria-describedby="share-title-hint"
            onChange={(e) => setTitle(e.target.value)}
          />
        </label>
        <p id="share-title-hint" className="form-hint">
          Change it if the map’s title names someone.
        </p>
        {summary !== null && (
          <p data-testid="share-summary" role="status">
            {describeShare(summary)}
          </p>
        )}
        <p className="form-hint" data-testid="share-left-out">
          Never in a copy to share: exact homes (people are shown at their neighbourhood at most), health
          needs, notes, descriptions of people, consent records
          {summary !== null && summary.recordsLeftOut > 0
            ? `, and the ${plural(summary.recordsLeftOut, 'governance, survey or assessment record', 'governance, survey and assessment records')}`
            : ''}
          . Pictures of the graph and the map follow these choices too.
        </p>
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={!titleOk} data-testid="share-download">
            Download copy
          </button>
        </div>
      </form>
    </Dialog>
  );
}
