import type { ChallengeStatus } from '@ihaigui/shared'

/**
 * The tab the organisation's list of challenges should show when it next appears (after a challenge was submitted
 * from the form, it is under review). Read once by the list page.
 */
let requested: ChallengeStatus | null = null

export function showChallengesTab(status: ChallengeStatus): void {
  requested = status
}

export function takeRequestedTab(): ChallengeStatus | null {
  const status = requested
  requested = null
  return status
}
