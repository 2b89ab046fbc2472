/**
 * `npm run docs:cds-cards`: renders the CDS Hooks cards Heliotrope returns for synthetic records — a high-risk
 * patient with screening overdue, a flare with a known cancer, a carboplatin order off its Calvert dose — the
 * way a CDS Hooks client shows them (indicator colour, summary, source link, Markdown detail, suggestion and
 * link buttons, override reasons), in Chromium, and saves docs/images/cds-cards.png.
 * @module
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { assessCase } from '../src/assess/assess.js';
import { parseCase } from '../src/case/validate.js';
import { patientViewCards } from '../src/cds/cards.js';
import { orderSelectCards } from '../src/cds/order-select.js';
import type { CdsCard } from '../src/cds/types.js';
import { demoCases } from '../src/server/demo-cases.js';
import { CHROMIUM_ARGS, findChromium } from '../test/browser.js';
import { repoRoot } from '../test/repo.js';

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The Markdown the cards use: paragraphs, "- " lists, **bold**, _italic_. */
function markdown(md: string): string {
  return md
    .split(/\n\n+/)
    .map((block) => {
      const inline = (t: string) =>
        esc(t)
          .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
          .replace(/(^|\s)_(.+?)_(?=\s|$)/g, '$1<em>$2</em>');
      if (block.split('\n').every((l) => l.startsWith('- ')))
        return `<ul>${block
          .split('\n')
          .map((l) => `<li>${inline(l.slice(2))}</li>`)
          .join('')}</ul>`;
      return `<p>${inline(block).replace(/\n/g, '<br>')}</p>`;
    })
    .join('');
}

function cardHtml(c: CdsCard): string {
  const source = c.source.url
    ? `<a href="${esc(c.source.url)}">${esc(c.source.label)}</a>`
    : esc(c.source.label);
  const suggestions = (c.suggestions ?? [])
    .slice(0, 4)
    .map((s) => `<button class="suggestion">${esc(s.label)}</button>`)
    .join('');
  const more =
    (c.suggestions?.length ?? 0) > 4 ? `<span class="more">+${c.suggestions!.length - 4} more</span>` : '';
  const links = (c.links ?? []).map((l) => `<button class="link">${esc(l.label)}</button>`).join('');
  const reasons = (c.overrideReasons ?? [])
    .map((r) => `<option>${esc(r.display ?? r.code)}</option>`)
    .join('');
  return `<article class="card ${c.indicator}">
    <header><h3>${esc(c.summary)}</h3><span class="source">Source: ${source}</span></header>
    <div class="detail">${markdown(c.detail ?? '')}</div>
    <div class="actions">${suggestions}${more}${links}
      <select aria-label="Dismiss with a reason"><option>Dismiss…</option>${reasons}</select></div>
  </article>`;
}

const CSS = `
body { margin: 0; font: 14px/1.45 system-ui, 'Segoe UI', Roboto, Arial, sans-serif; background: #eef1f5; color: #222; }
.panel { width: 860px; padding: 18px; }
.hook { font-size: 12px; text-transform: uppercase; letter-spacing: .06em; color: #5b6470; margin: 14px 0 6px; }
.card { background: #fff; border: 1px solid #d8dde4; border-left: 6px solid #2f6db5; border-radius: 4px; padding: 12px 14px; margin-bottom: 12px; }
.card.warning { border-left-color: #e08a00; }
.card.critical { border-left-color: #c62828; }
header { display: flex; justify-content: space-between; gap: 16px; align-items: baseline; }
h3 { margin: 0; font-size: 15px; }
.source { font-size: 12px; color: #5b6470; white-space: nowrap; }
.source a { color: #2f6db5; }
.detail { font-size: 13px; color: #333; }
.detail p { margin: 6px 0; } .detail ul { margin: 4px 0 6px 18px; padding: 0; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; margin-top: 8px; }
button { font: inherit; font-size: 12px; border-radius: 3px; padding: 4px 10px; cursor: pointer; }
.suggestion { background: #2f6db5; color: #fff; border: 1px solid #2f6db5; }
.link { background: #fff; color: #2f6db5; border: 1px solid #2f6db5; }
select { font: inherit; font-size: 12px; margin-left: auto; }
.more { font-size: 12px; color: #5b6470; }
`;

/** Builds the page and takes the screenshot. */
async function main(): Promise<void> {
  const asOf = '2026-01-15';
  const link = 'https://heliotrope.example.org/cds/0c8yTnUXc1q0s6qgqU7vE8xGQ6mFZ2kd';
  const withLink = (cs: CdsCard[]) =>
    cs.map((c) => ({
      ...c,
      links: [
        {
          label: 'Open in Heliotrope (sources, unknowns, full report)',
          url: link,
          type: 'absolute' as const,
        },
      ],
    }));
  const screening = withLink(
    patientViewCards(assessCase(parseCase(demoCases[1], 'demo 2'), { asOf }), {
      patientId: 'p1',
      newUuid: randomUUID,
    }),
  );
  const lms = JSON.parse(
    readFileSync(join(repoRoot, 'src/monitoring/__fixtures__/leiomyosarcoma-course.json'), 'utf8'),
  ) as unknown;
  const flare = withLink(
    patientViewCards(assessCase(parseCase(lms, 'course'), { asOf }), {
      patientId: 'p2',
      newUuid: randomUUID,
    }),
  ).filter((c) => c.indicator === 'warning');
  const dose = orderSelectCards(
    {
      hook: 'order-select',
      hookInstance: randomUUID(),
      context: {
        patientId: 'p3',
        selections: ['MedicationRequest/carbo'],
        draftOrders: {
          resourceType: 'Bundle',
          entry: [
            {
              resource: {
                resourceType: 'MedicationRequest',
                id: 'carbo',
                status: 'draft',
                intent: 'order',
                medicationCodeableConcept: { text: 'Carboplatin' },
                dosageInstruction: [
                  {
                    text: 'AUC 5 IV day 1 every 21 days',
                    doseAndRate: [{ doseQuantity: { value: 600, code: 'mg' } }],
                  },
                ],
              },
            },
          ],
        },
      },
    },
    [
      { resourceType: 'Patient', id: 'p3', gender: 'female', birthDate: '1963-06-01' },
      ...(
        [
          ['29463-7', 60, 'kg'],
          ['2160-0', 0.8, 'mg/dL'],
        ] as const
      ).map(([code, value, unit]) => ({
        resourceType: 'Observation',
        status: 'final',
        code: { coding: [{ system: 'http://loinc.org', code }] },
        effectiveDateTime: '2026-01-12',
        valueQuantity: { value, unit, code: unit },
      })),
    ],
    { asOf, newUuid: randomUUID },
  );
  const html = `<!doctype html><html><head><meta charset="utf-8"><style>${CSS}</style></head><body><div class="panel">
    <div class="hook">patient-view — high-risk patient, screening overdue</div>${screening.map(cardHtml).join('')}
    <div class="hook">patient-view — follow-up of a cancer-associated dermatomyositis</div>${flare.map(cardHtml).join('')}
    <div class="hook">order-select — carboplatin order</div>${dose.map(cardHtml).join('')}
  </div></body></html>`;
  const out = join(repoRoot, 'docs', 'images');
  mkdirSync(out, { recursive: true });
  const browser = await chromium.launch({
    executablePath: (await findChromium()).executablePath,
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage({ viewport: { width: 900, height: 800 }, deviceScaleFactor: 1 });
    await page.setContent(html);
    await page.locator('.panel').screenshot({ path: join(out, 'cds-cards.png') });
  } finally {
    await browser.close();
  }
  process.stdout.write(`wrote ${join(out, 'cds-cards.png')}\n`);
}

await main();
