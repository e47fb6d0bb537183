/**
 * The readable text of an MDX body, for descriptions and feed summaries: no imports,
 * components, Markdown syntax or link targets.
 */
export function plainText(mdx: string): string {
  return (
    mdx
      .replace(/^\s*(import|export)\s.*$/gm, '')
      // A code block's fences and language name are syntax; the code itself is kept as text.
      .replace(/^[ \t]*(`{3,}|~{3,}).*$/gm, '')
      .replace(/(?<!\\)<[^>]+>/g, '')
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/^#{1,6}\s+/gm, '')
      .replace(/(?<!\\)(\*\*|__|\*|_|`)(.+?)(?<!\\)\1/g, '$2')
      // MDX escapes (`\{`, `\<`) are for the compiler, not the reader.
      .replace(/\\([!-/:-@[-`{-~])/g, '$1')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** Cuts text at a word boundary to at most `max` characters, adding an ellipsis when it cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).trimEnd()}…`;
}

/** Text written with blank lines between paragraphs (an `abstract:` field), as its paragraphs, each on one line. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}
