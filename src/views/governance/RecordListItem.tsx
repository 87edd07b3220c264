// One entry of a record view's list (the teams and circles here, the partners in the Partners
// view): a button that selects its node, marked current while that node is the selection.
import type { ReactNode } from 'react';

import type { NodeId } from '../../model';
import { useAppStoreApi } from '../../store';

export interface RecordListItemProps {
  readonly nodeId: NodeId;
  readonly current: boolean;
  readonly testId: string;
  readonly children: ReactNode;
}

export function RecordListItem({ nodeId, current, testId, children }: RecordListItemProps) {
  const store = useAppStoreApi();
  return (
    <li>
      <button type="button" aria-current={current} data-testid={testId} data-node-id={nodeId} onClick={() => store.getState().select({ nodeIds: [nodeId] })}>
        {children}
      </button>
    </li>
  );
}
