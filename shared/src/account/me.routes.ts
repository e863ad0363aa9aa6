import { defineRoutes } from '../common/route';
import {
  consentSchema,
  meSchema,
  myDataExportSchema,
  phoneUpdateSchema,
  talentProfileInputSchema,
  talentProfileSchema,
  updateMeSchema,
} from './account.schema';

export const meRoutes = defineRoutes('me', {
  get: {
    method: 'GET',
    path: '/me',
    summary: 'The signed-in user',
    response: meSchema,
  },
  update: {
    method: 'PATCH',
    path: '/me',
    summary: 'Change display name or language',
    body: updateMeSchema,
    response: meSchema,
  },
  consent: {
    method: 'POST',
    path: '/me/consent',
    summary: 'Accept the current privacy-policy version (before any personal data is collected)',
    body: consentSchema,
    response: meSchema,
    status: 200,
  },
  phone: {
    method: 'PUT',
    path: '/me/phone',
    summary: 'Set the phone number from a getPhoneNumber code, or typed',
    body: phoneUpdateSchema,
    response: meSchema,
  },
  export: {
    method: 'GET',
    path: '/me/export',
    summary: 'Everything stored about the signed-in user, as JSON',
    response: myDataExportSchema,
  },
  remove: {
    method: 'DELETE',
    path: '/me',
    summary: 'Delete the account: personal data purged, published content kept anonymised',
    response: 'noContent',
  },
  talentProfile: {
    method: 'GET',
    path: '/me/talent-profile',
    summary: "The talent's own profile",
    response: talentProfileSchema,
  },
  saveTalentProfile: {
    method: 'PUT',
    path: '/me/talent-profile',
    summary: 'Create or replace the talent profile',
    body: talentProfileInputSchema,
    response: talentProfileSchema,
  },
  uploadCv: {
    method: 'POST',
    path: '/me/talent-profile/cv',
    summary: 'Upload the CV (PDF, judged by content, at most 5 MB) as the multipart field "file"',
    upload: { field: 'file' },
    response: talentProfileSchema,
    status: 200,
  },
  downloadCv: {
    method: 'GET',
    path: '/me/talent-profile/cv',
    summary: 'Download the own CV',
    response: 'file',
  },
});
