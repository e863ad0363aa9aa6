import {
  criterionAverages,
  projectOpenKey,
  type ProjectViewer,
  roundOne,
  screeningOutcome,
  seesPrivate,
  seesProject,
  talentOpenKey,
} from './project.rules';

const viewer = (overrides: Partial<ProjectViewer> = {}): ProjectViewer => ({
  userId: 50,
  staff: false,
  verifiedOrganizationId: null,
  assignedReviewer: false,
  intentionParty: false,
  ...overrides,
});

describe('screeningOutcome', () => {
  it('accepts without a reason, returns and rejects with the reason the talent reads', () => {
    expect(screeningOutcome({ decision: 'accept', reason: 'ignored' })).toEqual({
      status: 'accepted',
      action: 'accepted',
      reason: null,
    });
    expect(screeningOutcome({ decision: 'return', reason: '请补充数据' })).toEqual({
      status: 'returned',
      action: 'returned',
      reason: '请补充数据',
    });
    expect(screeningOutcome({ decision: 'reject', reason: '不属于重点产业' })).toEqual({
      status: 'rejected',
      action: 'rejected',
      reason: '不属于重点产业',
    });
  });
});

describe('scores', () => {
  it('rounds to one decimal and reads the strings MySQL returns for averages', () => {
    expect(roundOne(84.75)).toBe(84.8);
    expect(roundOne('8.5000')).toBe(8.5);
    expect(roundOne(null)).toBeNull();
    expect(roundOne(undefined)).toBeNull();
  });

  it('leaves out criteria without any score', () => {
    expect(criterionAverages({ innovation: '9.0000', team: 8, market: null, localFit: '9.6667' })).toEqual({
      innovation: 9,
      team: 8,
      localFit: 9.7,
    });
    expect(criterionAverages(undefined)).toEqual({});
  });
});

describe('open-intention keys', () => {
  it('match the keys the intention table holds', () => {
    expect(projectOpenKey(3, 17)).toBe('o3:p17');
    expect(talentOpenKey(3, 17)).toBe('o3:t17');
  });
});

describe('who sees a project', () => {
  const project = { ownerId: 7, visibility: 'public' as const };
  const restricted = { ownerId: 7, visibility: 'verified_orgs' as const };

  it('shows the details to the owner, staff, assigned reviewers and intention parties only', () => {
    expect(seesPrivate(project, null)).toBe(false);
    expect(seesPrivate(project, viewer())).toBe(false);
    expect(seesPrivate(project, viewer({ verifiedOrganizationId: 4 }))).toBe(false);
    expect(seesPrivate(project, viewer({ userId: 7 }))).toBe(true);
    expect(seesPrivate(project, viewer({ staff: true }))).toBe(true);
    expect(seesPrivate(project, viewer({ assignedReviewer: true }))).toBe(true);
    expect(seesPrivate(project, viewer({ intentionParty: true }))).toBe(true);
  });

  it('lists a verified_orgs project only to verified organisations and those who see its details', () => {
    expect(seesProject(project, null)).toBe(true);
    expect(seesProject(restricted, null)).toBe(false);
    expect(seesProject(restricted, viewer())).toBe(false);
    expect(seesProject(restricted, viewer({ verifiedOrganizationId: 4 }))).toBe(true);
    expect(seesProject(restricted, viewer({ staff: true }))).toBe(true);
    expect(seesProject(restricted, viewer({ userId: 7 }))).toBe(true);
  });
});
