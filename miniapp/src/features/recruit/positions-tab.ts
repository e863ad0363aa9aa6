import type { PositionStatus } from '@ihaigui/shared'

/**
 * The tab the list of positions should show when it next appears (after a position was submitted elsewhere, it is
 * under review). Read once by the list page.
 */
let requested: PositionStatus | null = null

export function showPositionsTab(status: PositionStatus): void {
  requested = status
}

export function takeRequestedTab(): PositionStatus | null {
  const status = requested
  requested = null
  return status
}
