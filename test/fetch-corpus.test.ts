// The offline parts of corpus:fetch: a PubMed record and an HTML page reduced to text (no network here).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeEntities, esearchFirstId, htmlToText, pubmedXmlToText } from '../scripts/lib/fetch-parse.js';
import {
  checkTexts,
  describeTextCheck,
  readTextManifest,
  textDigest,
  writeTextManifest,
} from '../scripts/lib/corpus.js';

describe('corpus:fetch parsing', () => {
  it('reads the title and labelled abstract of an EFetch record', () => {
    const xml =
      '<PubmedArticle><ArticleTitle>Myositis &amp; <i>cancer</i>: a case</ArticleTitle><Abstract>' +
      '<AbstractText Label="BACKGROUND">General words.</AbstractText>' +
      '<AbstractText Label="CASE">A 60-year-old man with CK 3&#x202f;420 U/L.</AbstractText></Abstract></PubmedArticle>';
    expect(pubmedXmlToText(xml)).toBe(
      'Myositis & cancer: a case\n\nBACKGROUND: General words.\n\nCASE: A 60-year-old man with CK 3\u202f420 U/L.\n',
    );
    expect(pubmedXmlToText('<eFetchResult><ERROR>bad id</ERROR></eFetchResult>')).toBeUndefined();
  });
  it('finds the PMID of an ESearch answer', () => {
    expect(esearchFirstId('{"esearchresult":{"idlist":["12345"]}}')).toBe('12345');
    expect(esearchFirstId('{"esearchresult":{"idlist":[]}}')).toBeUndefined();
    expect(esearchFirstId('not json')).toBeUndefined();
  });
  it('reduces a page to its text', () => {
    const html =
      '<html><head><style>p{}</style><script>x()</script></head><body><nav>Menu</nav>' +
      '<h1>Title</h1><p>First&nbsp;para.</p><p>Second <b>para</b>.</p><footer>(c)</footer></body></html>';
    expect(htmlToText(html)).toBe('Title\nFirst para.\nSecond para.\n');
    expect(decodeEntities('&lt;&#947;&gt;')).toBe('<γ>');
  });
});

describe('corpus text manifest', () => {
  const dir = mkdtempSync(join(tmpdir(), 'heliotrope-manifest-'));
  const file = join(dir, 'texts.sha256');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('round-trips digests in the sha256sum format, sorted by id', () => {
    writeTextManifest(
      new Map([
        ['real-002', textDigest('b\n')],
        ['real-001', textDigest('a\n')],
      ]),
      file,
    );
    const lines = readFileSync(file, 'utf8').split('\n');
    // sha256 of "a\n", as sha256sum prints it
    expect(lines[0]).toBe('87428fc522803d31065e7bce3cf03fe475096631e5e07bbd7a0fde60c4cf25c7  real-001.txt');
    expect(lines[1]).toMatch(/^[0-9a-f]{64} {2}real-002\.txt$/);
    expect([...readTextManifest(file)]).toEqual([
      ['real-001', textDigest('a\n')],
      ['real-002', textDigest('b\n')],
    ]);
  });
  it('says which texts are as recorded, which differ and which have no digest', () => {
    const manifest = readTextManifest(file);
    const check = checkTexts(
      [
        ['real-001', 'a\n'],
        ['real-002', 'b, re-fetched\n'],
        ['real-003', 'c\n'],
      ],
      manifest,
    );
    expect(check).toEqual({ same: ['real-001'], differ: ['real-002'], unrecorded: ['real-003'] });
    expect(describeTextCheck(check)).toMatch(
      /^1 as recorded .*; 1 differ .*\(real-002\).*comparable, not identical.*; 1 with no/,
    );
  });
  it('names the line of a malformed entry', () => {
    const bad = join(dir, 'bad.sha256');
    writeFileSync(bad, `${textDigest('a')}  real-001.txt\nnot a digest  real-002.txt\n`);
    expect(() => readTextManifest(bad)).toThrow(/bad\.sha256:2: expected/);
  });
});
