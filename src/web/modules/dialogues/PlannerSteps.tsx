import type { MouseEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AgendaEditor } from './AgendaEditor.js';
import { CancelPanel } from './CancelPanel.js';
import { InvitationsPanel } from './InvitationsPanel.js';
import { ParticipantsEditor } from './ParticipantsEditor.js';
import { SlotFinder } from './SlotFinder.js';
import type { Dialogue } from './types.js';

const STEPS = ['details', 'sites', 'time', 'agenda', 'people', 'invitations'] as const;

/** Moves to a step: its heading takes focus, so a screen reader reads where the reader landed. */
function goTo(event: MouseEvent<HTMLAnchorElement>, id: string) {
  const heading = document.getElementById(`${id}-heading`);
  if (!heading) return;
  event.preventDefault();
  heading.scrollIntoView({ block: 'start' });
  heading.focus({ preventScroll: true });
}

/**
 * The planner's steps in order, with a list of links to each: details and sites (the form given
 * as children), the time, the agenda, the participants, the invitations; and calling it off.
 */
export function PlannerSteps({
  dialogue,
  onChange,
  children,
}: {
  dialogue: Dialogue;
  onChange: (d: Dialogue) => void;
  children: ReactNode;
}) {
  const { t } = useTranslation('dialogues');
  // Saving the sites may drop a site with its speakers and participants: those steps load again.
  const sites = dialogue.sites.map((s) => s.id).join(',');
  return (
    <>
      <nav aria-label={t('planner.stepsLabel')} className="planner-steps">
        <ol>
          {STEPS.map((step) => (
            <li key={step}>
              <a href={`#${step}`} onClick={(event) => goTo(event, step)}>
                {t(`planner.step.${step}`)}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      {children}
      <SlotFinder dialogue={dialogue} onScheduled={onChange} />
      <AgendaEditor key={`agenda-${sites}`} dialogue={dialogue} />
      <ParticipantsEditor key={`people-${sites}`} dialogue={dialogue} />
      <InvitationsPanel dialogue={dialogue} />
      <CancelPanel dialogue={dialogue} onCancelled={onChange} />
    </>
  );
}
