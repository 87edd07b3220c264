import { describe, expect, it } from 'vitest';

import { defaultTieKind } from '../../../src/views/graph/tieDefaults';

describe('defaultTieKind', () => {
  it('picks the kind a drag between two kinds of node means', () => {
    expect(defaultTieKind('person', 'person')).toBe('care');
    expect(defaultTieKind('person', 'team')).toBe('membership');
    expect(defaultTieKind('organisation', 'circle')).toBe('membership');
    expect(defaultTieKind('team', 'circle')).toBe('double_link');
    expect(defaultTieKind('group', 'space')).toBe('hosted_at');
    expect(defaultTieKind('person', 'space')).toBe('care');
    expect(defaultTieKind('space', 'team')).toBe('care');
  });
});
