import type { PolicyInputRaw } from '@ihaigui/shared';

/** A valid staff input; tests change what they need. */
export function policyInput(overrides: Partial<PolicyInputRaw> = {}): PolicyInputRaw {
  return {
    title: '测试政策：留学人员创业资助',
    issuer: '厦门市科学技术局',
    region: 'citywide',
    category: 'startup_funding',
    targetGroups: ['returnee'],
    amountMin: 200_000,
    amountMax: 500_000,
    validFrom: '2026-01-01',
    summary: '对符合条件的留学人员创业企业给予资助。',
    body: '<p>正文</p><script>alert(1)</script>',
    howToApply: '登录平台在线申报。',
    criteria: [],
    ...overrides,
  };
}
