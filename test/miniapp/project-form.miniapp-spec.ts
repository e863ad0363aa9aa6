import { amountUnit, textFromYuan, yuanFromText, yuanValue } from '../../miniapp/src/features/projects/amount';
import { checkForm, seeksOf, valuesOf, type Values } from '../../miniapp/src/features/projects/project/project-form';

const filled = (overrides: Partial<Values> = {}): Values => ({
  ...valuesOf(undefined),
  name: '眼底影像AI早筛系统',
  field: 'ai',
  originRegion: 'uk',
  teamSize: '6',
  leaderDegree: 'phd',
  stage: 'prototype',
  seeks: 'investment,site',
  summary: '基于深度学习的眼底照片分析系统，可在社区医院完成糖尿病视网膜病变的早期筛查。',
  details: '核心算法已在英国两家医院完成回顾性验证，团队由博士和眼科医生组成，计划在本市设立研发中心。',
  contact: 'lin@example.com',
  ...overrides,
});

describe('amounts typed in 万元 (Chinese) or yuan (English), kept in yuan', () => {
  it('reads the typed text in the unit of the language', () => {
    expect(amountUnit('zh-CN')).toBe('wan');
    expect(amountUnit('en')).toBe('yuan');
    expect(yuanFromText('500', 'wan')).toBe(5_000_000);
    expect(yuanFromText('0.07', 'wan')).toBe(700);
    expect(yuanFromText('12.345', 'wan')).toBe(123_450);
    expect(yuanFromText('5,000,000', 'yuan')).toBe(5_000_000);
    expect(yuanFromText(' ', 'wan')).toBeNull();
    expect(yuanFromText('5e6', 'yuan')).toBeNaN();
    expect(yuanFromText('-3', 'wan')).toBeNaN();
  });

  it('shows yuan in either unit, so switching the language keeps the amount', () => {
    expect(textFromYuan(5_000_000, 'wan')).toBe('500');
    expect(textFromYuan(123_450, 'wan')).toBe('12.345');
    expect(textFromYuan(5_000_000, 'yuan')).toBe('5000000');
    expect(textFromYuan(null, 'wan')).toBe('');
    for (const yuan of [700, 123_450, 5_000_000, 2_000_000_000]) {
      expect(yuanFromText(textFromYuan(yuan, 'wan'), 'wan')).toBe(yuan);
    }
    expect(yuanValue('')).toBeNull();
    expect(yuanValue('NaN')).toBeNaN();
  });
});

describe('the project registration form', () => {
  it('turns a filled form into the shared input, the financing need in yuan', () => {
    const check = checkForm(filled({ financingNeed: '5000000', nameEn: '  ', eventId: '' }));
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(check.input).toMatchObject({
      name: '眼底影像AI早筛系统',
      nameEn: null,
      teamSize: 6,
      financingNeed: 5_000_000,
      seeks: ['investment', 'site'],
      visibility: 'public',
      eventId: null,
    });
  });

  it('says what is missing, field by field: "choose" for choices, "required" for text', () => {
    const check = checkForm(valuesOf(undefined));
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.errors.name).toEqual({ key: 'form.required' });
    expect(check.errors.field).toEqual({ key: 'form.choose' });
    expect(check.errors.seeks).toEqual({ key: 'form.choose' });
    expect(check.errors.teamSize).toEqual({ key: 'form.required' });
    // Optional fields stay quiet.
    expect(check.errors.financingNeed).toBeUndefined();
    expect(check.errors.eventId).toBeUndefined();
  });

  it('refuses a summary that is too short, a team size that is not a whole number and an amount that is not a number', () => {
    const check = checkForm(filled({ summary: '太短了', teamSize: '2.5', financingNeed: 'NaN' }));
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.errors.summary).toEqual({ key: 'form.tooShort', params: { min: 20 } });
    expect(check.errors.teamSize).toEqual({ key: 'form.notNumber' });
    expect(check.errors.financingNeed).toEqual({ key: 'form.notNumber' });
  });

  it('names the financing limit in words rather than in raw yuan', () => {
    const check = checkForm(filled({ financingNeed: String(2_000_000_001) }));
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.errors.financingNeed).toEqual({ key: 'pj.form.financingTooBig' });
  });

  it('keeps the seeks in the schema order whatever order they were picked in', () => {
    expect(seeksOf(filled({ seeks: 'customers,investment' }))).toEqual(['investment', 'customers']);
  });
});
