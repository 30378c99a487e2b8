// Shared by the honeypot component (browser) and checkHoneypot (server). The field's name is plausible to a bot and
// unused by any real question.
export const HONEYPOT_FIELD = 'website'
