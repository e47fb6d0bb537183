/**
 * The grammar the build reads Markdown and MDX bodies with (Sätteri's features, set on
 * `markdown.processor` in astro.config.mjs). Every check that parses a body must parse it the
 * same way: with `$…$` math on, a `$` can end a code span early, so a parser without it can see
 * inert text where the build sees a component or an expression.
 */
export const MARKDOWN_FEATURES = { math: true } as const;
