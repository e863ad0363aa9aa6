import { z } from 'zod';
import type { Bilingual } from '../common/locale';

/** Xiamen's six districts plus the Torch high-tech zone, which runs its own talent programmes. */
export const DISTRICTS = ['siming', 'huli', 'jimei', 'haicang', 'tongan', 'xiangan', 'torch'] as const;
export const districtSchema = z.enum(DISTRICTS);
export type District = z.infer<typeof districtSchema>;
export const DISTRICT_LABELS: Record<District, Bilingual> = {
  siming: { zh: '思明区', en: 'Siming' },
  huli: { zh: '湖里区', en: 'Huli' },
  jimei: { zh: '集美区', en: 'Jimei' },
  haicang: { zh: '海沧区', en: 'Haicang' },
  tongan: { zh: '同安区', en: "Tong'an" },
  xiangan: { zh: '翔安区', en: "Xiang'an" },
  torch: { zh: '火炬高新区', en: 'Torch Hi-tech Zone' },
};

/** Where a policy applies: the whole city or one district. */
export const REGIONS = ['citywide', ...DISTRICTS] as const;
export const regionSchema = z.enum(REGIONS);
export type Region = z.infer<typeof regionSchema>;
export const REGION_LABELS: Record<Region, Bilingual> = {
  citywide: { zh: '全市', en: 'Citywide' },
  ...DISTRICT_LABELS,
};

/** The industries the city recruits for (the fields named in the matchmaking fairs). */
export const INDUSTRIES = [
  'next_gen_it',
  'ai',
  'biomedicine',
  'new_energy_materials',
  'smart_manufacturing',
  'iot',
  'semiconductor',
  'modern_services',
] as const;
export const industrySchema = z.enum(INDUSTRIES);
export type Industry = z.infer<typeof industrySchema>;
export const INDUSTRY_LABELS: Record<Industry, Bilingual> = {
  next_gen_it: { zh: '新一代信息技术', en: 'Next-generation IT' },
  ai: { zh: '人工智能', en: 'Artificial intelligence' },
  biomedicine: { zh: '生物医药与医疗器械', en: 'Biomedicine & medical devices' },
  new_energy_materials: { zh: '新能源新材料', en: 'New energy & materials' },
  smart_manufacturing: { zh: '智能硬件和制造', en: 'Smart hardware & manufacturing' },
  iot: { zh: '物联网', en: 'Internet of Things' },
  semiconductor: { zh: '集成电路', en: 'Semiconductors' },
  modern_services: { zh: '现代服务业', en: 'Modern services' },
};

/** A set of enum values stored as ",a,b," so one `LIKE '%,a,%'` finds rows containing a value on every dialect. */
export function encodeTagSet(values: readonly string[]): string {
  return values.length === 0 ? '' : `,${[...new Set(values)].join(',')},`;
}

export function decodeTagSet<T extends string>(stored: string | null | undefined, allowed: readonly T[]): T[] {
  if (!stored) return [];
  return stored.split(',').filter((v): v is T => (allowed as readonly string[]).includes(v));
}

/** Money is stored in whole yuan; shown as 万元 in Chinese and as yuan in English. */
export function formatAmountYuan(yuan: number, locale: 'zh-CN' | 'en'): string {
  if (locale === 'en') return `¥${yuan.toLocaleString('en-US')}`;
  if (yuan >= 10_000 && yuan % 100 === 0) {
    const wan = yuan / 10_000;
    return `${Number.isInteger(wan) ? wan : wan.toFixed(2).replace(/0+$/, '')}万元`;
  }
  return `${yuan.toLocaleString('zh-CN')}元`;
}

export function formatAmountRange(min: number | null, max: number | null, locale: 'zh-CN' | 'en'): string | null {
  if (min === null && max === null) return null;
  if (min !== null && max !== null && min !== max)
    return `${formatAmountYuan(min, locale)} – ${formatAmountYuan(max, locale)}`;
  const one = (max ?? min) as number;
  if (min === null)
    return locale === 'en' ? `up to ${formatAmountYuan(one, locale)}` : `最高${formatAmountYuan(one, locale)}`;
  return formatAmountYuan(one, locale);
}
