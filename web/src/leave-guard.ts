/**
 * The unsaved-changes guard: while a case has unsaved edits, leaving it — another page of the application,
 * the browser's back button, closing or reloading the page — asks first.
 * @module
 */

let message: string | null = null;

function onBeforeUnload(e: BeforeUnloadEvent): void {
  if (message === null) return;
  e.preventDefault();
  // Older browsers show the prompt only when returnValue is set.
  e.returnValue = message; // eslint-disable-line @typescript-eslint/no-deprecated -- older browsers prompt only with it
}

/**
 * Turns the guard on (with the question to ask) or off.
 * @param question - what to ask before leaving, or null when nothing would be lost
 */
export function setLeaveGuard(question: string | null): void {
  if (question !== null && message === null) addEventListener('beforeunload', onBeforeUnload);
  if (question === null && message !== null) removeEventListener('beforeunload', onBeforeUnload);
  message = question;
}

/** True when leaving is allowed: nothing unsaved, or the user confirmed (the guard is then off). */
export function confirmLeave(): boolean {
  if (message === null) return true;
  if (!confirm(message)) return false;
  setLeaveGuard(null);
  return true;
}
