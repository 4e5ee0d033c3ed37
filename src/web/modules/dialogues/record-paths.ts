/** The addresses of a dialogue's record: API paths (relative to /api/v1), file links and pages. */

const enc = encodeURIComponent;

/** The summary's API path. */
export const summaryPath = (dialogueId: string, locale: string) =>
  `/dialogues/${enc(dialogueId)}/summary?locale=${locale}`;

/** The dialogue's actions and "what's next" items. */
export const dialogueActionsPath = (dialogueId: string, locale: string) =>
  `/dialogues/${enc(dialogueId)}/actions?locale=${locale}`;

/** One action or item. */
export const actionPath = (actionId: string) => `/dialogue-actions/${enc(actionId)}`;

/** Files the browser downloads: the invitation and the summary's exports. */
export const fileHref = {
  calendar: (id: string) => `/api/v1/dialogues/${enc(id)}/calendar.ics`,
  markdown: (id: string, locale: string) => `/api/v1/dialogues/${enc(id)}/summary.md?locale=${locale}`,
  word: (id: string, locale: string) => `/api/v1/dialogues/${enc(id)}/summary.docx?locale=${locale}`,
};

/** The pages of a dialogue. */
export const pageHref = {
  dialogue: (id: string) => `/dialogues/${enc(id)}`,
  plan: (id: string) => `/dialogues/${enc(id)}/plan`,
  summaryEdit: (id: string) => `/dialogues/${enc(id)}/summary/edit`,
  print: (id: string) => `/dialogues/${enc(id)}/print`,
};
