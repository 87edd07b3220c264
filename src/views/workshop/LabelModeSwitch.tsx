// The one switch between names and initials (domain §9: on a screen others can see, people are
// shown by initials, paid staff by their role). It changes the label mode every drawing reads
// through the look: the graph, the map and the pictures saved from them.
import { type Key, ToggleButton, ToggleButtonGroup } from 'react-aria-components';

import type { LabelMode } from '../../model';
import { useAppStore } from '../../store';

export function LabelModeSwitch() {
  const mode = useAppStore((s) => s.labelMode);
  const setMode = useAppStore((s) => s.setLabelMode);
  return (
    <ToggleButtonGroup
      className="segmented"
      aria-label="Show people by"
      selectionMode="single"
      disallowEmptySelection
      selectedKeys={[mode]}
      onSelectionChange={(keys: Set<Key>) => {
        const next = [...keys][0];
        if (next === 'names' || next === 'initials') setMode(next satisfies LabelMode);
      }}
      data-testid="label-mode"
    >
      <ToggleButton id="names" className="segment" data-testid="label-names">
        Names
      </ToggleButton>
      <ToggleButton id="initials" className="segment" data-testid="label-initials">
        Initials
      </ToggleButton>
    </ToggleButtonGroup>
  );
}
