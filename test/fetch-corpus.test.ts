// The offline parts of corpus:fetch: a PubMed record and an HTML page reduced to text (no network here).
import { describe, expect, it } from 'vitest';
import { decodeEntities, esearchFirstId, htmlToText, pubmedXmlToText } from '../scripts/lib/fetch-parse.js';

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
