import type { Bilingual } from '@ihaigui/shared';
import type { MessageCatalogue } from '../common/i18n/message-catalogue';

/** The dashboard's Excel export: column headers of the exported tables, and the label of an empty value. */
export const DASHBOARD_MESSAGES = {
  headers: {
    stage: { zh: '阶段', en: 'Stage' },
    count: { zh: '数量', en: 'Count' },
    conversion: { zh: '较上一阶段', en: 'From previous stage' },
    region: { zh: '国家/地区', en: 'Country/region' },
    field: { zh: '领域', en: 'Field' },
    degree: { zh: '负责人学历', en: "Leader's degree" },
    projects: { zh: '报名项目', en: 'Projects' },
    accepted: { zh: '通过筛选', en: 'Screened' },
    intentions: { zh: '对接意向', en: 'Intentions' },
    signed: { zh: '落地签约', en: 'Signed' },
    district: { zh: '落地区', en: 'District' },
    registeredCapital: { zh: '注册资本（元）', en: 'Registered capital (yuan)' },
    investmentAmount: { zh: '投资额（元）', en: 'Investment (yuan)' },
    metric: { zh: '指标', en: 'Metric' },
  } satisfies MessageCatalogue,
  notGiven: { zh: '未填写', en: 'Not given' } satisfies Bilingual,
};
