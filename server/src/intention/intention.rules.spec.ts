import { INTENTION_STATUSES } from '@ihaigui/shared';
import { allowedMovesFor, openKeyOf } from './intention.rules';

describe('intention rules', () => {
  it('keys an open intention by organisation and project, or organisation and talent without one', () => {
    expect(openKeyOf(3, 17, 42)).toBe('o3:p17');
    expect(openKeyOf(3, null, 42)).toBe('o3:t42');
  });

  it('lets only the side proposed to accept or decline, either side take the later steps, staff any step', () => {
    const proposedByOrg = { status: 'proposed' as const, proposedBy: 'organization' as const };
    expect(allowedMovesFor(proposedByOrg, 'organization')).toEqual(['withdrawn']);
    expect(allowedMovesFor(proposedByOrg, 'talent')).toEqual(['accepted', 'declined', 'withdrawn']);
    expect(allowedMovesFor(proposedByOrg, 'staff')).toEqual(['accepted', 'declined', 'withdrawn']);
    expect(allowedMovesFor({ status: 'proposed', proposedBy: 'talent' }, 'organization')).toEqual([
      'accepted',
      'declined',
      'withdrawn',
    ]);
    expect(allowedMovesFor({ status: 'accepted', proposedBy: 'talent' }, 'talent')).toEqual(['meeting', 'withdrawn']);
    expect(allowedMovesFor({ status: 'agreement', proposedBy: 'talent' }, 'organization')).toEqual([
      'signed',
      'withdrawn',
    ]);
    for (const status of ['declined', 'signed', 'withdrawn'] as const) {
      for (const side of ['organization', 'talent', 'staff'] as const)
        expect(allowedMovesFor({ status, proposedBy: 'organization' }, side)).toEqual([]);
    }
    // Nothing ever moves back to proposed.
    for (const status of INTENTION_STATUSES)
      expect(allowedMovesFor({ status, proposedBy: 'talent' }, 'staff')).not.toContain('proposed');
  });
});
