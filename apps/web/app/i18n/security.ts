/** Security pages: an expired or forged form (403), too many attempts (429), a request too large (413). */
export const en = {
  honeypotLabel: 'Leave this field empty',
  csrfTitle: 'Your session has expired or the form was sent from elsewhere',
  csrfBody: 'We have not saved anything from that form. Go back, reload the page and try again.',
  csrfBack: 'Go back to the start',
  rateLimitedTitle: 'You have tried too many times',
  rateLimitedBody: 'To keep this service safe we limit how often it can be used. Wait {{minutes}} minutes, then try again.',
  rateLimitedBodyOne: 'To keep this service safe we limit how often it can be used. Wait a minute, then try again.',
  tooLargeTitle: 'What you sent was too large',
  tooLargeBody:
    'We have not saved anything from that form. Go back and try again with less text, or with smaller or fewer files (each file must be smaller than {{size}}).',
  emergency: 'If it is an emergency, call 999. Otherwise call 101.',
}

export const cy: Record<keyof typeof en, string> = {
  honeypotLabel: 'Gadewch y maes hwn yn wag',
  csrfTitle: 'Mae eich sesiwn wedi dod i ben neu anfonwyd y ffurflen o rywle arall',
  csrfBody: 'Nid ydym wedi cadw dim o’r ffurflen honno. Ewch yn ôl, ail-lwythwch y dudalen a rhowch gynnig arall arni.',
  csrfBack: 'Ewch yn ôl i’r dechrau',
  rateLimitedTitle: 'Rydych wedi rhoi cynnig arni ormod o weithiau',
  rateLimitedBody: 'Er mwyn cadw’r gwasanaeth hwn yn ddiogel rydym yn cyfyngu ar ba mor aml y gellir ei ddefnyddio. Arhoswch {{minutes}} munud, yna rhowch gynnig arall arni.',
  rateLimitedBodyOne: 'Er mwyn cadw’r gwasanaeth hwn yn ddiogel rydym yn cyfyngu ar ba mor aml y gellir ei ddefnyddio. Arhoswch funud, yna rhowch gynnig arall arni.',
  tooLargeTitle: 'Roedd yr hyn a anfonwyd gennych yn rhy fawr',
  tooLargeBody:
    'Nid ydym wedi cadw dim o’r ffurflen honno. Ewch yn ôl a rhowch gynnig arall arni gyda llai o destun, neu gyda ffeiliau llai neu lai o ffeiliau (rhaid i bob ffeil fod yn llai na {{size}}).',
  emergency: 'Os yw’n argyfwng, ffoniwch 999. Fel arall, ffoniwch 101.',
}
