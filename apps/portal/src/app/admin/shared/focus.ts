/** Focuses an element that is not focusable by itself, such as a heading or an alert, without adding it to the tab order. */
export function focusElement(element: HTMLElement | null): void {
  if (!element) {
    return;
  }
  if (!element.hasAttribute('tabindex')) {
    element.setAttribute('tabindex', '-1');
  }
  element.focus();
}
