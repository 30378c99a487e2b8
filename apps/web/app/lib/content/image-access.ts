// Who may add pictures to the force's pages, decided in this one place (the server's check and the staff
// navigation's link both read it): those who write the force's pages, its editors, and its administrators.
export type ImageEditorRole = 'handler' | 'supervisor' | 'admin' | 'editor' | (string & {})

export function canEditImages(role: ImageEditorRole): boolean {
  return role === 'editor' || role === 'admin'
}
