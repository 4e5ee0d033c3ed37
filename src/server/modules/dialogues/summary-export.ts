import type { DialogueAction } from '../../../shared/contracts/dialogue-followup.js';
import type { AgendaResult } from '../../../shared/contracts/dialogues.js';
import { type LocaleMap, localized } from '../../../shared/locale-map.js';
import type { SiteRecord } from './dialogues.repository.js';
import { type Block, type DocumentModel, heading, paragraph, type Run } from './export-document.js';
import { agendaAnnex, mediumDate, venueAnnex, type Words } from './summary-export.annexes.js';
import { type ExportFacts, facts } from './summary-export.facts.js';

/**
 * The exported summary as a neutral document (rendered as Markdown or DOCX): title, when (UTC and
 * the convener's clock), objectives, highlights, key ideas under topics with their tags, actions
 * with owners and due dates, what's next; then the agenda and the venue table as annexes.
 */

export interface SummaryExportInput extends ExportFacts {
  actions: DialogueAction[];
  agenda: AgendaResult;
  sites: SiteRecord[];
}

/** A user text split into its paragraphs (blank lines between them). */
const paragraphs = (text: string): Block[] =>
  text
    .split(/\n\s*\n/)
    .filter((p) => p.trim())
    .map((p) => paragraph(p.trim()));

/** A note after a text, set off by a dash and in italics; none when empty. */
const note = (said: string): Run[] => (said ? [{ text: ' — ' }, { text: said, em: true }] : []);

/** A section: its heading, then its blocks or, when it has none, the sentence saying so. */
const section = (title: string, blocks: Block[], empty: string): Block[] => [
  heading(2, title),
  ...(blocks.length ? blocks : [paragraph(empty)]),
];

function keyIdeas(input: SummaryExportInput, w: Words, text: (m: LocaleMap) => string): Block[] {
  return input.summary.topics.flatMap((topic) => {
    const items = topic.ideas.map((idea): Run[] => {
      const tags = [
        idea.dimension && w.t('tags.dimension', { label: idea.dimension.label }),
        idea.sector && w.t('tags.sector', { label: `${idea.sector.label} (${idea.sector.code})` }),
      ].filter(Boolean);
      return [{ text: text(idea.text) }, ...note(tags.join('; '))];
    });
    return [heading(3, text(topic.title)), ...(items.length ? [{ type: 'list' as const, items }] : [])];
  });
}

const owner = (a: DialogueAction) => [a.ownerName, a.ownerOrganisation?.name].filter(Boolean).join(', ');

function actionTable(items: DialogueAction[], w: Words, text: (m: LocaleMap) => string): Block[] {
  if (items.length === 0) return [];
  const state = (a: DialogueAction) =>
    a.doneAt
      ? w.t('actions.done', { date: mediumDate(a.doneAt.slice(0, 10), w.locale) })
      : w.t(a.overdue ? 'actions.overdue' : 'actions.open');
  return [
    {
      type: 'table',
      header: ['action', 'owner', 'due', 'state'].map((k) => w.t(`actions.${k}`)),
      rows: items.map((a) => [
        text(a.text),
        owner(a),
        a.dueOn ? mediumDate(a.dueOn, w.locale) : '',
        state(a),
      ]),
    },
  ];
}

function nextItems(items: DialogueAction[], w: Words, text: (m: LocaleMap) => string): Block[] {
  if (items.length === 0) return [];
  const runs = items.map((a): Run[] => {
    const notes = [
      owner(a),
      a.dueOn && mediumDate(a.dueOn, w.locale),
      a.nextDialogueId && w.t('actions.becameDialogue'),
    ];
    const said = notes.filter(Boolean).join('; ');
    return [{ text: text(a.text) }, ...note(said)];
  });
  return [{ type: 'list', items: runs }];
}

/** The whole document, in the reader's language (the dialogue's own language where a text lacks it). */
export function buildSummaryDocument(input: SummaryExportInput, w: Words): DocumentModel {
  const text = (m: LocaleMap) => localized(m, w.locale, w.textLocale);
  const title = text(input.dialogue.title) || w.t('untitled');
  const main: Block[] = [
    heading(1, title),
    facts(input, w),
    ...(text(input.dialogue.objectives)
      ? [heading(2, w.t('sections.objectives')), ...paragraphs(text(input.dialogue.objectives))]
      : []),
    ...section(
      w.t('sections.highlights'),
      paragraphs(text(input.summary.highlights)),
      w.t('none.highlights'),
    ),
    ...section(w.t('sections.keyIdeas'), keyIdeas(input, w, text), w.t('none.ideas')),
    ...section(
      w.t('sections.actions'),
      actionTable(
        input.actions.filter((a) => a.kind === 'action'),
        w,
        text,
      ),
      w.t('none.actions'),
    ),
    ...section(
      w.t('sections.next'),
      nextItems(
        input.actions.filter((a) => a.kind === 'next'),
        w,
        text,
      ),
      w.t('none.next'),
    ),
  ];
  const annexes = [
    ...agendaAnnex(input.agenda, input.sites, input.venues, w),
    ...venueAnnex(input.venues, w),
  ];
  return { title, sections: [{ blocks: main }, { landscape: true, blocks: annexes }] };
}
