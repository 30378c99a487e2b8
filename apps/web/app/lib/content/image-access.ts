// Who may add pictures to the force's pages, decided in this one place (the server's check and the staff
// navigation's link both read it): the force's administrators. When the back office gains a role for the people who
// write the force's pages, it is added here.
export type ImageEditorRole = 'handler' | 'supervisor' | 'admin' | (string & {})

export function canEditImages(role: ImageEditorRole): boolean {
  return role === 'admin'
}
