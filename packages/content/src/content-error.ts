/**
 * A content file that cannot be used, with every problem found in it (or in the whole folder), each naming
 * the file and the field: "content/advice/fraud-and-scams.cy.md: summary: must not be empty".
 */
export class ContentError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`${problems.length === 1 ? 'A content file has a problem' : `Content files have ${problems.length} problems`}:\n${problems.map((p) => `  - ${p}`).join('\n')}`)
    this.name = 'ContentError'
  }
}

/** "text.cy.title" from a zod issue path, "(the file)" for the top level. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(the file)' : path.map(String).join('.')
}
