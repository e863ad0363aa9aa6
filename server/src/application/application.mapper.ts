import type { Application } from '@ihaigui/shared';
import type { ApplicationEventEntity } from './application.entity';
import type { ApplicationRow } from './application.repository';

/** An application as the talent and the organisation applied to see it, with every status and its time. */
export function toApplication(a: ApplicationRow, events: ApplicationEventEntity[]): Application {
  return {
    id: a.id,
    position: {
      id: a.positionId,
      title: a.position?.title ?? '',
      titleEn: a.position?.titleEn ?? null,
      organizationName: a.organization?.name ?? '',
    },
    status: a.status,
    message: a.message,
    applicant: {
      name: a.profile.name,
      nationality: a.profile.nationality,
      studyCountry: a.profile.studyCountry,
      degree: a.profile.degree,
      school: a.profile.school,
      major: a.profile.major,
      returnYear: a.profile.returnYear,
      hasCv: a.cvKey !== null,
    },
    history: events.map((e) => ({ status: e.status, message: e.message, at: e.at.toISOString() })),
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
  };
}
