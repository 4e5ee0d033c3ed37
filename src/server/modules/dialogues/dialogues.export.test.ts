import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDialogue, type DialogueBodyOut, setUpDialogueKit, visitor } from './dialogues-test-kit.js';

const kit = setUpDialogueKit();

/**
 * The June 2011 dialogue, held at 23:00 in Washington on the 28th (03:00 UTC on the 29th), with
 * its agenda, attendance, key ideas, actions and next steps: exported as Markdown and DOCX.
 */
let d: DialogueBodyOut;
const url = (ext: string, query = '') => `/api/v1/dialogues/${d.id}/summary.${ext}${query}`;

beforeAll(async () => {
  d = await buildDialogue(kit.owner, kit.org.id);
  // No scheduling in this test: the start is set in the database as the planner will set it.
  await kit.t.runtime.deps.db
    .updateTable('dialogues')
    .set({ starts_at: new Date('2011-06-29T03:00:00Z'), status: 'scheduled' })
    .where('id', '=', d.id)
    .execute();
  const site = (city: string) => d.sites.find((s) => s.city === city)!.id;
  const put = async (path: string, payload: object) => {
    const res = await kit.owner.request({ method: 'PUT', url: `/api/v1/dialogues/${d.id}/${path}`, payload });
    if (res.statusCode !== 200) throw new Error(`${path}: ${res.statusCode} ${res.body}`);
  };
  await put('agenda', {
    segments: [
      { kind: 'welcome', minutes: 15, moderator: 'World Bank Institute' },
      {
        kind: 'presentation',
        title: { en: 'Colombia' },
        minutes: 30,
        siteId: site('Bogotá'),
        speaker: 'APC-Colombia',
      },
      { kind: 'next_steps', minutes: 20 },
    ],
  });
  await put('attendance', {
    sites: [
      { siteId: site('Bogotá'), attendees: 6 },
      { siteId: site('Jakarta'), attendees: 4 },
    ],
  });
  await put('summary', {
    highlights: { en: 'Peers learn best from peers.\n\nA map of capacities is the next step.' },
    topics: [
      {
        title: { en: 'Institutional arrangements', es: 'Arreglos institucionales' },
        ideas: [
          { text: { en: 'A focal point coordinates South-South cooperation' }, dimension: 'ke_strategy' },
          { text: { en: 'Use *stars* and <b>tags</b> | pipes\n1. not a list' }, sector: '15111' },
        ],
      },
    ],
    publish: true,
  });
  const add = (body: object) => kit.owner.post(`/api/v1/dialogues/${d.id}/actions`, body);
  await add({ text: { en: 'Circulate the country matrix' }, ownerName: 'WBI team', dueOn: '2011-07-15' });
  await add({ kind: 'next', text: { en: 'A dialogue on financing exchanges' } });
});

/** The lines of a Markdown text between a heading and the next heading of the same or higher level. */
function under(md: string, headingLine: string): string {
  const start = md.indexOf(`${headingLine}\n`);
  expect(start, `no "${headingLine}"`).toBeGreaterThanOrEqual(0);
  const level = headingLine.indexOf(' ');
  const rest = md.slice(start + headingLine.length + 1);
  const end = rest.search(new RegExp(`^#{1,${level}} `, 'm'));
  return end < 0 ? rest : rest.slice(0, end);
}

describe('summary export', () => {
  it('writes Markdown with the ideas under their topics, actions, next steps and both annexes', async () => {
    const res = await visitor(kit.t, 'GET', url('md'));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('text/markdown; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="dialogue-summary-2011-06-29-capacity-development-for-south-south-knowledge-exchange.md"',
    );
    const md = res.body;
    expect(md.startsWith('# Capacity development for South-South knowledge exchange\n')).toBe(true);
    expect(md).toContain('- **Date and time (UTC):** Wednesday, June 29, 2011, 03:00–06:00');
    // The convener (Colombia) reads the time on Bogotá's clock.
    expect(md).toContain(
      '- **Date and time in Bogotá (America/Bogota, UTC-05:00):** Tuesday, June 28, 2011, 22:00–01:00 (+1)',
    );
    expect(md).toContain('- **Attendance:** 10 people (2 of 7 sites reporting)');
    expect(md).toContain('Peers learn best from peers.\n\nA map of capacities is the next step.');
    const ideas = under(md, '### Institutional arrangements');
    expect(ideas).toContain(
      '- A focal point coordinates South-South cooperation — *Self-assessment dimension: Knowledge-exchange strategy*',
    );
    // User text is escaped: no emphasis, HTML, table cell or list the author did not write.
    expect(ideas).toContain('- Use \\*stars\\* and \\<b\\>tags\\</b\\> \\| pipes\\\n  1\\. not a list');
    expect(ideas).toContain('*Sector: Public finance management (PFM) (15111)*');
    expect(under(md, '## Follow-up actions')).toContain(
      '| Circulate the country matrix | WBI team | Jul 15, 2011 | Overdue |',
    );
    expect(under(md, '## What’s next')).toContain('- A dialogue on financing exchanges');

    const agenda = under(md, '## Annex A: Agenda');
    expect(agenda).toContain(
      '| Start (UTC) | Segment | Minutes | Speaker | Moderator | Washington | Mexico City | Bogotá | Jakarta | New Delhi | Singapore | Beijing |',
    );
    expect(agenda).toContain(
      '| 03:15 | Colombia | 30 | APC-Colombia, Bogotá |   | 23:15 | 22:15 | 22:15 | 10:15 | 08:45 | 11:15 | 11:15 |',
    );
    expect(agenda).toContain('| 03:45 | Next steps | 20 |');
    // Washington's day is the 28th: a segment after its midnight would be marked (+1); none is.
    expect(agenda).not.toContain('(+1)');

    const tuesday = under(md, '### Tuesday, June 28, 2011');
    expect(tuesday).toContain(
      '| Washington, US |   | 23:00 | 02:00 (+1) | America/New_York, UTC-04:00 EDT |',
    );
    expect(tuesday).not.toContain('Jakarta');
    const wednesday = under(md, '### Wednesday, June 29, 2011');
    expect(wednesday).toMatch(/\| Jakarta, ID \| {3}\| 10:00 \| 13:00 \| Asia\/Jakarta, UTC\+07:00/);
    expect(wednesday).not.toContain('Washington');
  });

  it('writes the reader’s language, falling back to the dialogue’s for texts', async () => {
    const res = await visitor(kit.t, 'GET', url('md', '?locale=es'));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toContain('filename="resumen-dialogo-2011-06-29-');
    const md = res.body;
    expect(md).toContain('## Ideas clave');
    expect(md).toContain('### Arreglos institucionales');
    expect(md).toContain('Dimensión de la autoevaluación: Estrategia de intercambio de conocimientos');
    expect(md).toContain('- A focal point coordinates South-South cooperation'); // English only: kept
    expect(md).toContain('### martes, 28 de junio de 2011');
    expect(md).toContain('**Estado:** Resumen publicado');
  });

  it('writes a Word document holding the same texts', async () => {
    const res = await visitor(kit.t, 'GET', url('docx'));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(res.headers['content-disposition']).toMatch(/filename="dialogue-summary-2011-06-29-.*\.docx"$/);
    const zip = await JSZip.loadAsync(res.rawPayload);
    expect(Object.keys(zip.files)).toEqual(
      expect.arrayContaining(['[Content_Types].xml', 'word/document.xml']),
    );
    const xml = await zip.file('word/document.xml')!.async('string');
    for (const text of [
      'Capacity development for South-South knowledge exchange',
      'Institutional arrangements',
      'A focal point coordinates South-South cooperation',
      'Use *stars* and &lt;b&gt;tags&lt;/b&gt; | pipes',
      'Circulate the country matrix',
      'A dialogue on financing exchanges',
      'Annex B: Venues and local times',
      'Tuesday, June 28, 2011',
      'America/New_York, UTC-04:00 EDT',
    ])
      expect(xml).toContain(text);
    expect(xml).toContain('w:orient="landscape"');
  });

  it('exports a dialogue without a start, and hides a private one', async () => {
    const draft = await buildDialogue(kit.owner, kit.org.id, { sites: [] });
    const res = await kit.owner.get(`/api/v1/dialogues/${draft.id}/summary.md`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.body).toContain('- **Date and time (UTC):** Not scheduled yet');
    expect(res.body).toContain('No key ideas recorded yet.');
    expect(res.body).toContain('The dialogue has no start or no sites yet');
    const hidden = await buildDialogue(kit.owner, kit.org.id, { visibility: 'organisation' });
    for (const ext of ['md', 'docx']) {
      expect((await visitor(kit.t, 'GET', `/api/v1/dialogues/${hidden.id}/summary.${ext}`)).statusCode).toBe(
        404,
      );
      expect((await kit.outsider.get(`/api/v1/dialogues/${hidden.id}/summary.${ext}`)).statusCode).toBe(404);
    }
  });
});
