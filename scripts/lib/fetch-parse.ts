/**
 * Pure helpers of `corpus:fetch`: reading a PubMed EFetch XML record or a publisher HTML page into plain text.
 * @module
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the XML/HTML character references of a text. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

const stripTags = (s: string) =>
  decodeEntities(s.replace(/<[^>]+>/g, ''))
    .replace(/[ \t]+/g, ' ')
    .trim();

/**
 * The title and abstract of a PubMed EFetch XML record (`rettype=abstract&retmode=xml`), as
 * "Title\n\nLabel: text\n\n…". Returns undefined when the record has no title.
 */
export function pubmedXmlToText(xml: string): string | undefined {
  const title = /<ArticleTitle[^>]*>([\s\S]*?)<\/ArticleTitle>/.exec(xml)?.[1];
  if (title === undefined) return undefined;
  const parts = [stripTags(title)];
  for (const m of xml.matchAll(/<AbstractText([^>]*)>([\s\S]*?)<\/AbstractText>/g)) {
    const label = /Label="([^"]*)"/.exec(m[1] ?? '')?.[1];
    const body = stripTags(m[2] ?? '');
    parts.push(label ? `${decodeEntities(label)}: ${body}` : body);
  }
  return `${parts.join('\n\n')}\n`;
}

/** The PMID of the first hit of an ESearch JSON answer, if any. */
export function esearchFirstId(json: string): string | undefined {
  try {
    const v = JSON.parse(json) as { esearchresult?: { idlist?: string[] } };
    return v.esearchresult?.idlist?.[0];
  } catch {
    return undefined;
  }
}

/**
 * The readable text of an HTML page: scripts, styles, navigation and footers removed, block elements as
 * line breaks, entities decoded, blank runs collapsed.
 */
export function htmlToText(html: string): string {
  const body = html
    .replace(/<(script|style|noscript|nav|footer|header|svg)[\s\S]*?<\/\1>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(br|\/p|\/div|\/h[1-6]|\/li|\/tr|\/section|\/article)[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, '');
  return `${decodeEntities(body)
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((l, i, a) => l || (i > 0 && a[i - 1]))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}
