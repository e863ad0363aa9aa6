/**
 * H5 only: Taro renders <Button> as a <taro-button-core> element, which browsers and screen readers do not know as
 * a button (no role, not focusable, Enter does nothing). Marks each one as a button and lets the keyboard press it.
 */
export function installButtonRoles(): void {
  const SELECTOR = 'taro-button-core:not([role])'
  const mark = (el: Element) => {
    el.setAttribute('role', 'button')
    if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '0')
  }
  const markWithin = (root: Element | Document) => root.querySelectorAll(SELECTOR).forEach(mark)

  new MutationObserver((records) => {
    for (const record of records) {
      record.addedNodes.forEach((node) => {
        if (!(node instanceof Element)) return
        if (node.matches(SELECTOR)) mark(node)
        markWithin(node)
      })
    }
  }).observe(document.documentElement, { childList: true, subtree: true })
  markWithin(document)

  document.addEventListener('keydown', (event) => {
    const target = event.target
    if (!(target instanceof HTMLElement) || target.tagName !== 'TARO-BUTTON-CORE') return
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault()
      target.click()
    }
  })
}
